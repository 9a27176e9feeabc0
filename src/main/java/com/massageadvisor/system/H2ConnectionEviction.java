package com.massageadvisor.system;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection whose H2 database has been closed under
 * it (after a failed write, for example), so that the next connection opens the database
 * again instead of the pool handing out dead connections until a restart.
 */
public class H2ConnectionEviction implements SQLExceptionOverride {

	/**
	 * H2 error codes after which a connection is of no more use: database closed (90098),
	 * I/O error (90028), file corrupted (90030), general error (50000), connection broken
	 * (90067), object closed (90007), the file could not be written (90101, 90031).
	 */
	private static final Set<Integer> FATAL = Set.of(90098, 90028, 90030, 50000, 90067, 90007, 90101, 90031);

	@java.lang.Override
	public Override adjudicate(SQLException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && FATAL.contains(sql.getErrorCode())) {
				return Override.MUST_EVICT;
			}
		}
		return Override.CONTINUE_EVICT;
	}

}
