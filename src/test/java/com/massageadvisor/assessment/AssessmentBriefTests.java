package com.massageadvisor.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.TestMessages;
import com.massageadvisor.plan.PlanBrief;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.AnswerSamples;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.system.ClinicProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff list's summary of a plan, built from the assessment's plain columns, says
 * exactly what it said when it was built from the stored plan, and the stored plan reads
 * back unchanged, for many answer sets (Instancio, fixed seed) in both languages.
 */
class AssessmentBriefTests {

	private static final RulesEngine ENGINE = new RulesEngine();

	private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	private final PlanPresenter presenter = new PlanPresenter(new RecommendationMessages(TestMessages.source(),
			new ClinicProperties("Clinic", "", "", Currency.getInstance("EUR"), null, Duration.ofMinutes(15))));

	@Test
	void theBriefFromTheColumnsIsTheBriefFromThePlanForManyAnswerSets() {
		List<Answers> samples = AnswerSamples.of(5000, 20261207L);
		int stopped = 0;
		for (Answers answers : samples) {
			Recommendation plan = ENGINE.evaluate(answers);
			Assessment assessment = new Assessment("Client", null, Locale.ENGLISH, answers, plan, NOW);
			PlanBrief brief = assessment.getBrief();
			assertThat(brief).isEqualTo(PlanBrief.of(plan));
			for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
				assertThat(this.presenter.brief(brief, locale)).as("%s in %s", answers, locale)
					.isEqualTo(this.presenter.brief(plan, locale));
			}
			if (!plan.massageAdvisable()) {
				stopped++;
			}
		}
		// both kinds of summary were compared
		assertThat(stopped).isBetween(1, samples.size() - 1);
	}

	@Test
	void theStoredPlanReadsBackUnchangedAndIsAQuarterOfItsJson() {
		long json = 0;
		long packed = 0;
		for (Answers answers : AnswerSamples.of(1000, 20261208L)) {
			Recommendation plan = ENGINE.evaluate(answers);
			byte[] bytes = RecommendationSnapshot.pack(plan);
			assertThat(RecommendationSnapshot.unpack(bytes)).isEqualTo(plan);
			assertThat(RecommendationSnapshot.inflate(bytes)).isEqualTo(RecommendationSnapshot.write(plan));
			json += RecommendationSnapshot.write(plan).length();
			packed += bytes.length;
		}
		assertThat(packed).isLessThan(json / 3);
	}

}
