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

	/** Marks an argument that is a list of terms ({@link #terms}). */
	static final String TERMS = "\u001E";

	/** Between two terms of a list. */
	static final char TERM = '\u001D';

	/** Between a term's name and its value. */
	static final char VALUE = '\u001C';

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

	/**
	 * An argument shown as a list of terms, each as its name and its value in the
	 * reader's language ("Goal: Relaxation; From: 2026-01-01").
	 * @param terms the terms, in order; none is shown as the text of {@code whenNone}
	 * @param whenNone the message key shown when there is no term
	 * @return the argument
	 */
	public static String terms(List<Term> terms, String whenNone) {
		if (terms.isEmpty()) {
			return label(whenNone);
		}
		StringBuilder joined = new StringBuilder(TERMS);
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			joined.append((i > 0) ? String.valueOf(TERM) : "")
				.append(clean(term.name()))
				.append(VALUE)
				.append(clean(term.value()));
		}
		return joined.toString();
	}

	private static String clean(String text) {
		return text.replace(SEPARATOR, ' ').replace(TERM, ' ').replace(VALUE, ' ');
	}

	String joinedArguments() {
		return String.join(String.valueOf(SEPARATOR), this.arguments);
	}

	static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(SEPARATOR), -1));
	}

	/**
	 * The terms of an argument made with {@link #terms}.
	 * @param argument the argument, {@link #TERMS} first
	 * @return its terms
	 */
	static List<Term> termsOf(String argument) {
		return Arrays.stream(argument.substring(TERMS.length()).split(String.valueOf(TERM), -1)).map((term) -> {
			int at = term.indexOf(VALUE);
			return (at < 0) ? new Term(term, "") : new Term(term.substring(0, at), term.substring(at + 1));
		}).toList();
	}

	/**
	 * One term of a list: a filter and its value, for example.
	 *
	 * @param name the message key of its name
	 * @param value its value: shown as it is, or made with {@link #label}; empty for a
	 * term that is its name alone
	 */
	public record Term(String name, String value) {

		/**
		 * A term that is its name alone.
		 * @param name the message key of its name
		 * @return the term
		 */
		public static Term named(String name) {
			return new Term(name, "");
		}

	}

}
