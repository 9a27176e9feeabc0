package com.massageadvisor.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The plan for one set of answers.
 *
 * @param rulesVersion the version of the rule set that produced it
 * @param massageAdvisable false when any STOP warning applies
 * @param clearanceRequired true when a CONSULT warning asks for a professional's go-ahead
 * first
 * @param recommendedMassageType the type to book
 * @param interval days between sessions in the first phase, or null when not advisable
 * @param minimumGap the least time between two sessions
 * @param sessionLength how long each session should last
 * @param phases the plan in order, empty when not advisable
 * @param warnings most severe first
 * @param setting where to book
 * @param advice self-care, timing, cost and follow-up advice
 * @param cost the cost of the plan, or null without a session price or when not advisable
 */
public record Recommendation(String rulesVersion, boolean massageAdvisable, boolean clearanceRequired,
		MassageType recommendedMassageType, @Nullable IntRange interval, MinimumGap minimumGap,
		SessionLength sessionLength, List<Phase> phases, List<Warning> warnings, Setting setting, List<Advice> advice,
		@Nullable CostEstimate cost) {

	public Recommendation {
		phases = List.copyOf(phases);
		warnings = List.copyOf(warnings);
		advice = List.copyOf(advice);
	}

	/**
	 * The most severe warning's severity.
	 * @return the highest severity, or null when there is no warning
	 */
	public @Nullable Severity highestSeverity() {
		return this.warnings.isEmpty() ? null : this.warnings.get(0).severity();
	}

}
