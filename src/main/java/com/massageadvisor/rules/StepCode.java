package com.massageadvisor.rules;

/**
 * The next step after a check-in, as the API contract names them.
 */
public enum StepCode {

	/** Move on to the next, longer phase. */
	ADVANCE,
	/** Stay in the same phase with a longer interval. */
	LENGTHEN,
	/** Keep the plan. */
	HOLD,
	/** A longer gap after soreness. */
	EASE,
	/** See a healthcare professional before more massage. */
	REFER,
	/** No massage: see a doctor. */
	STOP;

	/**
	 * Whether the step replaces the plan, as a STOP warning does.
	 * @return true for {@code REFER} and {@code STOP}
	 */
	public boolean replacesPlan() {
		return this == REFER || this == STOP;
	}

}
