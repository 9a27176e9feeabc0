package com.massageadvisor.rules;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static com.massageadvisor.rules.Guideline.C1;
import static com.massageadvisor.rules.Guideline.F7;
import static com.massageadvisor.rules.Guideline.L3;
import static com.massageadvisor.rules.Guideline.L6;
import static com.massageadvisor.rules.Guideline.S2;
import static com.massageadvisor.rules.Guideline.S5;
import static com.massageadvisor.rules.Guideline.S6;
import static com.massageadvisor.rules.Guideline.S7;
import static com.massageadvisor.rules.Guideline.T1;
import static com.massageadvisor.rules.Guideline.T10;
import static com.massageadvisor.rules.Guideline.T2;
import static com.massageadvisor.rules.Guideline.T3;
import static com.massageadvisor.rules.Guideline.T5;
import static com.massageadvisor.rules.Guideline.T7;

/**
 * Decision tables for one session: the minimum gap to the next one, its length, and where
 * to book it. In each table the first matching row wins, and the last row always matches.
 */
final class SessionRules {

	/**
	 * Pain from which sessions are kept shorter, so that the work stays tolerable (S7).
	 */
	static final int HIGH_PAIN_LEVEL = 7;

	/**
	 * A row of a first-match table.
	 *
	 * @param <T> what the row decides
	 * @param description when it applies, in plain words, for {@code docs/rules.md}
	 * @param when when it applies
	 * @param value what it decides
	 * @param reason names the reason, for the message key
	 * @param citation the rows behind it
	 */
	record Row<T>(String description, Predicate<Facts> when, T value, String reason, Citation citation) {
	}

	// @formatter:off
	static final List<Row<Integer>> GAP = List.of(
			row("an intense type, sore after the last massage", (f) -> f.intense() && f.sore(), 72, "INTENSE_SORE", T3, T1, S6),
			row("an intense type", Facts::intense, 48, "INTENSE", T3, T5),
			row("sore after the last massage", Facts::sore, 48, "SORE", S6),
			row("anyone else (a gentle type, not sore)", (f) -> true, 24, "GENTLE", T2));

	static final List<Row<IntRange>> LENGTH = List.of(
			row("goal acute injury", (f) -> f.goal() == Goal.ACUTE_INJURY, new IntRange(30, 45), "ACUTE_INJURY", F7, T10),
			row("pain level 7 or more", (f) -> f.answers().painLevel() >= HIGH_PAIN_LEVEL, new IntRange(30, 60), "HIGH_PAIN", S7, T10),
			row("herniated disc, osteoporosis or nerve problems", Facts::clearanceCondition, new IntRange(30, 60), "CLEARANCE", S2, T10),
			row("lifestyle senior", (f) -> f.lifestyle() == Lifestyle.SENIOR, new IntRange(45, 60), "SENIOR", L6, T10),
			row("pregnancy", (f) -> f.has(Condition.PREGNANCY), new IntRange(45, 60), "PREGNANCY", S5, T10),
			row("an intense type", Facts::intense, new IntRange(60, 90), "INTENSE", T5, T10),
			row("goal chronic pain", (f) -> f.goal() == Goal.CHRONIC_PAIN, new IntRange(60, 90), "CHRONIC_PAIN", T10),
			row("goal relaxation", (f) -> f.goal() == Goal.RELAXATION, new IntRange(60, 90), "RELAXATION", T10),
			row("anyone else", (f) -> true, new IntRange(45, 60), "MAINTENANCE", T10));

	static final List<Row<Setting>> SETTING = List.of(
			row("not advisable, any condition, goal chronic pain or acute injury, or pain level 3 or more", (f) -> !f.advisable() || f.anyCondition() || f.goal() == Goal.CHRONIC_PAIN || f.goal() == Goal.ACUTE_INJURY || f.answers().hasBackPain(), Setting.CLINIC, "CLINIC", C1),
			row("goal relaxation", (f) -> f.goal() == Goal.RELAXATION, Setting.SPA, "SPA", C1),
			row("lifestyle athlete, or sports massage recommended", (f) -> f.lifestyle() == Lifestyle.ATHLETE || f.recommendedType() == MassageType.SPORTS, Setting.HEALTH_CLUB, "HEALTH_CLUB", C1, L3, T7),
			row("anyone else", (f) -> true, Setting.SPA, "SPA", C1));
	// @formatter:on

	/**
	 * The minimum gap each {@link #GAP} row gives, in table order, built once with the
	 * table.
	 */
	private static final List<MinimumGap> GAPS = outcomes(GAP,
			(row) -> new MinimumGap(row.value(), Message.of("gap." + row.reason(), row.value()), row.citation()));

	/** The session length each {@link #LENGTH} row gives, in table order. */
	private static final List<SessionLength> LENGTHS = outcomes(LENGTH,
			(row) -> new SessionLength(row.value(), Message.of("length." + row.reason()), row.citation()));

	/**
	 * The setting and its advice that each {@link #SETTING} row gives, in table order.
	 */
	private static final List<SettingChoice> SETTINGS = outcomes(SETTING, (row) -> new SettingChoice(row.value(),
			new Advice(AdviceCode.SETTING, Message.of("advice.SETTING." + row.reason()), row.citation())));

	/**
	 * Where to book, and the advice that says why.
	 *
	 * @param setting where to book
	 * @param advice why
	 */
	record SettingChoice(Setting setting, Advice advice) {
	}

	private SessionRules() {
	}

	private static <T, R> List<R> outcomes(List<Row<T>> table, Function<Row<T>, R> outcome) {
		return table.stream().map(outcome).toList();
	}

	private static <T> Row<T> row(String description, Predicate<Facts> when, T value, String reason,
			Guideline... rows) {
		return new Row<>(description, when, value, reason, Citation.of(rows));
	}

	/**
	 * The first row of a table that applies.
	 * @return its index in the table
	 */
	static <T> int first(List<Row<T>> table, Facts facts) {
		for (int i = 0; i < table.size(); i++) {
			if (table.get(i).when().test(facts)) {
				return i;
			}
		}
		throw new IllegalStateException("The last row of a decision table must always match");
	}

	static MinimumGap gap(Facts facts) {
		return GAPS.get(first(GAP, facts));
	}

	static SessionLength length(Facts facts) {
		return LENGTHS.get(first(LENGTH, facts));
	}

	static SettingChoice setting(Facts facts) {
		return SETTINGS.get(first(SETTING, facts));
	}

}
