package com.massageadvisor.rules;

/** How serious an acute injury is (F6, S4); asked only with the goal ACUTE_INJURY. */
public enum InjurySeverity {

	/** A strain, or intense soreness after activity. */
	MINOR,
	/**
	 * A fall, an accident, a suspected tear, or pain that stops daily activity: a doctor
	 * first.
	 */
	SERIOUS

}
