package com.massageadvisor.audit;

/** What a staff member did. */
public enum AuditAction {

	/** Changed the review status or note of an assessment. */
	REVIEWED,
	/** Opened the detail page of an assessment. */
	VIEWED,
	/** Exported a list of assessments as CSV. */
	EXPORTED,
	/** Deleted an assessment. */
	DELETED,
	/** Withdrew a client's result link: its pages answer 410 Gone. */
	LINK_WITHDRAWN,
	/** Created a staff account. */
	ACCOUNT_CREATED,
	/** Disabled a staff account. */
	ACCOUNT_DISABLED,
	/** Enabled a staff account again. */
	ACCOUNT_ENABLED,
	/** Set a new password for another staff account. */
	PASSWORD_RESET,
	/** Changed their own password. */
	PASSWORD_CHANGED,
	/** Typed a wrong current password when changing their own. */
	PASSWORD_REFUSED,
	/** Logged in. */
	LOGIN,
	/**
	 * A log-in was refused (wrong password, unknown name, locked or disabled account).
	 */
	LOGIN_FAILED,
	/** An account was locked after too many wrong passwords. */
	LOCKED_OUT,
	/** Wrote a backup of the database. */
	BACKUP,
	/** Deleted backups older than the newest {@code app.backup.keep}. */
	BACKUPS_PRUNED,
	/** The retention job deleted old assessments. */
	RETENTION

}
