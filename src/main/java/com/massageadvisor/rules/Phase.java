package com.massageadvisor.rules;

import org.jspecify.annotations.Nullable;

/**
 * A stage of the plan.
 *
 * @param kind which stage
 * @param interval days between sessions in this stage
 * @param sessions how many sessions the stage lasts, or null when it is open-ended
 * @param citation the rows that shaped it
 */
public record Phase(PhaseKind kind, IntRange interval, @Nullable IntRange sessions, Citation citation) {

	/**
	 * Whether the phase goes on until the plan is reviewed.
	 * @return true when it has no session count
	 */
	public boolean isOpenEnded() {
		return this.sessions == null;
	}

}
