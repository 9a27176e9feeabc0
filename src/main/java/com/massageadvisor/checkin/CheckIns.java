package com.massageadvisor.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.FollowUpRules;
import com.massageadvisor.rules.IntRange;
import com.massageadvisor.rules.NextStep;
import com.massageadvisor.rules.RulesEngine;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records check-ins and finds them again. Each new check-in is judged with all the ones
 * before it, from the plan the assessment stored (never the rules of today), and stored
 * with the step and plan it produced; the assessment is not touched.
 */
@Service
public class CheckIns {

	/** The most check-ins of one assessment, as the API allows: one a week for a year. */
	public static final int MAX_CHECK_INS = 52;

	private final CheckInRepository checkIns;

	private final LatestCheckInRepository latest;

	private final Clock clock;

	private final Assessments assessments;

	CheckIns(CheckInRepository checkIns, LatestCheckInRepository latest, Clock clock, Assessments assessments) {
		this.checkIns = checkIns;
		this.latest = latest;
		this.clock = clock;
		this.assessments = assessments;
	}

	/** Why a check-in cannot be stored; the form says so rather than fail. */
	public static class RefusedException extends RuntimeException {

		private final String reason;

		RefusedException(String reason) {
			super(reason);
			this.reason = reason;
		}

		/**
		 * The message key of the reason.
		 * @return e.g. {@code checkIn.error.tooMany}
		 */
		public String getReason() {
			return this.reason;
		}

	}

	/**
	 * Judges and stores a check-in, in one transaction with the latest-check-in summary.
	 * Two check-ins of the same assessment sent at once cannot both be stored: the second
	 * fails on the unique place of the check-in and is refused.
	 * @param assessment the assessment it follows
	 * @param date the day of the check-in, not before the previous one's
	 * @param checkIn the client's answers
	 * @return the stored check-in, with its step and plan
	 * @throws RefusedException when the assessment has its most check-ins already or the
	 * date is before the previous one
	 */
	@Transactional
	public CheckInRecord record(Assessment assessment, LocalDate date, CheckIn checkIn) {
		UUID publicId = assessment.getPublicId();
		List<CheckInRecord> history = this.checkIns.findByAssessmentPublicIdOrderBySeqAsc(publicId);
		if (history.size() >= MAX_CHECK_INS) {
			throw new RefusedException("checkIn.error.tooMany");
		}
		if (!history.isEmpty() && date.isBefore(history.get(history.size() - 1).getDate())) {
			throw new RefusedException("checkIn.error.beforePrevious");
		}
		List<CheckIn> all = new ArrayList<>(history.size() + 1);
		history.forEach((record) -> all.add(record.toCheckIn()));
		all.add(checkIn);
		NextStep next = FollowUpRules.next(assessment.getAnswers(), assessment.getRecommendation(), all);
		CheckInRecord record = this.checkIns.saveAndFlush(new CheckInRecord(publicId, history.size() + 1, date, checkIn,
				next, RulesEngine.RULES_VERSION, needsAttention(assessment, checkIn, next), this.clock.instant()));
		LatestCheckIn summary = this.latest.findById(publicId).orElseGet(() -> new LatestCheckIn(publicId));
		LocalDate dueOn = dueOn(date, next);
		summary.update(record, dueOn);
		this.latest.save(summary);
		this.assessments.followUp(assessment, dueOn, record.isNeedsAttention());
		return record;
	}

	/**
	 * Whether staff should look at the client now: a step that replaces the plan, a red
	 * flag, or more pain than at the start.
	 */
	static boolean needsAttention(Assessment assessment, CheckIn checkIn, NextStep next) {
		return next.step().replacesPlan() || !checkIn.redFlags().isEmpty()
				|| checkIn.painLevel() > assessment.getAnswers().painLevel();
	}

	/**
	 * The day a next check-in is overdue: twice the longest gap of the interval in force,
	 * after this one; none after REFER or STOP.
	 */
	static @Nullable LocalDate dueOn(LocalDate date, NextStep next) {
		IntRange interval = next.plan().interval();
		return (interval != null) ? date.plusDays(2L * interval.max()) : null;
	}

	/**
	 * The check-ins of an assessment.
	 * @param assessmentPublicId its public id
	 * @return its check-ins, oldest first; empty when it has none
	 */
	@Transactional(readOnly = true)
	public List<CheckInRecord> history(UUID assessmentPublicId) {
		return this.checkIns.findByAssessmentPublicIdOrderBySeqAsc(assessmentPublicId);
	}

	/**
	 * The latest check-in of an assessment, whose plan is the one in force.
	 * @param assessmentPublicId its public id
	 * @return the latest check-in, or empty before the first
	 */
	public Optional<CheckInRecord> latestRecord(UUID assessmentPublicId) {
		List<CheckInRecord> history = history(assessmentPublicId);
		return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
	}

	/**
	 * The summary of an assessment's latest check-in.
	 * @param assessmentPublicId its public id
	 * @return the summary, if it has any check-in
	 */
	@Transactional(readOnly = true)
	public Optional<LatestCheckIn> latest(UUID assessmentPublicId) {
		return this.latest.findById(assessmentPublicId);
	}

	/**
	 * The latest check-ins of some assessments, in one query.
	 * @param assessmentPublicIds the assessments' public ids, such as a batch of an
	 * export
	 * @return the latest check-in of each of them that has one, by public id
	 */
	@Transactional(readOnly = true)
	public Map<UUID, LatestCheckIn> latestOf(Collection<UUID> assessmentPublicIds) {
		Map<UUID, LatestCheckIn> latest = new HashMap<>();
		for (LatestCheckIn summary : this.latest.findAllById(assessmentPublicIds)) {
			latest.put(summary.getAssessmentPublicId(), summary);
		}
		return latest;
	}

}
