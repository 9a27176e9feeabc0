package com.massageadvisor.rules;

/** How serious a warning is, most severe first. */
public enum Severity {

	/** Massage is not advisable now: the plan is withheld. */
	STOP,
	/** See a doctor or healthcare professional before the first session. */
	CONSULT,
	/** The plan has been adapted; the client and therapist should know why. */
	CAUTION,
	/** Something to pass on. */
	INFO

}
