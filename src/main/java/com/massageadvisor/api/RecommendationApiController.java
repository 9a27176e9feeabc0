package com.massageadvisor.api;

import java.util.List;
import java.util.Locale;

import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.RulesEngine;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stateless recommendation API: answers in, sourced plan out, nothing stored. Texts
 * come in the language of the {@code Accept-Language} header.
 */
@RestController
@RequestMapping(path = RecommendationApiController.PATH)
@Tag(name = ApiDocumentation.RECOMMENDATIONS)
class RecommendationApiController {

	static final String PATH = "/api/v1/recommendations";

	private final RulesEngine engine;

	private final RecommendationMessages messages;

	RecommendationApiController(RulesEngine engine, RecommendationMessages messages) {
		this.engine = engine;
		this.messages = messages;
	}

	@Operation(operationId = "recommend", summary = "Evaluate answers into a sourced massage plan; stores nothing",
			description = "Applies the rules engine to the answers and returns the plan: whether massage is advisable, "
					+ "the interval and number of sessions by phase, the session length, the warnings, the setting and "
					+ "the advice, each with the guideline rows it comes from. Texts are in the language of "
					+ "Accept-Language (English or French). When massage is not advisable the plan holds nothing to "
					+ "book: only the STOP and CONSULT warnings and what to do instead.")
	@ApiResponse(responseCode = "200", description = "The plan")
	@ApiResponse(responseCode = "400", description = "Bad input, as application/problem+json with an errors array")
	@ApiResponse(responseCode = "413", description = "The body is larger than the limit")
	@ApiResponse(responseCode = "415", description = "The body is not application/json")
	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	RecommendationResponse recommend(@Valid @RequestBody RecommendationRequest request, Locale locale) {
		// no 'consumes' condition: a body of another type is refused inside the handler,
		// so that
		// ApiProblemHandler answers it with a problem document like every other bad
		// request
		return RecommendationResponse.of(this.engine.evaluate(request.toAnswers()), this.messages, locale);
	}

	/**
	 * Answers other methods with a {@code 405} problem document and an {@code Allow}
	 * header, rather than the generic error page.
	 */
	@Hidden
	@RequestMapping(method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	void otherMethods(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
	}

}
