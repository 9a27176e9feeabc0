package com.massageadvisor.rules;

/** The stages a plan can go through. */
public enum PhaseKind {

	/** A series of closely spaced sessions to bring the pain down. */
	INITIAL_SERIES,
	/** Sessions spaced further apart as symptoms improve. */
	TRANSITION,
	/** The open-ended rhythm that keeps the gains. */
	MAINTENANCE,
	/** The open-ended rhythm of a plan that has no series before it. */
	REGULAR

}
