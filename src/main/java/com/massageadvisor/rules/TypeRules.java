package com.massageadvisor.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import static com.massageadvisor.rules.Guideline.F6;
import static com.massageadvisor.rules.Guideline.F7;
import static com.massageadvisor.rules.Guideline.L3;
import static com.massageadvisor.rules.Guideline.L6;
import static com.massageadvisor.rules.Guideline.S2;
import static com.massageadvisor.rules.Guideline.S3;
import static com.massageadvisor.rules.Guideline.S5;
import static com.massageadvisor.rules.Guideline.S7;
import static com.massageadvisor.rules.Guideline.T1;
import static com.massageadvisor.rules.Guideline.T2;
import static com.massageadvisor.rules.Guideline.T4;
import static com.massageadvisor.rules.Guideline.T5;
import static com.massageadvisor.rules.Guideline.T6;
import static com.massageadvisor.rules.Guideline.T7;
import static com.massageadvisor.rules.Guideline.T8;
import static com.massageadvisor.rules.Guideline.T9;

/**
 * Which massage type to recommend. A client who is not sure first gets a suggestion from
 * their goal and lifestyle; then the first matching safety row may replace an intense
 * type with a gentle one, or any type with prenatal massage.
 */
final class TypeRules {

	/**
	 * A row of the suggestion table for clients who are not sure.
	 *
	 * @param description when it applies, in plain words, for {@code docs/rules.md}
	 * @param when when it applies
	 * @param type the suggested type
	 * @param citation the rows behind it
	 * @param explanation the advice that gives the suggestion, built once with the row
	 */
	record Suggestion(String description, Predicate<Answers> when, MassageType type, Citation citation,
			Advice explanation) {
	}

	/**
	 * A row of the replacement table.
	 *
	 * @param description when it applies and what it replaces, in plain words, for
	 * {@code docs/rules.md}
	 * @param when when it applies, given the answers
	 * @param replaces which preferred types it replaces
	 * @param type the type to recommend instead
	 * @param reason names the reason, for the message key
	 * {@code advice.TYPE_CHANGED.<reason>}
	 * @param citation the rows behind it
	 * @param explanation the advice that explains the change, built once with the row
	 */
	record Replacement(String description, Predicate<Answers> when, Predicate<MassageType> replaces, MassageType type,
			String reason, Citation citation, Advice explanation) {

		boolean appliesTo(Answers answers, MassageType preferred) {
			return preferred != this.type && this.replaces.test(preferred) && this.when.test(answers);
		}

	}

	/**
	 * The outcome: the type and the advice that explains it, if any.
	 *
	 * @param type the type to recommend
	 * @param explanation why it differs from the request, or null when it does not
	 */
	record Choice(MassageType type, @Nullable Advice explanation) {
	}

	// @formatter:off
	static final List<Suggestion> SUGGESTIONS = List.of(
			suggest("pain level 8 or more", (a) -> a.painLevel() >= SafetyRules.SEVERE_PAIN_LEVEL, MassageType.SWEDISH, "SEVERE_PAIN", T4, S7),
			suggest("fibromyalgia", (a) -> a.has(Condition.FIBROMYALGIA), MassageType.SWEDISH, "FIBROMYALGIA", T4, S7),
			suggest("lifestyle athlete", (a) -> a.lifestyle() == Lifestyle.ATHLETE, MassageType.SPORTS, "SPORTS", T7, L3),
			suggest("goal chronic pain with long-standing pain", (a) -> a.goal() == Goal.CHRONIC_PAIN && a.hasLongStandingPain(), MassageType.DEEP_TISSUE, "DEEP_TISSUE", T5),
			suggest("anyone else", (a) -> true, MassageType.SWEDISH, "SWEDISH", T4, T2));

	static final List<Replacement> REPLACEMENTS = List.of(
			replace("pregnancy: any type", (a) -> a.has(Condition.PREGNANCY), (t) -> true, MassageType.PRENATAL, "PREGNANCY", S5),
			replace("lifestyle senior: an intense type", (a) -> a.lifestyle() == Lifestyle.SENIOR, MassageType::isIntense, MassageType.SWEDISH, "SENIOR", L6, T4),
			// heat on a fresh injury is avoided as well: the guidelines ask for gentle sessions only (F7); sports
			// massage, made for recovery after intense activity (T7, L3), stays for a minor strain or soreness (F6)
			replace("an acute injury, serious or of unknown severity: an intense type or hot stone", (a) -> a.goal() == Goal.ACUTE_INJURY && a.injurySeverity() != InjurySeverity.MINOR, (t) -> t.isIntense() || t == MassageType.HOT_STONE, MassageType.SWEDISH, "ACUTE_INJURY", F7, T4),
			replace("a minor injury: an intense type other than sports massage, or hot stone", (a) -> a.injurySeverity() == InjurySeverity.MINOR, (t) -> (t.isIntense() && t != MassageType.SPORTS) || t == MassageType.HOT_STONE, MassageType.SWEDISH, "MINOR_INJURY", F6, T4),
			// fibromyalgia: gentle pressure whatever was asked for, as for a client who is not sure (T4, S7)
			replace("fibromyalgia: an intense type", (a) -> a.has(Condition.FIBROMYALGIA), MassageType::isIntense, MassageType.SWEDISH, "FIBROMYALGIA", T4, S7),
			replace("herniated disc, osteoporosis or nerve problems: an intense type", Answers::hasClearanceCondition, MassageType::isIntense, MassageType.SWEDISH, "MEDICAL_CONDITION", S2, T4),
			// a massage should not be excessively painful (S7): no firm pressure on top of severe pain
			replace("pain level 8 or more: an intense type", (a) -> a.painLevel() >= SafetyRules.SEVERE_PAIN_LEVEL, MassageType::isIntense, MassageType.SWEDISH, "SEVERE_PAIN", S7, S3, T4));

	/** What each type is like; NOT_SURE is never recommended. */
	static final Map<MassageType, Advice> ABOUT = about(Map.of(
			MassageType.SWEDISH, Citation.of(T4, T2),
			MassageType.DEEP_TISSUE, Citation.of(T5, T1),
			MassageType.TRIGGER_POINT, Citation.of(T6),
			MassageType.SPORTS, Citation.of(T7),
			MassageType.THAI, Citation.of(T8),
			MassageType.HOT_STONE, Citation.of(T9),
			MassageType.PRENATAL, Citation.of(S5),
			MassageType.NOT_SURE, Citation.of(T4)));
	// @formatter:on

	private TypeRules() {
	}

	private static Map<MassageType, Advice> about(Map<MassageType, Citation> citations) {
		Map<MassageType, Advice> about = new EnumMap<>(MassageType.class);
		citations.forEach((type, citation) -> about.put(type,
				new Advice(AdviceCode.TYPE_ABOUT, Message.of("advice.TYPE_ABOUT." + type), citation)));
		return about;
	}

	private static Suggestion suggest(String description, Predicate<Answers> when, MassageType type, String reason,
			Guideline... rows) {
		Citation citation = Citation.of(rows);
		return new Suggestion(description, when, type, citation,
				new Advice(AdviceCode.TYPE_SUGGESTED, Message.of("advice.TYPE_SUGGESTED." + reason), citation));
	}

	private static Replacement replace(String description, Predicate<Answers> when, Predicate<MassageType> replaces,
			MassageType type, String reason, Guideline... rows) {
		Citation citation = Citation.of(rows);
		return new Replacement(description, when, replaces, type, reason, citation,
				new Advice(AdviceCode.TYPE_CHANGED, Message.of("advice.TYPE_CHANGED." + reason), citation));
	}

	static Choice choose(Answers answers) {
		MassageType requested = answers.massageType();
		MassageType preferred = requested;
		@Nullable Advice explanation = null;
		if (requested == MassageType.NOT_SURE) {
			for (Suggestion suggestion : SUGGESTIONS) {
				if (suggestion.when().test(answers)) {
					preferred = suggestion.type();
					explanation = suggestion.explanation();
					break;
				}
			}
		}
		for (Replacement replacement : REPLACEMENTS) {
			if (replacement.appliesTo(answers, preferred)) {
				return new Choice(replacement.type(), replacement.explanation());
			}
		}
		return new Choice(preferred, explanation);
	}

	static Advice about(MassageType type) {
		return ABOUT.get(type);
	}

}
