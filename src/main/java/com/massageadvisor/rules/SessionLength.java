package com.massageadvisor.rules;

/**
 * How long each session should last, within 30 to 90 minutes (T10), and why.
 *
 * @param minutes the length in minutes
 * @param reason why this length
 * @param citation the rows behind it
 */
public record SessionLength(IntRange minutes, Message reason, Citation citation) {

	/** The shortest session the guidelines describe. */
	public static final int MIN_MINUTES = 30;

	/** The longest session the guidelines describe. */
	public static final int MAX_MINUTES = 90;

}
