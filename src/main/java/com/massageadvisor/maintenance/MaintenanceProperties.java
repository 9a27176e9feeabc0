package com.massageadvisor.maintenance;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backup and retention settings.
 *
 * @param backupDir where the online backups of the embedded database are written
 * @param backup how many backups are kept
 * @param retention the optional deletion of old assessments
 */
@ConfigurationProperties("app")
record MaintenanceProperties(@DefaultValue("./data/backups") Path backupDir, @DefaultValue Backup backup,
		@DefaultValue Retention retention) {

	/**
	 * The backups' expiry.
	 *
	 * @param keep how many of the newest backups are kept: after each backup, older ones
	 * are deleted
	 */
	record Backup(@DefaultValue("7") int keep) {

		Backup {
			if (keep < 1) {
				throw new IllegalArgumentException(
						"app.backup.keep is " + keep + ": keep at least the backup just written (1 or more)");
			}
		}

	}

	/**
	 * The deletion of old assessments, off by default.
	 *
	 * @param enabled whether the scheduled job deletes anything
	 * @param maxAge assessments older than this are deleted
	 * @param cron when the job runs (Spring cron, server time)
	 */
	record Retention(@DefaultValue("false") boolean enabled, @DefaultValue("730d") Duration maxAge,
			@DefaultValue("0 15 3 * * *") String cron) {
	}

}
