package com.massageadvisor.maintenance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditEvent;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention job deletes what is older than the maximum age, and records it. */
@Tag("integration")
@SpringBootTest(properties = { "app.retention.enabled=true", "app.retention.max-age=30d",
		"spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1" })
class RetentionJobTests {

	@Autowired
	private RetentionJob job;

	@Autowired
	private Assessments assessments;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditTrail audit;

	private Assessment create(String name) {
		return this.assessments.create(name, null, Locale.ENGLISH,
				Answers.builder(Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH).build());
	}

	@Test
	void deletesOnlyAssessmentsOlderThanTheMaximumAgeAndRecordsIt() {
		Assessment old = create("Old client");
		Assessment recent = create("Recent client");
		this.jdbc.update("UPDATE assessment SET created_at = ? WHERE public_id = ?",
				Timestamp.from(Instant.now().minus(60, ChronoUnit.DAYS)), old.getPublicId());

		int deleted = this.job.deleteOld();

		assertThat(deleted).isEqualTo(1);
		assertThat(this.assessments.findByPublicId(old.getPublicId())).isEmpty();
		assertThat(this.assessments.findByPublicId(recent.getPublicId())).isPresent();
		AuditEvent event = this.audit.page(0)
			.getContent()
			.stream()
			.filter((e) -> e.getAction() == AuditAction.RETENTION)
			.findFirst()
			.orElseThrow();
		assertThat(this.audit.describe(event, Locale.ENGLISH)).startsWith("assessments created before ")
			.contains(" deleted: 1;")
			.contains("backups written before then still hold them until they expire")
			.doesNotContain("Old client");
	}

}
