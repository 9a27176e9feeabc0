package com.massageadvisor.staff;

/** What a staff member may do. */
public enum StaffRole {

	/** Reviews assessments and exports lists. */
	STAFF,
	/** Also manages staff accounts, deletes assessments and reads the audit trail. */
	ADMIN

}
