package com.massageadvisor.checkin;

import java.util.List;

import com.massageadvisor.plan.PlanView;
import com.massageadvisor.rules.StepCode;
import org.jspecify.annotations.Nullable;

/**
 * What the result page shows of the follow-up: the invitation to check in, and after a
 * check-in the step in one sentence, the plan from then on and the history.
 *
 * @param invite whether to invite the client prominently (a session should have taken
 * place since the plan or the last check-in); otherwise a plain link
 * @param step the latest step, or null before the first check-in
 * @param stepName the step in a few words, or null before the first check-in
 * @param sentence the step in one sentence, or null before the first check-in
 * @param plan the plan from the latest check-in on, or null before the first check-in
 * @param chart the pain over time, or null before the first check-in
 * @param history the check-ins, oldest first, with the start first
 * @param full whether the assessment has its most check-ins already
 */
public record FollowUpView(boolean invite, @Nullable StepCode step, @Nullable String stepName,
		@Nullable String sentence, @Nullable PlanView plan, @Nullable PainChart chart, List<Row> history,
		boolean full) {

	/**
	 * One line of the history table.
	 *
	 * @param date the day, written for the reader
	 * @param pain the pain then
	 * @param sessions the sessions since the line before, or null for the start
	 * @param reliefDays how long the relief lasted, or null
	 * @param change the change since the start, written for the reader, or null for the
	 * start
	 * @param step the step it gave, written for the reader, or null for the start
	 */
	public record Row(String date, int pain, @Nullable Integer sessions, @Nullable Integer reliefDays,
			@Nullable String change, @Nullable String step) {
	}

	/**
	 * Whether the latest step replaces the plan (REFER or STOP).
	 * @return true after a REFER or STOP step
	 */
	public boolean stopped() {
		return this.step != null && this.step.replacesPlan();
	}

	/**
	 * Whether the client has checked in at least once.
	 * @return true after the first check-in
	 */
	public boolean checkedIn() {
		return this.step != null;
	}

}
