package com.massageadvisor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns answers into a recommendation. Stateless and thread-safe: one instance serves
 * every request. The rule tables are static and built once.
 *
 * <p>
 * The order of evaluation is the order of priority: safety first (a STOP withholds the
 * plan), then the type (pregnancy, age and conditions can change it), then the spacing
 * that the type and soreness demand, and only then the frequency rows, which cannot go
 * below that spacing.
 */
public final class RulesEngine {

	/**
	 * The version of the rule set. Raise it whenever a rule changes what a plan says;
	 * stored with every assessment. See {@code docs/rules.md}.
	 */
	public static final String RULES_VERSION = "2026.12.2";

	/**
	 * Evaluates the rules.
	 * @param answers the client's answers
	 * @return the recommendation, with every item sourced
	 */
	public Recommendation evaluate(Answers answers) {
		boolean advisable = SafetyRules.advisable(answers);
		TypeRules.Choice type = TypeRules.choose(answers);
		Facts facts = new Facts(answers, type.type(), advisable);
		List<Warning> warnings = SafetyRules.warnings(facts);
		MinimumGap gap = SessionRules.gap(facts);
		SessionLength length = SessionRules.length(facts);
		SessionRules.SettingChoice setting = SessionRules.setting(facts);
		if (!advisable) {
			return new Recommendation(RULES_VERSION, false, clearanceRequired(warnings), type.type(), null, gap, length,
					List.of(), warnings, setting.setting(), AdviceRules.notAdvisable(answers), null);
		}
		List<Phase> phases = PlanRules.phases(facts, gap);
		// why this type and what it is like, the setting, the advice table, then cost
		List<Advice> advice = new ArrayList<>();
		if (PlanRules.maintenanceTooSoon(answers)) {
			advice.add(AdviceRules.GOAL_NOT_FOLLOWED);
		}
		if (type.explanation() != null) {
			advice.add(type.explanation());
		}
		advice.add(TypeRules.about(type.type()));
		advice.add(setting.advice());
		for (AdviceRules.AdviceRule rule : AdviceRules.TABLE) {
			if (rule.appliesTo(facts)) {
				advice.add(rule.advice());
			}
		}
		CostRules.Outcome cost = CostRules.evaluate(answers, phases, length.minutes());
		advice.addAll(cost.advice());
		return new Recommendation(RULES_VERSION, true, clearanceRequired(warnings), type.type(),
				phases.get(0).interval(), gap, length, phases, warnings, setting.setting(), advice, cost.estimate());
	}

	private static boolean clearanceRequired(List<Warning> warnings) {
		for (Warning warning : warnings) {
			if (warning.severity() == Severity.CONSULT) {
				return true;
			}
		}
		return false;
	}

}
