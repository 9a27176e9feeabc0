package com.massageadvisor.system;

import java.util.List;

/**
 * An action that needs a recent password was asked for without one (or with a wrong one):
 * {@link RecentPasswordAdvice} answers with the confirm-password page.
 */
class RecentPasswordRequiredException extends RuntimeException {

	private final String action;

	private final List<Field> fields;

	private final boolean wrong;

	/**
	 * A field of the action's form, carried over unchanged.
	 *
	 * @param name its name
	 * @param value its value
	 */
	record Field(String name, String value) {
	}

	RecentPasswordRequiredException(String action, List<Field> fields, boolean wrong) {
		super("The password is needed again for " + action);
		this.action = action;
		this.fields = fields;
		this.wrong = wrong;
	}

	/** The path of the action, within the application. */
	String action() {
		return this.action;
	}

	List<Field> fields() {
		return this.fields;
	}

	/** Whether a password was typed and was wrong. */
	boolean wrong() {
		return this.wrong;
	}

}
