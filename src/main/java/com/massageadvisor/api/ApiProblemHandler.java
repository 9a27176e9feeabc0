package com.massageadvisor.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.massageadvisor.system.RequestSizeLimitFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad input to the API becomes a {@code 400 application/problem+json} (RFC 9457) whose
 * {@code errors} array names each bad field with a message from
 * {@code messages.properties}. Every other failure Spring MVC knows of (wrong media type,
 * method, size) also answers with a problem document and an {@code errors} array, never a
 * stack trace.
 */
@RestControllerAdvice(assignableTypes = { RecommendationApiController.class, NextStepApiController.class })
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	/**
	 * One bad field.
	 *
	 * @param field the field's path in the body, e.g. {@code conditions[1]}
	 * @param message what is wrong with it
	 */
	record FieldProblem(String field, String message) {
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = request.getLocale();
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), this.messages.getMessage(error, locale)));
		}
		return problem(HttpStatus.BAD_REQUEST, text("api.error.invalid", locale), errors, headers);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = request.getLocale();
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, text("api.error.tooLarge", locale),
					List.of(new FieldProblem("body", text("api.error.tooLarge", locale))), headers);
		}
		JacksonException located = jacksonCause(ex, (jackson) -> !jackson.getPath().isEmpty());
		if (located != null) {
			return problem(HttpStatus.BAD_REQUEST, text("api.error.invalid", locale),
					List.of(new FieldProblem(path(located), fieldMessage(located, locale))), headers);
		}
		boolean json = jacksonCause(ex, (jackson) -> true) != null;
		String key = json ? "api.error.notJson" : "api.error.missingBody";
		return problem(HttpStatus.BAD_REQUEST, text(key, locale), List.of(new FieldProblem("body", text(key, locale))),
				headers);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response.getBody() instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
			problem.setProperty("errors", List.of());
		}
		return response;
	}

	/**
	 * The outermost Jackson exception of the chain that matches: the first that knows
	 * which field it is about (a value of the wrong type, but also a number too large for
	 * its field's type, which the parser refuses, or whose own cause is an
	 * {@link ArithmeticException}), or any at all.
	 */
	private static @Nullable JacksonException jacksonCause(Throwable ex, Predicate<JacksonException> wanted) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && wanted.test(jackson)) {
				return jackson;
			}
		}
		return null;
	}

	private String fieldMessage(JacksonException ex, Locale locale) {
		if (ex instanceof InputCoercionException || (!(ex instanceof MismatchedInputException)
				&& (ex.getCause() instanceof NumberFormatException || ex.getCause() instanceof ArithmeticException))) {
			// a number that cannot be held: past int (the parser says so) or an exponent
			// past BigDecimal's (the number reader says so)
			return text("api.error.range", locale);
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return text("api.error.unknownField", locale);
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			Class<?> target = mismatch.getTargetType();
			if (target.isEnum()) {
				String allowed = Arrays.stream(target.getEnumConstants())
					.map((constant) -> ((Enum<?>) constant).name())
					.collect(Collectors.joining(", "));
				return this.messages.getMessage("api.error.enum", new Object[] { allowed }, locale);
			}
			return text("api.error.type." + typeName(target), locale);
		}
		if (ex instanceof InvalidFormatException) {
			return text("api.error.type.other", locale);
		}
		return text("api.error.type.other", locale);
	}

	private static String typeName(Class<?> target) {
		if (target == Integer.class || target == int.class) {
			return "integer";
		}
		if (Number.class.isAssignableFrom(target)) {
			return "number";
		}
		if (target == LocalDate.class) {
			return "date";
		}
		if (target == Boolean.class || target == boolean.class) {
			return "boolean";
		}
		if (Collection.class.isAssignableFrom(target)) {
			return "list";
		}
		return "other";
	}

	/** The path of the bad value, such as {@code signs[0]}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldProblem> errors,
			HttpHeaders headers) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setProperties(Map.of("errors", errors));
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

}
