package com.massageadvisor.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an audit event says about itself, as a message key and its arguments, so that the
 * audit page shows it as a sentence in the reader's language. An argument made with
 * {@link #label} is itself a message key, shown in the reader's language too (a review
 * status, a role); any other argument is shown as it is.
 *
 * @param key the message key of the sentence
 * @param arguments its arguments, as text
 */
public record AuditDetail(String key, List<String> arguments) {

	/** Between two arguments in the database. */
	static final char SEPARATOR = '\u001F';

	/** Marks an argument that is a message key. */
	static final String LABEL = "#";

	public AuditDetail {
		arguments = arguments.stream().map((argument) -> argument.replace(SEPARATOR, ' ')).toList();
	}

	/**
	 * A sentence.
	 * @param key its message key
	 * @param arguments its arguments, each shown as its {@code toString()}
	 * @return the detail
	 */
	public static AuditDetail of(String key, Object... arguments) {
		return new AuditDetail(key, Arrays.stream(arguments).map(Objects::toString).toList());
	}

	/**
	 * An argument shown as the text of a message key.
	 * @param key the message key
	 * @return the argument
	 */
	public static String label(String key) {
		return LABEL + key;
	}

	String joinedArguments() {
		return String.join(String.valueOf(SEPARATOR), this.arguments);
	}

	static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(SEPARATOR), -1));
	}

}
