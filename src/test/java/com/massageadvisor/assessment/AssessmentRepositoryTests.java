package com.massageadvisor.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.plan.PlanBrief;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.rules.Sign;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The mapping against the schema Flyway builds; Hibernate only validates it. Runs on the
 * configured database: the in-memory H2 of the tests, or PostgreSQL when CI points the
 * tests at it.
 */
// Hibernate starts on the calling thread: the slice has no task executor to start it on
@DataJpaTest(properties = { "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.bootstrap=default" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AssessmentRepositoryTests {

	private static final RulesEngine ENGINE = new RulesEngine();

	private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

	@Autowired
	private AssessmentRepository repository;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	private static Answers richAnswers() {
		return Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.NOT_SURE)
			.conditions(Condition.SPINE_SPECIALIST_CARE, Condition.HERNIATED_DISC)
			.pain(6, PainDuration.CHRONIC)
			.signs(Sign.POOR_SLEEP, Sign.HEADACHES)
			.soreAfterLastMassage()
			.sessionPrice("80")
			.monthlyBudget("199.99")
			.build();
	}

	@Test
	void storesTheAnswersAndThePlanAndReadsThemBackUnchanged() {
		Answers answers = richAnswers();
		Recommendation plan = ENGINE.evaluate(answers);
		Assessment saved = this.repository
			.saveAndFlush(new Assessment("Ana Müller", "ana@example.org", Locale.FRENCH, answers, plan, NOW));
		this.entityManager.clear();

		Assessment found = this.repository.findByPublicId(saved.getPublicId()).orElseThrow();
		assertThat(found.getId()).isNotNull();
		assertThat(found.getClientName()).isEqualTo("Ana Müller");
		assertThat(found.getEmail()).isEqualTo("ana@example.org");
		assertThat(found.getLocale()).isEqualTo(Locale.FRENCH);
		assertThat(found.getCreatedAt()).isEqualTo(NOW);
		assertThat(found.getConsentAt()).isEqualTo(NOW);
		assertThat(found.getAnswers()).isEqualTo(answers);
		assertThat(found.getRecommendation()).isEqualTo(plan);
		assertThat(found.getBrief()).isEqualTo(PlanBrief.of(plan));
		assertThat(found.getRulesVersion()).isEqualTo(RulesEngine.RULES_VERSION);
		assertThat(found.isMassageAdvisable()).isTrue();
		assertThat(found.getHighestSeverity()).isEqualTo(Severity.CONSULT);
	}

	@Test
	void storesConditionsAndSignsInOneColumnEach() {
		Assessment saved = this.repository.saveAndFlush(
				new Assessment("Ref 42", null, Locale.ENGLISH, richAnswers(), ENGINE.evaluate(richAnswers()), NOW));
		String conditions = this.jdbc.queryForObject("select conditions from assessment where id = ?", String.class,
				saved.getId());
		String signs = this.jdbc.queryForObject("select signs from assessment where id = ?", String.class,
				saved.getId());
		assertThat(conditions).isEqualTo("HERNIATED_DISC,SPINE_SPECIALIST_CARE");
		assertThat(signs).isEqualTo("HEADACHES,POOR_SLEEP");
	}

	@Test
	void keepsThePlanTheClientSawEvenIfTheRulesChangeLater() {
		Answers answers = richAnswers();
		Assessment saved = this.repository
			.saveAndFlush(new Assessment("Ref 7", null, Locale.ENGLISH, answers, ENGINE.evaluate(answers), NOW));
		// an assessment made under older rules: its stored plan and version stay as they
		// were
		this.jdbc.update("update assessment set rules_version = '2020.01.1' where id = ?", saved.getId());
		this.entityManager.clear();
		Assessment found = this.repository.findByPublicId(saved.getPublicId()).orElseThrow();
		assertThat(found.getRulesVersion()).isEqualTo("2020.01.1");
		assertThat(found.getRecommendation().rulesVersion()).isEqualTo(RulesEngine.RULES_VERSION);
	}

	@Test
	void storesAStoppedPlanWithoutPhases() {
		Answers answers = Answers.builder(Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH)
			.conditions(Condition.DVT)
			.build();
		Assessment saved = this.repository
			.saveAndFlush(new Assessment("Ref 9", null, Locale.ENGLISH, answers, ENGINE.evaluate(answers), NOW));
		this.entityManager.clear();
		Assessment found = this.repository.findByPublicId(saved.getPublicId()).orElseThrow();
		assertThat(found.isMassageAdvisable()).isFalse();
		assertThat(found.getHighestSeverity()).isEqualTo(Severity.STOP);
		assertThat(found.getRecommendation().phases()).isEmpty();
		assertThat(found.getBrief()).isEqualTo(PlanBrief.of(found.getRecommendation()));
		assertThat(found.getBrief().interval()).isNull();
	}

	@Test
	void keepsThePlanCompressedInATableOfItsOwnAndDeletesItWithTheAssessment() {
		Answers answers = richAnswers();
		Recommendation plan = ENGINE.evaluate(answers);
		Assessment saved = this.repository
			.saveAndFlush(new Assessment("Ref 11", null, Locale.ENGLISH, answers, plan, NOW));
		byte[] stored = this.jdbc.queryForObject("select plan from assessment_plan where assessment_id = ?",
				byte[].class, saved.getId());
		assertThat(stored).isNotNull();
		assertThat(RecommendationSnapshot.unpack(stored)).isEqualTo(plan);
		assertThat(stored.length).isLessThan(RecommendationSnapshot.write(plan).length() / 3);
		// a review updates the assessment's row only
		saved.review(ReviewStatus.REVIEWED, "ok", "staff", NOW);
		this.repository.saveAndFlush(saved);
		this.repository.delete(saved);
		this.repository.flush();
		assertThat(this.jdbc.queryForObject("select count(*) from assessment_plan where assessment_id = ?",
				Integer.class, saved.getId()))
			.isZero();
	}

	/**
	 * A withdrawn link keeps its first moment, and a review saved with a copy read before
	 * the withdrawal does not bring the link back.
	 */
	@Test
	void aWithdrawalStaysWhateverIsSavedAfterIt() {
		Answers answers = richAnswers();
		Assessment saved = this.repository
			.saveAndFlush(new Assessment("Ref 11", null, Locale.ENGLISH, answers, ENGINE.evaluate(answers), NOW));
		assertThat(saved.isWithdrawn()).isFalse();
		Instant at = NOW.plusSeconds(3600);

		assertThat(this.repository.withdraw(saved.getPublicId(), at)).isEqualTo(1);
		assertThat(this.repository.withdraw(saved.getPublicId(), at.plusSeconds(60))).isZero();
		assertThat(this.repository.withdraw(UUID.randomUUID(), at)).isZero();

		// a stale copy, read before the withdrawal, saved by a reviewer
		saved.review(ReviewStatus.REVIEWED, "seen", "reviewer", at.plusSeconds(120));
		this.repository.saveAndFlush(saved);
		this.entityManager.clear();
		Assessment found = this.repository.findByPublicId(saved.getPublicId()).orElseThrow();
		assertThat(found.isWithdrawn()).isTrue();
		assertThat(found.getWithdrawnAt()).isEqualTo(at);
		assertThat(found.getReviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
	}

	@Test
	void refusesTwoAssessmentsWithTheSamePublicId() {
		Answers answers = richAnswers();
		Recommendation plan = ENGINE.evaluate(answers);
		Assessment first = this.repository.saveAndFlush(new Assessment("A", null, Locale.ENGLISH, answers, plan, NOW));
		Assessment second = new Assessment("B", null, Locale.ENGLISH, answers, plan, NOW);
		ReflectionTestUtils.setField(second, "publicId", first.getPublicId());
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.saveAndFlush(second));
	}

	@Test
	void readsBackEveryKindOfPlanExactly() {
		List<Assessment> saved = new ArrayList<>();
		for (Goal goal : Goal.values()) {
			for (Lifestyle lifestyle : Lifestyle.values()) {
				for (MassageType type : MassageType.values()) {
					Answers answers = Answers.builder(goal, lifestyle, type)
						.pain((goal.ordinal() * 3 + type.ordinal()) % 11, PainDuration.values()[type.ordinal() % 4])
						.signs(Sign.values()[lifestyle.ordinal() % 5])
						.sessionPrice("65.50")
						.monthlyBudget((type.ordinal() % 2 == 0) ? "120" : null)
						.build();
					saved.add(new Assessment("Ref", null, Locale.ENGLISH, answers, ENGINE.evaluate(answers), NOW));
				}
			}
		}
		long before = this.repository.count();
		this.repository.saveAllAndFlush(saved);
		this.entityManager.clear();
		for (Assessment assessment : saved) {
			Assessment found = this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
			assertThat(found.getRecommendation()).isEqualTo(ENGINE.evaluate(assessment.getAnswers()));
		}
		assertThat(this.repository.count()).isEqualTo(before + saved.size());
	}

}
