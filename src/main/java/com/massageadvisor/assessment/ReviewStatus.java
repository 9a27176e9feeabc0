package com.massageadvisor.assessment;

/** Where the clinic's review of an assessment stands. */
public enum ReviewStatus {

	/** Not looked at yet. */
	NEW,
	/** Read by staff; nothing more to do. */
	REVIEWED,
	/** The clinic should get back to the client. */
	FOLLOW_UP

}
