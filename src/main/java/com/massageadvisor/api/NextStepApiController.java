package com.massageadvisor.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.FollowUpRules;
import com.massageadvisor.rules.RulesEngine;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stateless next-step API: answers and check-ins in, the step and the plan from now
 * on out, nothing stored. The body is validated in one pass, the dates with the other
 * fields, so that every bad field is named at once.
 */
@RestController
@RequestMapping(path = NextStepApiController.PATH)
@Tag(name = ApiDocumentation.RECOMMENDATIONS)
class NextStepApiController {

	static final String PATH = "/api/v1/recommendations/next";

	/**
	 * The zone where the day starts first: a date is in the future only when it has not
	 * begun anywhere yet, so a caller east of the server is not refused its own today.
	 */
	static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

	private static final MethodParameter BODY;

	static {
		try {
			BODY = new MethodParameter(
					NextStepApiController.class.getDeclaredMethod("next", NextStepRequest.class, Locale.class), 0);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final RulesEngine engine;

	private final RecommendationMessages messages;

	private final SmartValidator validator;

	private final Clock clock;

	NextStepApiController(RulesEngine engine, RecommendationMessages messages, SmartValidator validator, Clock clock) {
		this.engine = engine;
		this.messages = messages;
		this.validator = validator;
		this.clock = clock;
	}

	@Operation(operationId = "nextStep",
			summary = "The next step after a check-in, and the plan from now on; stores nothing",
			description = "Body: the answers of POST /api/v1/recommendations and 1 to 52 check-ins, oldest first. "
					+ "Dates may not be in the future nor before the previous check-in.")
	@ApiResponse(responseCode = "200", description = "The step, why, the current phase and the plan from now on")
	@ApiResponse(responseCode = "400", description = "Bad input, as application/problem+json with an errors array")
	@ApiResponse(responseCode = "413", description = "The body is larger than the limit")
	@ApiResponse(responseCode = "415", description = "The body is not application/json")
	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	NextStepResponse next(@RequestBody NextStepRequest request, Locale locale) throws MethodArgumentNotValidException {
		BindingResult result = validate(request);
		if (result.hasErrors()) {
			throw new MethodArgumentNotValidException(BODY, result);
		}
		Answers answers = request.answers().toAnswers();
		List<CheckIn> checkIns = request.checkIns().stream().map(NextStepRequest.CheckInRequest::toCheckIn).toList();
		return NextStepResponse.of(FollowUpRules.next(answers, this.engine.evaluate(answers), checkIns), this.messages,
				locale);
	}

	/** The constraints of the request, then the dates of its check-ins. */
	private BindingResult validate(NextStepRequest request) {
		DataBinder binder = new DataBinder(request, "nextStepRequest");
		binder.setValidator(this.validator);
		binder.validate();
		BindingResult result = binder.getBindingResult();
		List<NextStepRequest.@Nullable CheckInRequest> checkIns = request.checkIns();
		if (checkIns == null) {
			return result;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(EARLIEST_ZONE));
		LocalDate previous = null;
		for (int i = 0; i < checkIns.size(); i++) {
			NextStepRequest.CheckInRequest checkIn = checkIns.get(i);
			LocalDate date = (checkIn != null) ? checkIn.date() : null;
			if (date == null) {
				continue;
			}
			String field = "checkIns[" + i + "].date";
			if (date.isAfter(today)) {
				result.addError(error(field, date, "CheckInDate.future"));
			}
			else if (previous != null && date.isBefore(previous)) {
				result.addError(error(field, date, "CheckInDate.order"));
			}
			previous = date;
		}
		return result;
	}

	private static FieldError error(String field, LocalDate date, String code) {
		return new FieldError("nextStepRequest", field, date, false, new String[] { code }, null, null);
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
