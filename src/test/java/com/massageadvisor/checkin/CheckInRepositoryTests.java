package com.massageadvisor.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.FollowUpRules;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Soreness;
import com.massageadvisor.rules.StepCode;
import com.massageadvisor.system.ClinicProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Check-ins against the schema Flyway builds (Hibernate only validates it), on the
 * configured database: the in-memory H2 of the tests, or PostgreSQL when CI points the
 * tests at it.
 */
// Hibernate starts on the calling thread: the slice has no task executor to start it on
@DataJpaTest(properties = { "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.bootstrap=default" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CheckInRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

	private static final LocalDate DAY = LocalDate.parse("2026-11-21");

	private static final Answers ANSWERS = new Answers(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH,
			Set.of(), 6, PainDuration.CHRONIC, Set.of(), false, null, null);

	@Autowired
	private AssessmentRepository assessments;

	@Autowired
	private CheckInRepository repository;

	@Autowired
	private LatestCheckInRepository latest;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	private CheckIns checkIns;

	private Assessment assessment;

	@BeforeEach
	void assessment() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		ClinicProperties clinic = new ClinicProperties("Clinic", "", "", Currency.getInstance("EUR"), ZoneOffset.UTC,
				Duration.ofMinutes(15));
		this.checkIns = new CheckIns(this.repository, this.latest, clock,
				new Assessments(new RulesEngine(), this.assessments, clock, clinic));
		this.assessment = this.assessments.saveAndFlush(new Assessment("Ana", null, Locale.ENGLISH, ANSWERS,
				new RulesEngine().evaluate(ANSWERS), NOW.minusSeconds(30 * 86400)));
	}

	private static CheckIn checkIn(int pain, Integer relief, Change change, RedFlag... flags) {
		return new CheckIn(2, pain, relief, Soreness.UNDER_48H, change, false, Set.of(flags));
	}

	@Test
	void storesTheAnswersTheStepAndThePlanAndReadsThemBackUnchanged() {
		CheckIn first = checkIn(4, 12, Change.BETTER);
		CheckInRecord stored = this.checkIns.record(this.assessment, DAY, first);
		var expected = FollowUpRules.next(ANSWERS, this.assessment.getRecommendation(), List.of(first));
		this.entityManager.clear();

		CheckInRecord found = this.checkIns.history(this.assessment.getPublicId()).get(0);
		assertThat(found.getId()).isEqualTo(stored.getId());
		assertThat(found.getSeq()).isEqualTo(1);
		assertThat(found.getDate()).isEqualTo(DAY);
		assertThat(found.getCreatedAt()).isEqualTo(NOW);
		assertThat(found.toCheckIn()).isEqualTo(first);
		assertThat(found.getStep()).isEqualTo(expected.step());
		assertThat(found.getStepReason()).isEqualTo(expected.reasonCode());
		assertThat(found.getCurrentPhase()).isEqualTo(expected.currentPhase());
		assertThat(found.getPlan()).isEqualTo(expected.plan());
		assertThat(found.getRulesVersion()).isEqualTo(RulesEngine.RULES_VERSION);
		assertThat(found.getAssessmentPublicId()).isEqualTo(this.assessment.getPublicId());
	}

	@Test
	void theAssessmentAndItsSnapshotNeverChange() {
		Map<String, Object> before = assessmentRow();
		this.checkIns.record(this.assessment, DAY, checkIn(4, 12, Change.BETTER));
		this.checkIns.record(this.assessment, DAY.plusDays(7), checkIn(9, 1, Change.MUCH_WORSE));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(assessmentRow()).isEqualTo(before);
	}

	/**
	 * Every column of the assessment but those the staff list reads to follow up: the day
	 * its next check-in is due and whether it needs attention.
	 */
	private Map<String, Object> assessmentRow() {
		Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		row.putAll(
				this.jdbc.queryForMap("select * from assessment where public_id = ?", this.assessment.getPublicId()));
		row.remove("check_in_due_on");
		row.remove("needs_attention");
		return row;
	}

	@Test
	void eachCheckInMovesTheDayTheNextOneIsDueAndAStopEndsIt() {
		CheckInRecord first = this.checkIns.record(this.assessment, DAY, checkIn(4, 12, Change.BETTER));
		assertThat(dueOn()).isEqualTo(DAY.plusDays(2L * first.getPlan().interval().max()));
		this.checkIns.record(this.assessment, DAY.plusDays(7), checkIn(3, 12, Change.BETTER, RedFlag.FEVER));
		assertThat(dueOn()).isNull();
	}

	private LocalDate dueOn() {
		return this.jdbc.queryForObject("select check_in_due_on from assessment where public_id = ?", LocalDate.class,
				this.assessment.getPublicId());
	}

	@Test
	void keepsTheHistoryInOrderAndTheLatestSummaryUpToDate() {
		this.checkIns.record(this.assessment, DAY, checkIn(4, 12, Change.BETTER));
		CheckInRecord second = this.checkIns.record(this.assessment, DAY.plusDays(14), checkIn(5, 3, Change.SAME));
		assertThat(this.checkIns.history(this.assessment.getPublicId())).extracting(CheckInRecord::getSeq)
			.containsExactly(1, 2);
		LatestCheckIn summary = this.checkIns.latest(this.assessment.getPublicId()).orElseThrow();
		assertThat(summary.getCheckInId()).isEqualTo(second.getId());
		assertThat(summary.getDate()).isEqualTo(DAY.plusDays(14));
		assertThat(summary.isNeedsAttention()).isFalse();
		assertThat(summary.getDueOn()).isEqualTo(DAY.plusDays(14 + 2L * second.getPlan().interval().max()));

		CheckInRecord worse = this.checkIns.record(this.assessment, DAY.plusDays(20),
				checkIn(7, 1, Change.SLIGHTLY_WORSE));
		summary = this.checkIns.latest(this.assessment.getPublicId()).orElseThrow();
		assertThat(worse.isNeedsAttention()).isTrue();
		assertThat(summary.isNeedsAttention()).isTrue();
		assertThat(summary.getPainLevel()).isEqualTo(7);
	}

	@Test
	void aStopNeedsAttentionAndExpectsNoNextCheckIn() {
		CheckInRecord stop = this.checkIns.record(this.assessment, DAY, checkIn(3, 12, Change.BETTER, RedFlag.FEVER));
		assertThat(stop.getStep()).isEqualTo(StepCode.STOP);
		assertThat(stop.getPlan().phases()).isEmpty();
		LatestCheckIn summary = this.checkIns.latest(this.assessment.getPublicId()).orElseThrow();
		assertThat(summary.isNeedsAttention()).isTrue();
		assertThat(summary.getDueOn()).isNull();
		assertThat(summary.getStep()).isEqualTo(StepCode.STOP);
	}

	@Test
	void refusesADateBeforeThePreviousCheckIn() {
		this.checkIns.record(this.assessment, DAY, checkIn(4, 12, Change.BETTER));
		assertThatExceptionOfType(CheckIns.RefusedException.class)
			.isThrownBy(() -> this.checkIns.record(this.assessment, DAY.minusDays(1), checkIn(4, 12, Change.BETTER)))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo("checkIn.error.beforePrevious"));
	}

	@Test
	void twoCheckInsCannotTakeTheSamePlace() {
		CheckIn checkIn = checkIn(4, 12, Change.BETTER);
		var next = FollowUpRules.next(ANSWERS, this.assessment.getRecommendation(), List.of(checkIn));
		this.repository.saveAndFlush(new CheckInRecord(this.assessment.getPublicId(), 1, DAY, checkIn, next,
				RulesEngine.RULES_VERSION, false, NOW));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.saveAndFlush(new CheckInRecord(this.assessment.getPublicId(), 1, DAY,
					checkIn, next, RulesEngine.RULES_VERSION, false, NOW)));
	}

	@Test
	void aCheckInNeedsAnExistingAssessmentAndGoesWithIt() {
		this.checkIns.record(this.assessment, DAY, checkIn(4, 12, Change.BETTER));
		this.entityManager.clear();
		// retention deletes assessments in one statement: their check-ins go with them
		// (other test classes may have left older assessments in the shared database)
		assertThat(this.assessments.deleteCreatedBefore(NOW)).isPositive();
		assertThat(this.assessments.findByPublicId(this.assessment.getPublicId())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from check_in where assessment_public_id = ?",
				Integer.class, this.assessment.getPublicId()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from check_in_latest where assessment_public_id = ?",
				Integer.class, this.assessment.getPublicId()))
			.isZero();
		// and the plan, in its own table
		assertThat(this.jdbc.queryForObject("select count(*) from assessment_plan where assessment_id = ?",
				Integer.class, this.assessment.getId()))
			.isZero();

		CheckIn orphan = checkIn(4, 12, Change.BETTER);
		var next = FollowUpRules.next(ANSWERS, this.assessment.getRecommendation(), List.of(orphan));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.saveAndFlush(new CheckInRecord(java.util.UUID.randomUUID(), 1, DAY,
					orphan, next, RulesEngine.RULES_VERSION, false, NOW)));
	}

}
