package com.massageadvisor.rules;

import java.util.List;
import java.util.function.Predicate;

import static com.massageadvisor.rules.Guideline.A1;
import static com.massageadvisor.rules.Guideline.A2;
import static com.massageadvisor.rules.Guideline.A3;
import static com.massageadvisor.rules.Guideline.A4;
import static com.massageadvisor.rules.Guideline.A5;
import static com.massageadvisor.rules.Guideline.A6;
import static com.massageadvisor.rules.Guideline.C2;
import static com.massageadvisor.rules.Guideline.C5;
import static com.massageadvisor.rules.Guideline.C6;
import static com.massageadvisor.rules.Guideline.C7;
import static com.massageadvisor.rules.Guideline.C8;
import static com.massageadvisor.rules.Guideline.F3;
import static com.massageadvisor.rules.Guideline.F9;
import static com.massageadvisor.rules.Guideline.S1;
import static com.massageadvisor.rules.Guideline.S10;
import static com.massageadvisor.rules.Guideline.S3;
import static com.massageadvisor.rules.Guideline.S7;
import static com.massageadvisor.rules.Guideline.S8;
import static com.massageadvisor.rules.Guideline.T9;

/**
 * The advice table: self-care, timing and follow-up. Every row that applies is given, in
 * table order. Type, setting and cost advice come from their own tables.
 */
final class AdviceRules {

	/**
	 * A row of the advice table.
	 *
	 * @param advice the advice it gives
	 * @param when when it applies
	 * @param description when it applies, in plain words, for {@code docs/rules.md}
	 */
	record AdviceRule(Advice advice, Predicate<Facts> when, String description) {

		boolean appliesTo(Facts facts) {
			return this.when.test(facts);
		}

	}

	// @formatter:off
	/** What to do instead when massage is not advisable. */
	static final List<Advice> NOT_ADVISABLE = List.of(
			advice(AdviceCode.SEE_PROFESSIONAL_FIRST, S1, S3, S8),
			advice(AdviceCode.OTHER_CARE_MEANWHILE, C7, A4));

	/** What to do instead with a red flag that needs a doctor the same day, or soon. */
	static final Advice SEE_DOCTOR_URGENTLY = advice(AdviceCode.SEE_DOCTOR_URGENTLY, S10, S8);

	static final Advice SEE_DOCTOR_SOON = advice(AdviceCode.SEE_DOCTOR_SOON, S10, S8);

	/** The client asked for maintenance, but maintenance comes once pain is little or none. */
	static final Advice GOAL_NOT_FOLLOWED = advice(AdviceCode.GOAL_NOT_FOLLOWED, F9, F3);

	static final List<AdviceRule> TABLE = List.of(
			when("hot stone massage recommended", (f) -> f.recommendedType() == MassageType.HOT_STONE, AdviceCode.HEAT_COMFORT, T9),
			always(AdviceCode.BOOK_NEXT_SESSION, A2),
			always(AdviceCode.TRACK_AND_ADJUST, A1, A4),
			when("long-standing pain (as for `MEDICAL_EVALUATION`)", Facts::longStandingPain, AdviceCode.LONG_STANDING_PAIN, A3, A6),
			always(AdviceCode.BUFFER_TIME, C2),
			always(AdviceCode.CHOOSE_THERAPIST, C8),
			always(AdviceCode.PAIN_DURING_SESSION, S7),
			always(AdviceCode.SELF_CARE, A5, C6),
			when("pain level 3 or more, or trigger point therapy recommended", (f) -> f.answers().hasBackPain() || f.recommendedType() == MassageType.TRIGGER_POINT, AdviceCode.HOME_STRATEGIES, C5),
			when("pain level 3 or more, long-standing pain, or goal acute injury", (f) -> f.answers().hasBackPain() || f.longStandingPain() || f.goal() == Goal.ACUTE_INJURY, AdviceCode.COMPLEMENTARY_CARE, C7));
	// @formatter:on

	private AdviceRules() {
	}

	/**
	 * What to do instead when massage is not advisable: a red flag calls for a doctor now
	 * (urgently for the first three), which no other care replaces.
	 */
	static List<Advice> notAdvisable(Answers answers) {
		if (answers.redFlags().isEmpty()) {
			return NOT_ADVISABLE;
		}
		boolean urgent = answers.redFlags().stream().anyMatch(RedFlag::isUrgent);
		return List.of(urgent ? SEE_DOCTOR_URGENTLY : SEE_DOCTOR_SOON);
	}

	private static Advice advice(AdviceCode code, Guideline... rows) {
		return new Advice(code, Message.of("advice." + code), Citation.of(rows));
	}

	private static AdviceRule when(String description, Predicate<Facts> when, AdviceCode code, Guideline... rows) {
		return new AdviceRule(advice(code, rows), when, description);
	}

	private static AdviceRule always(AdviceCode code, Guideline... rows) {
		return when("always", (f) -> true, code, rows);
	}

}
