package com.massageadvisor.rules;

/**
 * The kinds of warning. The first eight are fixed by the API contract; the others add
 * detail the guidelines call for.
 */
public enum WarningCode {

	/** A condition for which massage may be inadvisable (S1). */
	CONTRAINDICATION,
	/** A doctor should clear massage first (S2, S4). */
	MEDICAL_CLEARANCE,
	/** Pain of 8 or more (S3, S8). */
	SEVERE_PAIN,
	/** Pregnancy: prenatal massage only (S5). */
	PRENATAL,
	/** An intense type needs recovery days between sessions (T1, T3). */
	RECOVERY_TIME,
	/** Seniors get lighter, gentler techniques (L6). */
	GENTLE_TECHNIQUE,
	/** Soreness after the last massage calls for longer breaks (S6). */
	SORENESS,
	/** Tell the spine specialist about the massage (S9). */
	TELL_SPECIALIST,
	/**
	 * Long-standing pain should be assessed by a professional before massage (S3, S8).
	 */
	MEDICAL_EVALUATION,
	/**
	 * An underlying condition: a professional's go-ahead first, and the therapist must
	 * know (S3).
	 */
	UNDERLYING_CONDITION,
	/** A symptom that needs a doctor now, not massage (S10, S8); one per red flag. */
	RED_FLAG,
	/** A serious injury: a doctor first (S4). */
	SERIOUS_INJURY

}
