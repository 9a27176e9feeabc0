package com.massageadvisor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A typical course of sessions for a plan: the middle of each phase's interval and of its
 * session count, phase after phase, the open-ended phase until the horizon. Used to draw
 * the timeline and to propose calendar dates; the plan's ranges remain the advice.
 */
public final class Schedule {

	private Schedule() {
	}

	/**
	 * A proposed session.
	 *
	 * @param day days after the first session (which is day 0)
	 * @param phase the phase it belongs to
	 */
	public record Session(int day, PhaseKind phase) {
	}

	/**
	 * Proposes sessions from day 0 up to, not including, the horizon.
	 * @param phases the plan's phases, in order
	 * @param horizonDays how far ahead to propose
	 * @return the sessions in date order; empty when there are no phases
	 */
	public static List<Session> propose(List<Phase> phases, int horizonDays) {
		List<Session> sessions = new ArrayList<>();
		int day = 0;
		for (Phase phase : phases) {
			int interval = typical(phase.interval());
			IntRange count = phase.sessions();
			int remaining = (count != null) ? typical(count) : Integer.MAX_VALUE;
			while (remaining > 0 && day < horizonDays) {
				sessions.add(new Session(day, phase.kind()));
				day += interval;
				remaining--;
			}
			if (day >= horizonDays) {
				break;
			}
		}
		return sessions;
	}

	/** The middle of a range, rounded up. */
	static int typical(IntRange range) {
		return (range.min() + range.max() + 1) / 2;
	}

}
