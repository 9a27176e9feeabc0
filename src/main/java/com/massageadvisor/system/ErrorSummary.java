package com.massageadvisor.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The error summary at the top of a form: one line per field in error, in the order of
 * the page, each linking to its field.
 */
public final class ErrorSummary {

	private ErrorSummary() {
	}

	/**
	 * A line of the error summary.
	 *
	 * @param field the field, also the id of the element the line links to
	 * @param message what to do
	 */
	public record ErrorLink(String field, String message) {
	}

	/**
	 * One line per field in error, the first message of each, in the order of the page.
	 * @param result the errors
	 * @param fields the form's fields in the order the page shows them
	 * @param messages the messages
	 * @param locale the reader's language
	 * @return the lines
	 */
	public static List<ErrorLink> of(BindingResult result, List<String> fields, MessageSource messages, Locale locale) {
		List<ErrorLink> links = new ArrayList<>();
		for (String field : fields) {
			FieldError error = result.getFieldError(field);
			if (error != null) {
				links.add(new ErrorLink(field, messages.getMessage(error, locale)));
			}
		}
		return links;
	}

}
