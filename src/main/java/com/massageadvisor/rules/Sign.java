package com.massageadvisor.rules;

/** A sign that the body would benefit from more frequent sessions. */
public enum Sign {

	PERSISTENT_ACHES, HEADACHES, LIMITED_MOTION, POOR_SLEEP, HIGH_STRESS

}
