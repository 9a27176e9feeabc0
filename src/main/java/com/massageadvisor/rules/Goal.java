package com.massageadvisor.rules;

/** What the client wants from massage. */
public enum Goal {

	RELAXATION, CHRONIC_PAIN, ACUTE_INJURY, MAINTENANCE

}
