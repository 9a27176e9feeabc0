package com.massageadvisor.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

import jakarta.servlet.ServletRequest;

import org.springframework.validation.BindingResult;

/**
 * Refuses a field that takes one value but was sent two different ones
 * ({@code goal=RELAXATION&goal=CHRONIC_PAIN}). The binder would otherwise keep the first
 * value, or join two texts with a comma, and store an answer the client never gave. The
 * same value sent twice, or with other blanks around it (which the binders trim, as
 * {@link String#trim()} does), is harmless and accepted.
 */
public final class RepeatedParameters {

	/** The message code of the error: {@code repeated} in messages.properties. */
	public static final String CODE = "repeated";

	private RepeatedParameters() {
	}

	/**
	 * Adds the error {@value #CODE} to each of the fields that takes one value and was
	 * sent different values, unless it already has an error.
	 * @param request the request, with its parameters
	 * @param result the binding result of the form
	 * @param fields the names of the form's fields
	 */
	public static void reject(ServletRequest request, BindingResult result, Collection<String> fields) {
		for (String field : fields) {
			String[] values = request.getParameterValues(field);
			if (values != null && values.length > 1 && !result.hasFieldErrors(field) && isOneValue(result, field)
					&& Arrays.stream(values)
						.map((value) -> Objects.toString(value, "").trim())
						.distinct()
						.count() > 1) {
				result.rejectValue(field, CODE);
			}
		}
	}

	private static boolean isOneValue(BindingResult result, String field) {
		Class<?> type = result.getFieldType(field);
		return type != null && !type.isArray() && !Collection.class.isAssignableFrom(type);
	}

}
