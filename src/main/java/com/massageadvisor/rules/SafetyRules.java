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
import static com.massageadvisor.rules.Guideline.S10;
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
	 * @param clearable whether a doctor's go-ahead ({@link Answers#medicallyCleared()})
	 * turns it into a reminder (INFO) to keep to the doctor's limits
	 * @param redFlag the red flag that raises it, for red flag rows
	 * @param warning the warning it raises, built once with the row; the severe pain
	 * warning adds the pain level to its message
	 * @param description when it applies, in plain words, for {@code docs/rules.md}
	 */
	record WarningRule(WarningCode code, Severity severity, @Nullable Condition condition, Predicate<Facts> when,
			Citation citation, boolean clearable, @Nullable RedFlag redFlag, Warning warning, String description) {

		boolean appliesTo(Facts facts) {
			if (this.redFlag != null) {
				return facts.answers().redFlags().contains(this.redFlag);
			}
			return (this.condition != null) ? facts.has(this.condition) : this.when.test(facts);
		}

		Warning raise(Facts facts) {
			if (this.clearable && facts.cleared()) {
				String key = "warning." + this.code + ".CLEARED";
				Message message = (this.condition != null) ? Message.of(key, Message.of("condition." + this.condition))
						: Message.of((this.code == WarningCode.MEDICAL_CLEARANCE) ? key + ".injury" : key);
				return new Warning(this.code, Severity.INFO, this.condition, message, this.citation);
			}
			if (this.code == WarningCode.SEVERE_PAIN) {
				return new Warning(this.code, this.severity, this.condition,
						new Message(this.warning.message().key(), List.of(facts.answers().painLevel())), this.citation);
			}
			return this.warning;
		}

	}

	// @formatter:off
	static final List<WarningRule> TABLE = List.of(
			// S10: any red flag means a doctor now, not massage; the first three urgently
			redFlag(RedFlag.SADDLE_NUMBNESS),
			redFlag(RedFlag.BLADDER_BOWEL_CHANGE),
			redFlag(RedFlag.LEG_WEAKNESS),
			redFlag(RedFlag.FEVER),
			redFlag(RedFlag.WEIGHT_LOSS),
			redFlag(RedFlag.NIGHT_PAIN),
			redFlag(RedFlag.TRAUMA),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.FRACTURE, S1),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.OPEN_WOUND, S1),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.DVT, S1),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.SEVERE_OSTEOPOROSIS, S1),
			condition(WarningCode.CONTRAINDICATION, Severity.STOP, Condition.CANCER, S1),
			// a doctor's go-ahead turns these into reminders to keep to the doctor's limits
			clearable(condition(WarningCode.MEDICAL_CLEARANCE, Severity.CONSULT, Condition.HERNIATED_DISC, S2)),
			clearable(condition(WarningCode.MEDICAL_CLEARANCE, Severity.CONSULT, Condition.OSTEOPOROSIS, S2)),
			clearable(condition(WarningCode.MEDICAL_CLEARANCE, Severity.CONSULT, Condition.NERVE_PROBLEMS, S2)),
			clearable(when("the goal is recovery from an acute injury", WarningCode.MEDICAL_CLEARANCE, Severity.CONSULT, (f) -> f.goal() == Goal.ACUTE_INJURY, S4, F6, F7)),
			// a serious injury: a doctor first, whatever the go-ahead for other conditions (the safer reading)
			when("the injury is serious (`injurySeverity` SERIOUS)", WarningCode.SERIOUS_INJURY, Severity.CONSULT, (f) -> f.answers().injurySeverity() == InjurySeverity.SERIOUS, S4, F6),
			when("pain level 8 or more", WarningCode.SEVERE_PAIN, Severity.CONSULT, (f) -> f.answers().painLevel() >= SEVERE_PAIN_LEVEL, S3, S8),
			clearable(when("long-standing pain: pain 1 or more for over 12 weeks, or over 6 weeks with the chronic-pain goal", WarningCode.MEDICAL_EVALUATION, Severity.CONSULT, Facts::longStandingPain, S3, S8)),
			condition(WarningCode.PRENATAL, Severity.CAUTION, Condition.PREGNANCY, S5),
			// only for a type being recommended: no plan, no recommended type
			when("an intense type is recommended (deep tissue, trigger point, sports, Thai)", WarningCode.RECOVERY_TIME, Severity.CAUTION, (f) -> f.advisable() && f.intense(), T1, T3),
			when("lifestyle senior", WarningCode.GENTLE_TECHNIQUE, Severity.CAUTION, (f) -> f.lifestyle() == Lifestyle.SENIOR, L6),
			when("sore after the last massage", WarningCode.SORENESS, Severity.CAUTION, Facts::sore, S6, T1),
			condition(WarningCode.TELL_SPECIALIST, Severity.INFO, Condition.SPINE_SPECIALIST_CARE, S9),
			clearable(condition(WarningCode.UNDERLYING_CONDITION, Severity.CONSULT, Condition.ARTHRITIS, S3, F3)),
			clearable(condition(WarningCode.UNDERLYING_CONDITION, Severity.CONSULT, Condition.FIBROMYALGIA, S3, F3)));
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

	private static WarningRule redFlag(RedFlag redFlag) {
		Citation citation = Citation.of(S10, S8);
		return new WarningRule(WarningCode.RED_FLAG, Severity.STOP, null, (f) -> false, citation, false, redFlag,
				new Warning(WarningCode.RED_FLAG, Severity.STOP, null, Message.of("warning.RED_FLAG." + redFlag),
						citation, redFlag),
				"red flag " + redFlag);
	}

	private static WarningRule clearable(WarningRule rule) {
		return new WarningRule(rule.code(), rule.severity(), rule.condition(), rule.when(), rule.citation(), true, null,
				rule.warning(), rule.description());
	}

	private static WarningRule condition(WarningCode code, Severity severity, Condition condition, Guideline... rows) {
		return rule(code, severity, condition, (f) -> false, Citation.of(rows),
				Message.of("warning." + code + "." + condition), "condition " + condition);
	}

	private static WarningRule when(String description, WarningCode code, Severity severity, Predicate<Facts> when,
			Guideline... rows) {
		return rule(code, severity, null, when, Citation.of(rows), Message.of("warning." + code), description);
	}

	private static WarningRule rule(WarningCode code, Severity severity, @Nullable Condition condition,
			Predicate<Facts> when, Citation citation, Message message, String description) {
		return new WarningRule(code, severity, condition, when, citation, false, null,
				new Warning(code, severity, condition, message, citation), description);
	}

	/**
	 * Whether any STOP row applies; decided before anything else, from the answers alone:
	 * a STOP condition or any red flag withholds the plan.
	 * @param answers the answers
	 * @return true when massage is advisable
	 */
	static boolean advisable(Answers answers) {
		return answers.redFlags().isEmpty() && Collections.disjoint(answers.conditions(), STOP_CONDITIONS);
	}

	/**
	 * The go-ahead is asked for once: the first warning of a plan that needs one says
	 * "get a doctor's go-ahead before your first session" and why; every later CONSULT
	 * warning (and every CONSULT warning after a STOP, when there is no session to
	 * prepare) gives only its own reason, under its {@code .also} message.
	 */
	private static List<Warning> merged(List<Warning> warnings) {
		List<Warning> merged = new ArrayList<>(warnings.size());
		for (int i = 0; i < warnings.size(); i++) {
			Warning warning = warnings.get(i);
			if (i > 0 && warning.severity() == Severity.CONSULT) {
				Message message = warning.message();
				warning = new Warning(warning.code(), warning.severity(), warning.condition(),
						new Message(message.key() + ALSO, message.args()), warning.citation(), warning.redFlag());
			}
			merged.add(warning);
		}
		return merged;
	}

	/** The ending of a CONSULT message that does not repeat the go-ahead. */
	static final String ALSO = ".also";

	/**
	 * The warnings, most severe first. When massage is not advisable only the STOP and
	 * CONSULT warnings are given: nothing that speaks of booking a session.
	 */
	static List<Warning> warnings(Facts facts) {
		List<Warning> warnings = new ArrayList<>();
		for (WarningRule rule : MOST_SEVERE_FIRST) {
			if (rule.appliesTo(facts)) {
				Warning warning = rule.raise(facts);
				if (facts.advisable() || warning.severity().compareTo(Severity.CONSULT) <= 0) {
					warnings.add(warning);
				}
			}
		}
		// a go-ahead may have made a CONSULT row a reminder: a stable sort keeps table
		// order
		warnings.sort(Comparator.comparing(Warning::severity));
		return merged(warnings);
	}

}
