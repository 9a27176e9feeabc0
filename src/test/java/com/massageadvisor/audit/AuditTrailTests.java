package com.massageadvisor.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.TestMessages;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.review.AssessmentFilter;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The audit page's sentences, as a reader sees them in their language: an export's filter
 * named term by term, old plain details as they were stored.
 */
class AuditTrailTests {

	private final AuditTrail trail = new AuditTrail(mock(AuditEventRepository.class), Clock.systemUTC(),
			TestMessages.source());

	@Test
	void anExportNamesEveryFilterAndItsValueInTheReadersLanguage() {
		AssessmentFilter filter = new AssessmentFilter();
		filter.setQ("Hélène Dupont");
		filter.setGoal(Goal.RELAXATION);
		filter.setLifestyle(Lifestyle.SENIOR);
		filter.setSeverity(AssessmentFilter.NO_WARNING);
		filter.setStatus(ReviewStatus.FOLLOW_UP);
		filter.setFrom(LocalDate.of(2026, 1, 1));
		filter.setTo(LocalDate.of(2026, 3, 31));
		filter.setAttention(true);
		filter.setDue(true);

		AuditEvent event = exported(42, filter);

		assertThat(this.trail.describe(event, Locale.ENGLISH))
			.isEqualTo("rows exported: 42; filter: "
					+ "Name or reference: given, not recorded; Goal: Relaxation and stress relief; "
					+ "Lifestyle: Older adult; Most serious warning: No warning; Review status: Follow up; "
					+ "From: 2026-01-01; To: 2026-03-31; Needs attention after a check-in; Check-in due")
			.doesNotContain("Hélène", "Dupont", "RELAXATION", "=");
		assertThat(this.trail.describe(event, Locale.FRENCH)).startsWith("lignes exportées : 42 ; filtre : ")
			.contains("Objectif : Détente et soulagement du stress", "Du : 2026-01-01")
			.doesNotContain("Hélène", "RELAXATION", "Goal");
	}

	@Test
	void aWarningLevelAndNoFilterAreNamed() {
		AssessmentFilter severe = new AssessmentFilter();
		severe.setSeverity("STOP");
		assertThat(this.trail.describe(exported(2, severe), Locale.ENGLISH))
			.isEqualTo("rows exported: 2; filter: Most serious warning: Do not book a massage for now");
		assertThat(this.trail.describe(exported(7, new AssessmentFilter()), Locale.ENGLISH))
			.isEqualTo("rows exported: 7; filter: none, every assessment");
	}

	@Test
	void aCountReadsRightForOneRowAndForADownloadBrokenOff() {
		assertThat(this.trail.describe(exported(1, new AssessmentFilter()), Locale.ENGLISH))
			.isEqualTo("rows exported: 1; filter: none, every assessment");
		AuditEvent broken = new AuditEvent(Instant.EPOCH, "alice", AuditAction.EXPORTED, null,
				AuditDetail.of("audit.detail.exported.interrupted", 1, new AssessmentFilter().describe()));
		assertThat(this.trail.describe(broken, Locale.ENGLISH))
			.isEqualTo("download broken off; rows sent: 1; filter: none, every assessment");
		assertThat(this.trail.describe(broken, Locale.FRENCH))
			.startsWith("téléchargement interrompu ; lignes envoyées : 1 ; ");
	}

	@Test
	void aDetailStoredAsPlainTextBeforeIsShownAsItWas() {
		AuditEvent older = new AuditEvent(Instant.EPOCH, "alice", AuditAction.EXPORTED, null,
				new AuditDetail("audit.detail.exported", List.of("3", "goal=CHRONIC_PAIN")));
		assertThat(this.trail.describe(older, Locale.ENGLISH)).isEqualTo("rows exported: 3; filter: goal=CHRONIC_PAIN");
	}

	private static AuditEvent exported(long rows, AssessmentFilter filter) {
		return new AuditEvent(Instant.EPOCH, "alice", AuditAction.EXPORTED, null,
				AuditDetail.of("audit.detail.exported", rows, filter.describe()));
	}

}
