package com.massageadvisor.maintenance;

import java.time.Clock;
import java.time.Instant;

import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditDetail;
import com.massageadvisor.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes assessments older than {@code app.retention.max-age}, when
 * {@code app.retention.enabled} is set (it is off by default), and records in the audit
 * trail how many went. It deletes from the database only: a backup written before still
 * holds them until it expires ({@code app.backup.keep}, {@link DatabaseBackup}), and the
 * audit event says so.
 */
@Component
public class RetentionJob {

	static final String ACTOR = "(retention)";

	private static final Logger logger = LoggerFactory.getLogger(RetentionJob.class);

	private final Assessments assessments;

	private final MaintenanceProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	RetentionJob(Assessments assessments, MaintenanceProperties properties, AuditTrail audit, Clock clock) {
		this.assessments = assessments;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${app.retention.cron:0 15 3 * * *}")
	void onSchedule() {
		if (this.properties.retention().enabled()) {
			deleteOld();
		}
	}

	/**
	 * Deletes the assessments older than the maximum age, in one transaction with its
	 * audit event.
	 * @return how many were deleted
	 */
	@Transactional
	public int deleteOld() {
		Instant cutoff = this.clock.instant().minus(this.properties.retention().maxAge());
		int deleted = this.assessments.deleteCreatedBefore(cutoff);
		this.audit.record(ACTOR, AuditAction.RETENTION, null,
				AuditDetail.of("audit.detail.retention", deleted, cutoff));
		logger.info("Retention: deleted {} assessments created before {}; backups written before now still hold them"
				+ " until they expire (app.backup.keep)", deleted, cutoff);
		return deleted;
	}

}
