package com.massageadvisor.review;

import java.time.Instant;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RulesEngine;

/** An assessment as the slice tests hand it to the controllers, never saved. */
final class ReviewSliceFixtures {

	private ReviewSliceFixtures() {
	}

	static Assessment assessment(String clientName) {
		Answers answers = Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.pain(2, PainDuration.ACUTE)
			.sessionPrice("60")
			.build();
		return new Assessment(clientName, null, Locale.ENGLISH, answers, new RulesEngine().evaluate(answers),
				Instant.parse("2026-03-02T09:30:00Z"));
	}

}
