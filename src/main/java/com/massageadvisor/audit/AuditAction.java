package com.massageadvisor.audit;

/** What a staff member did. */
public enum AuditAction {

	/** Changed the review status or note of an assessment. */
	REVIEWED,
	/** Exported a list of assessments as CSV. */
	EXPORTED,
	/** Deleted an assessment. */
	DELETED

}
