package com.massageadvisor.rules;

/**
 * A kind of massage. Intense types work deeper layers and need recovery time between
 * sessions (guideline rows T1, T3, T5 to T8).
 */
public enum MassageType {

	SWEDISH(false), DEEP_TISSUE(true), TRIGGER_POINT(true), SPORTS(true), THAI(true), HOT_STONE(false), PRENATAL(false),
	NOT_SURE(false);

	private final boolean intense;

	MassageType(boolean intense) {
		this.intense = intense;
	}

	/**
	 * Whether this type works deep layers with firm pressure or compression.
	 * @return true for deep tissue, trigger point, sports and Thai massage
	 */
	public boolean isIntense() {
		return this.intense;
	}

}
