package com.massageadvisor.api;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.NextStep;
import com.massageadvisor.rules.PhaseKind;
import com.massageadvisor.rules.StepCode;
import org.jspecify.annotations.Nullable;

import static com.massageadvisor.plan.RecommendationMessages.rowIds;
import static com.massageadvisor.plan.RecommendationMessages.sourceIds;

/**
 * The JSON answer of {@code POST /api/v1/recommendations/next}: the recommendation fields
 * for the plan from now on (the same names as {@code POST /api/v1/recommendations}), plus
 * the step, why, and the phase the client is in now.
 *
 * @param plan the plan from now on, its fields at the top level
 * @param step the step
 * @param stepName the step in a few words, in the reader's language
 * @param stepReason why, cited
 * @param currentPhase the name of the phase the client is in now, or null after REFER or
 * STOP
 * @param currentPhaseCode the same phase as a code
 */
record NextStepResponse(@JsonUnwrapped RecommendationResponse plan, StepCode step, String stepName,
		StepReason stepReason, @Nullable String currentPhase, @Nullable PhaseKind currentPhaseCode) {

	/**
	 * Why the step.
	 *
	 * @param code the row of the next-step table that gave it (docs/rules.md)
	 * @param message one sentence for the client
	 * @param sources the articles behind it
	 * @param guidelines the guideline rows behind it
	 */
	record StepReason(String code, String message, List<String> sources, List<String> guidelines) {
	}

	static NextStepResponse of(NextStep next, RecommendationMessages messages, Locale locale) {
		PhaseKind phase = next.currentPhase();
		return new NextStepResponse(RecommendationResponse.of(next.plan(), messages, locale), next.step(),
				messages.text("followup.step." + next.step(), locale),
				new StepReason(next.reasonCode(), messages.text(next.reason(), locale), sourceIds(next.citation()),
						rowIds(next.citation())),
				(phase != null) ? messages.text("phase." + phase, locale) : null, phase);
	}

}
