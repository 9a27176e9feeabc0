package com.massageadvisor.rules;

/**
 * How long the client was sore or tired after the last session (S6).
 */
public enum Soreness {

	/** Not sore or tired. */
	NONE,
	/** Sore or tired for less than 48 hours. */
	UNDER_48H,
	/** Sore or tired for more than 48 hours. */
	OVER_48H

}
