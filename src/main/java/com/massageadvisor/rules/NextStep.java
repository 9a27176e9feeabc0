package com.massageadvisor.rules;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link FollowUpRules}: what to do now, why, and the plan from now on.
 *
 * @param step the step
 * @param reasonCode the row of the table that gave it, such as {@code SORE_OVER_48H}, or
 * {@code PLAN_NOT_ADVISABLE}
 * @param reason the sentence that says why, in one line
 * @param citation the rows behind the step
 * @param currentPhase the phase the client is in now, or null when the step replaces the
 * plan
 * @param plan the plan from now on: no phases when the step is REFER or STOP
 */
public record NextStep(StepCode step, String reasonCode, Message reason, Citation citation,
		@Nullable PhaseKind currentPhase, Recommendation plan) {

}
