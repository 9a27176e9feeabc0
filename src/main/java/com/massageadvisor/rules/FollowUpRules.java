package com.massageadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The next step after the check-ins so far: plain Java, deterministic, no state between
 * calls. The check-ins are replayed oldest first from the plan the questionnaire gave;
 * each one is judged by the first row of {@link #ROWS} that applies, and the step of the
 * last check-in is the answer. docs/rules.md ("Follow-up: the next step") describes the
 * same table.
 */
public final class FollowUpRules {

	/**
	 * The longest gap a LENGTHEN step sets, in days, unless the plan has longer.
	 */
	static final int LONGEST_INTERVAL = 42;

	/** Days an EASE step adds to both ends of the interval (48 hours more, S6). */
	static final int EASE_DAYS = 2;

	/**
	 * One row of the table: its code (the API's {@code stepReason.code}), when it
	 * applies, the step it gives, the rows it cites.
	 */
	record Row(String code, Predicate<Judged> when, StepCode step, Citation citation) {
	}

	/** A check-in with what the replay knows at that point. */
	record Judged(CheckIn checkIn, int startPain, IntRange interval, boolean phaseDone, boolean hasNextPhase) {

		boolean painWorseByTwo() {
			return this.checkIn.painLevel() >= this.startPain + 2;
		}

		/** A6: pain down 2 points or 30 % from the start. */
		boolean painClearlyDown() {
			int pain = this.checkIn.painLevel();
			return this.startPain - pain >= 2 || (this.startPain > 0 && pain * 10 <= this.startPain * 7);
		}

		/** A6: relief lasting longer than the current gap. */
		boolean reliefOutlastsInterval() {
			Integer relief = this.checkIn.reliefDays();
			return relief != null && relief > this.interval.max();
		}

		boolean workHolds() {
			return painClearlyDown() && reliefOutlastsInterval();
		}

	}

	// @formatter:off
	static final List<Row> ROWS = List.of(
			new Row("RED_FLAG",                 j -> !j.checkIn().redFlags().isEmpty(),  StepCode.STOP,     Citation.of(Guideline.S10)),
			new Row("PAIN_UP_FROM_START",       Judged::painWorseByTwo,                  StepCode.REFER,    Citation.of(Guideline.S7, Guideline.S8)),
			new Row("CLEARLY_WORSE",            j -> j.checkIn().change().isClearlyWorse(), StepCode.REFER, Citation.of(Guideline.S7, Guideline.S8)),
			new Row("PAIN_DURING_SESSION",      j -> j.checkIn().painDuringSession(),    StepCode.REFER,    Citation.of(Guideline.S7, Guideline.S8)),
			new Row("SORE_OVER_48H",            j -> j.checkIn().soreness() == Soreness.OVER_48H, StepCode.EASE, Citation.of(Guideline.S6)),
			new Row("WORK_HOLDS_PHASE_DONE",    j -> j.workHolds() && j.phaseDone() && j.hasNextPhase(), StepCode.ADVANCE, Citation.of(Guideline.A1, Guideline.A3, Guideline.A6)),
			new Row("WORK_HOLDS",               Judged::workHolds,                       StepCode.LENGTHEN, Citation.of(Guideline.A1, Guideline.A4, Guideline.A6)),
			new Row("NO_CLEAR_CHANGE",          j -> true,                               StepCode.HOLD,     Citation.of(Guideline.A1, Guideline.A3)));
	// @formatter:on

	private FollowUpRules() {
	}

	/**
	 * The next step.
	 * @param answers the questionnaire's answers
	 * @param plan the plan the rules engine gave for them
	 * @param checkIns the check-ins so far, oldest first, at least one
	 * @return the step of the last check-in and the plan from now on
	 */
	public static NextStep next(Answers answers, Recommendation plan, List<CheckIn> checkIns) {
		if (checkIns.isEmpty()) {
			throw new IllegalArgumentException("At least one check-in is needed");
		}
		CheckIn last = checkIns.get(checkIns.size() - 1);
		if (!plan.massageAdvisable() || plan.phases().isEmpty()) {
			return stopped(plan, StepCode.STOP, "PLAN_NOT_ADVISABLE", Message.of("followup.reason.STOP_PLAN"),
					Citation.of(Guideline.S10), null);
		}
		List<Phase> phases = plan.phases();
		int startPain = answers.painLevel();
		int phaseIndex = 0;
		int sessionsInPhase = 0;
		IntRange interval = phases.get(0).interval();
		Row row = ROWS.get(ROWS.size() - 1);
		// a REFER or STOP holds for every later check-in (a STOP outranks a REFER): a
		// client sent to a professional is not given a plan back by the next good news;
		// once seen, they answer the questionnaire again, with the go-ahead ticked
		@Nullable Row held = null;
		CheckIn heldAt = last;
		for (CheckIn checkIn : checkIns) {
			sessionsInPhase += checkIn.sessionsSinceLast();
			// a phase whose sessions are all used up gives way to the next one
			while (phaseIndex + 1 < phases.size() && exhausted(phases.get(phaseIndex), sessionsInPhase)) {
				sessionsInPhase -= phases.get(phaseIndex).sessions().max();
				phaseIndex++;
				interval = atLeast(phases.get(phaseIndex).interval(), interval);
			}
			Phase phase = phases.get(phaseIndex);
			boolean phaseDone = phase.sessions() == null || sessionsInPhase >= phase.sessions().min();
			Judged judged = new Judged(checkIn, startPain, interval, phaseDone, phaseIndex + 1 < phases.size());
			row = first(judged);
			if (held != null && (!row.step().replacesPlan() || outranks(held, row))) {
				row = held;
			}
			else if (row.step().replacesPlan()) {
				held = row;
				heldAt = checkIn;
			}
			switch (row.step()) {
				case ADVANCE -> {
					phaseIndex++;
					sessionsInPhase = 0;
					interval = atLeast(phases.get(phaseIndex).interval(), interval);
				}
				case LENGTHEN -> interval = lengthened(interval, checkIn.reliefDays(), longest(phases));
				case EASE -> interval = eased(interval);
				default -> {
					// HOLD, REFER and STOP keep the interval as it is
				}
			}
		}
		if (row.step().replacesPlan()) {
			return stopped(plan, row.step(), row.code(), reason(row.step(), heldAt, startPain, interval, null),
					row.citation(), heldAt);
		}
		PhaseKind current = phases.get(phaseIndex).kind();
		Recommendation adapted = adapt(plan, phaseIndex, sessionsInPhase, interval);
		return new NextStep(row.step(), row.code(), reason(row.step(), last, startPain, interval, current),
				row.citation(), current, adapted);
	}

	/** Whether a held step stays over a new one that also replaces the plan. */
	private static boolean outranks(Row held, Row next) {
		return held.step() == StepCode.STOP || next.step() != StepCode.STOP;
	}

	private static Row first(Judged judged) {
		for (Row row : ROWS) {
			if (row.when().test(judged)) {
				return row;
			}
		}
		throw new IllegalStateException("The last row always applies");
	}

	private static boolean exhausted(Phase phase, int sessions) {
		return phase.sessions() != null && sessions >= phase.sessions().max();
	}

	/** The range, moved up so that it is nowhere shorter than {@code floor}. */
	static IntRange atLeast(IntRange range, IntRange floor) {
		return new IntRange(Math.max(range.min(), floor.min()), Math.max(range.max(), floor.max()));
	}

	private static int longest(List<Phase> phases) {
		int longest = LONGEST_INTERVAL;
		for (Phase phase : phases) {
			longest = Math.max(longest, phase.interval().max());
		}
		return longest;
	}

	/**
	 * The interval after a LENGTHEN: from the relief's days, same width, at most twice
	 * the current longer end and at most the longest of the plan (42 days or the plan's
	 * own longest); an interval already there grows by one day towards the relief. Always
	 * longer than {@code interval} at its shorter end and never shorter at its longer
	 * end, because the relief outlasts it and no relief is longer than
	 * {@link CheckIn#MAX_RELIEF_DAYS}.
	 */
	static IntRange lengthened(IntRange interval, @Nullable Integer reliefDays, int longest) {
		int relief = (reliefDays != null) ? reliefDays : interval.max() + 1;
		// at most twice the longer end at a time: the articles find the gap step by step
		// (A1, A4); one report of 30 days' relief after the first sessions does not move
		// a
		// series from every few days to once a month (the safer reading, docs/rules.md)
		int step = Math.max(2 * interval.max(), interval.max() + 1);
		int cap = Math.min(Math.min(Math.max(longest, interval.max() + 1), CheckIn.MAX_RELIEF_DAYS), step);
		int min = Math.max(Math.min(relief, cap), interval.min());
		int width = interval.max() - interval.min();
		int max = Math.max(Math.min(min + width, Math.max(cap, min)), interval.max());
		return new IntRange(min, Math.max(min, max));
	}

	private static IntRange eased(IntRange interval) {
		return new IntRange(Math.min(interval.min() + EASE_DAYS, CheckIn.MAX_RELIEF_DAYS),
				Math.min(interval.max() + EASE_DAYS, CheckIn.MAX_RELIEF_DAYS));
	}

	private static Recommendation adapt(Recommendation plan, int phaseIndex, int sessionsInPhase, IntRange interval) {
		List<Phase> phases = new ArrayList<>();
		Phase current = plan.phases().get(phaseIndex);
		IntRange left = null;
		if (current.sessions() != null) {
			left = new IntRange(Math.max(1, current.sessions().min() - sessionsInPhase),
					Math.max(1, current.sessions().max() - sessionsInPhase));
		}
		phases.add(new Phase(current.kind(), interval, left, current.citation()));
		for (Phase later : plan.phases().subList(phaseIndex + 1, plan.phases().size())) {
			phases
				.add(new Phase(later.kind(), atLeast(later.interval(), interval), later.sessions(), later.citation()));
		}
		return new Recommendation(plan.rulesVersion(), true, plan.clearanceRequired(), plan.recommendedMassageType(),
				interval, plan.minimumGap(), plan.sessionLength(), phases, plan.warnings(), plan.setting(),
				plan.advice(), null);
	}

	/**
	 * The answer of a REFER or STOP step: nothing to book from, as a plan that is not
	 * advisable. Its warnings keep only the plan's STOP and CONSULT ones, after one
	 * RED_FLAG warning per red flag of the last check-in; its advice says what to do
	 * instead.
	 */
	private static NextStep stopped(Recommendation plan, StepCode step, String code, Message reason, Citation citation,
			@Nullable CheckIn last) {
		List<Warning> warnings = new ArrayList<>();
		List<Advice> advice = plan.advice();
		if (last != null) {
			// in declaration order, whatever the order the client gave them in
			for (RedFlag flag : RedFlag.values()) {
				if (!last.redFlags().contains(flag)) {
					continue;
				}
				warnings.add(new Warning(WarningCode.RED_FLAG, Severity.STOP, null,
						Message.of("warning.RED_FLAG." + flag), Citation.of(Guideline.S10, Guideline.S8), flag));
			}
			advice = (step == StepCode.STOP)
					? List.of(urgent(last) ? AdviceRules.SEE_DOCTOR_URGENTLY : AdviceRules.SEE_DOCTOR_SOON)
					: AdviceRules.NOT_ADVISABLE;
		}
		for (Warning warning : plan.warnings()) {
			if (warning.severity() == Severity.CONSULT && !warning.message().key().endsWith(SafetyRules.ALSO)) {
				// the client has had sessions and is sent to a professional now: a
				// CONSULT
				// gives its reason only, not "a go-ahead before your first session"
				Message message = warning.message();
				warning = new Warning(warning.code(), warning.severity(), warning.condition(),
						new Message(message.key() + SafetyRules.ALSO, message.args()), warning.citation(),
						warning.redFlag());
			}
			if (warning.severity() == Severity.STOP || warning.severity() == Severity.CONSULT) {
				warnings.add(warning);
			}
		}
		Recommendation none = new Recommendation(plan.rulesVersion(), false, plan.clearanceRequired(),
				plan.recommendedMassageType(), null, plan.minimumGap(), plan.sessionLength(), List.of(), warnings,
				plan.setting(), advice, null);
		return new NextStep(step, code, reason, citation, null, none);
	}

	private static Message reason(StepCode step, CheckIn last, int startPain, IntRange interval,
			@Nullable PhaseKind current) {
		String key = "followup.reason." + step.name();
		return switch (step) {
			case STOP -> Message.of(key + (urgent(last) ? ".urgent" : ""));
			case REFER -> Message.of(key, startPain, last.painLevel());
			case EASE -> Message.of(key, interval.min(), interval.max());
			case ADVANCE ->
				Message.of(key, reliefOr0(last), Message.of("phase." + current), interval.min(), interval.max());
			case LENGTHEN -> Message.of(key, reliefOr0(last), interval.min(), interval.max());
			case HOLD -> Message.of(key, interval.min(), interval.max());
		};
	}

	private static boolean urgent(CheckIn checkIn) {
		return checkIn.redFlags().stream().anyMatch(RedFlag::isUrgent);
	}

	private static int reliefOr0(CheckIn checkIn) {
		return (checkIn.reliefDays() != null) ? checkIn.reliefDays() : 0;
	}

}
