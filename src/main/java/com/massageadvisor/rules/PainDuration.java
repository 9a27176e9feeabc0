package com.massageadvisor.rules;

/** How long the back pain has lasted. */
public enum PainDuration {

	/** No current back pain. */
	NONE,
	/** Under 6 weeks. */
	ACUTE,
	/** 6 to 12 weeks. */
	SUBACUTE,
	/** Over 12 weeks. */
	CHRONIC

}
