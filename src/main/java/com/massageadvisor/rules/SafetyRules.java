package com.massageadvisor.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import static com.massageadvisor.rules.Guideline.F3;
import static com.massageadvisor.rules.Guideline.F6;
import static com.massageadvisor.rules.Guideline.F7;
import static com.massageadvisor.rules.Guideline.L6;
import static com.massageadvisor.rules.Guideline.S1;
import static com.massageadvisor.rules.Guideline.S2;
import static com.massageadvisor.rules.Guideline.S3;
import static com.massageadvisor.rules.Guideline.S4;
import static com.massageadvisor.rules.Guideline.S5;
import static com.massageadvisor.rules.Guideline.S6;
import static com.massageadvisor.rules.Guideline.S8;
import static com.massageadvisor.rules.Guideline.S9;
import static com.massageadvisor.rules.Guideline.T1;
import static com.massageadvisor.rules.Guideline.T3;

/**
 * The safety table: which answers raise which warning. The table is evaluated in full;
 * the warnings come out most severe first, then in table order.
 */
final class SafetyRules {

	/**
	 * Pain from which a professional should assess the client before massage (S3, S8).
	 */
	static final int SEVERE_PAIN_LEVEL = 8;

	/**
	 * A row of the safety table.
	 *
	 * @param code the warning it raises
	 * @param severity how serious
	 * @param condition the condition that raises it, or null when something else does
	 * @param when when it applies, for rows without a condition
	 * @param citation the guideline rows behind it
	 * @param warning the warning it raises, built once with the row; the severe pain
	 * warning adds the pain level to its message
	 */
	record WarningRule(WarningCode code, Severity severity, @Nullable Condition condition, Predicate<Facts> when,
			Citation citation, Warning warning) {

		boolean appliesTo(Facts facts) {
			return (this.condition != null) ? facts.has(this.condition) : this.when.test(facts);
		}

		Warning raise(Facts facts) {
			if (this.code == WarningCode.SEVERE_PAIN) {
				return new Warning(this.code, this.severity, this.condition,
						new Message(this.warning.message().key(), List.of(facts.answers().painLevel())), this.citation);
			}
			return this.warning;
		}

	}

	// @formatter:off
	static final List<WarningRule> TABLE = List.of(
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.FRACTURE, S1),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.OPEN_WOUND, S1),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.DVT, S1),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.SEVERE_OSTEOPOROSIS, S1),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.CANCER, S1),
			condition(WarningCode.MEDICAL_CLEARANCE, Severity.CONSULT, Condition.HERNIATED_DISC, S2),
			condition(WarningCode.MEDICAL_CLEARANCE, Severity.CONSULT, Condition.OSTEOPOROSIS, S2),
			condition(WarningCode.MEDICAL_CLEARANCE, Severity.CONSULT, Condition.NERVE_PROBLEMS, S2),
			when(WarningCode.MEDICAL_CLEARANCE, Severity.CONSULT, (f) -> f.goal() == Goal.ACUTE_INJURY, S4, F6, F7),
			when(WarningCode.SEVERE_PAIN, Severity.CONSULT, (f) -> f.answers().painLevel() >= SEVERE_PAIN_LEVEL, S3, S8),
			when(WarningCode.MEDICAL_EVALUATION, Severity.CONSULT, Facts::longStandingPain, S3, S8),
			condition(WarningCode.PRENATAL, Severity.CAUTION, Condition.PREGNANCY, S5),
			// only for a type being recommended: no plan, no recommended type
			when(WarningCode.RECOVERY_TIME, Severity.CAUTION, (f) -> f.advisable() && f.intense(), T1, T3),
			when(WarningCode.GENTLE_TECHNIQUE, Severity.CAUTION, (f) -> f.lifestyle() == Lifestyle.SENIOR, L6),
			when(WarningCode.SORENESS, Severity.CAUTION, Facts::sore, S6, T1),
			condition(WarningCode.TELL_SPECIALIST, Severity.INFO, Condition.SPINE_SPECIALIST_CARE, S9),
			condition(WarningCode.UNDERLYING_CONDITION, Severity.CONSULT, Condition.ARTHRITIS, S3, F3),
			condition(WarningCode.UNDERLYING_CONDITION, Severity.CONSULT, Condition.FIBROMYALGIA, S3, F3));
	// @formatter:on

	/** The conditions of the STOP rows: any one of them withholds the plan. */
	private static final Set<Condition> STOP_CONDITIONS = TABLE.stream()
		.filter((rule) -> rule.severity() == Severity.STOP && rule.condition() != null)
		.map(WarningRule::condition)
		.collect(Collectors.toCollection(() -> EnumSet.noneOf(Condition.class)));

	/**
	 * The table sorted most severe first, keeping table order within a severity (a stable
	 * sort), so that the warnings come out in order without sorting them each time.
	 */
	private static final List<WarningRule> MOST_SEVERE_FIRST = TABLE.stream()
		.sorted(Comparator.comparing(WarningRule::severity))
		.toList();

	private SafetyRules() {
	}

	private static WarningRule condition(WarningCode code, Severity severity, Condition condition, Guideline... rows) {
		return rule(code, severity, condition, (f) -> false, Citation.of(rows),
				Message.of("warning." + code + "." + condition));
	}

	private static WarningRule when(WarningCode code, Severity severity, Predicate<Facts> when, Guideline... rows) {
		return rule(code, severity, null, when, Citation.of(rows), Message.of("warning." + code));
	}

	private static WarningRule rule(WarningCode code, Severity severity, @Nullable Condition condition,
			Predicate<Facts> when, Citation citation, Message message) {
		return new WarningRule(code, severity, condition, when, citation,
				new Warning(code, severity, condition, message, citation));
	}

	/**
	 * Whether any STOP row applies; decided before anything else, from the answers alone.
	 * @param answers the answers
	 * @return true when massage is advisable
	 */
	static boolean advisable(Answers answers) {
		return Collections.disjoint(answers.conditions(), STOP_CONDITIONS);
	}

	static List<Warning> warnings(Facts facts) {
		List<Warning> warnings = new ArrayList<>();
		for (WarningRule rule : MOST_SEVERE_FIRST) {
			if (rule.appliesTo(facts)) {
				warnings.add(rule.raise(facts));
			}
		}
		return warnings;
	}

}
