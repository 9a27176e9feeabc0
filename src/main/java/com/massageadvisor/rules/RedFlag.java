package com.massageadvisor.rules;

/**
 * A symptom that may point to a serious cause of back pain (S10): any one of them means
 * no massage, and a doctor now. The first three can mean pressure on the nerves at the
 * base of the spine and need a doctor urgently, the same day.
 */
public enum RedFlag {

	/** Numbness in the groin, buttocks or inner thighs (the saddle area). */
	SADDLE_NUMBNESS(true),
	/** New trouble passing or holding urine or stools. */
	BLADDER_BOWEL_CHANGE(true),
	/** Weakness in one or both legs that is getting worse or spreading. */
	LEG_WEAKNESS(true),
	/** A fever with the back pain. */
	FEVER(false),
	/** Weight loss without a reason. */
	WEIGHT_LOSS(false),
	/** Pain at night that rest does not ease. */
	NIGHT_PAIN(false),
	/** The pain started after a fall or an accident. */
	TRAUMA(false);

	private final boolean urgent;

	RedFlag(boolean urgent) {
		this.urgent = urgent;
	}

	/**
	 * Whether this symptom needs a doctor urgently, the same day.
	 * @return true for the first three
	 */
	public boolean isUrgent() {
		return this.urgent;
	}

}
