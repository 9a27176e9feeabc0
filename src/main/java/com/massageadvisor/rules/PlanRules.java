package com.massageadvisor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import static com.massageadvisor.rules.Guideline.A3;
import static com.massageadvisor.rules.Guideline.F1;
import static com.massageadvisor.rules.Guideline.F10;
import static com.massageadvisor.rules.Guideline.F2;
import static com.massageadvisor.rules.Guideline.F3;
import static com.massageadvisor.rules.Guideline.F4;
import static com.massageadvisor.rules.Guideline.F5;
import static com.massageadvisor.rules.Guideline.F6;
import static com.massageadvisor.rules.Guideline.F7;
import static com.massageadvisor.rules.Guideline.F8;
import static com.massageadvisor.rules.Guideline.F9;
import static com.massageadvisor.rules.Guideline.L1;
import static com.massageadvisor.rules.Guideline.L2;
import static com.massageadvisor.rules.Guideline.L3;
import static com.massageadvisor.rules.Guideline.L4;
import static com.massageadvisor.rules.Guideline.L5;
import static com.massageadvisor.rules.Guideline.L6;
import static com.massageadvisor.rules.Guideline.S2;
import static com.massageadvisor.rules.Guideline.S6;
import static com.massageadvisor.rules.Guideline.SIGNS;
import static com.massageadvisor.rules.Guideline.T1;

/**
 * How often: the phases of the plan. The goal gives the phases; the lifestyle shapes the
 * open-ended phase; then signs lean each phase to its frequent end, soreness to its
 * longer end, and the minimum gap and recovery days set a floor that nothing goes below.
 */
final class PlanRules {

	/**
	 * A phase as a goal row describes it, before the client's particulars shape it.
	 *
	 * @param kind which stage
	 * @param interval days between sessions
	 * @param sessions how many sessions, or null when open-ended
	 * @param rows the rows behind it
	 * @param windowDays for a series that a row bounds in time ("2 or 3 sessions in the
	 * first two weeks"), the days its sessions must fit in, whatever spacing the client's
	 * particulars ask for; otherwise 0
	 */
	record Template(PhaseKind kind, IntRange interval, @Nullable IntRange sessions, Set<Guideline> rows,
			int windowDays) {

		Template {
			rows = Collections.unmodifiableSet(EnumSet.copyOf(rows));
		}

		boolean isOpenEnded() {
			return this.sessions == null;
		}

	}

	/**
	 * What a lifestyle row says of the long-term rhythm. Made by one of the factories,
	 * which name what the row does.
	 *
	 * @param interval days between sessions, or null when the row gives no number
	 * @param leansFrequent whether the row asks for sessions more often than sedentary
	 * people get, which leans the open-ended phase to its frequent end
	 * @param everyPhase whether the interval bounds every phase, not only the open-ended
	 * one
	 * @param rows the rows behind it, empty for a lifestyle no row speaks of
	 */
	record LifestyleRow(@Nullable IntRange interval, boolean leansFrequent, boolean everyPhase, Set<Guideline> rows) {

		/** The interval bounds the open-ended phase: the long-term rhythm. */
		static LifestyleRow longTerm(IntRange interval, Guideline... rows) {
			return new LifestyleRow(interval, false, false, Set.of(rows));
		}

		/** The interval bounds every phase of the plan. */
		static LifestyleRow everyPhase(IntRange interval, Guideline... rows) {
			return new LifestyleRow(interval, false, true, Set.of(rows));
		}

		/**
		 * No number, but more often than sedentary people: the open-ended phase leans.
		 */
		static LifestyleRow moreOften(Guideline... rows) {
			return new LifestyleRow(null, true, false, Set.of(rows));
		}

		/** A lifestyle no row speaks of. */
		static LifestyleRow none() {
			return new LifestyleRow(null, false, false, Set.of());
		}

		boolean bounds(Template template) {
			return this.interval != null && (template.isOpenEnded() || this.everyPhase);
		}

	}

	/** Monthly, counted in whole weeks so that it can be booked on the same weekday. */
	static final int MONTHLY = 28;

	// @formatter:off
	static final Map<Goal, List<Template>> BY_GOAL = new EnumMap<>(Map.of(
			// F1 monthly against F2 every 1 to 2 weeks: the span of both
			Goal.RELAXATION, List.of(
					open(PhaseKind.REGULAR, new IntRange(7, MONTHLY), F1, F2)),
			// F3 weekly for a month against F4 (and F10) every 3 to 7 days: the span of both; then the taper of F3, F5
			Goal.CHRONIC_PAIN, List.of(
					series(PhaseKind.INITIAL_SERIES, new IntRange(3, 7), new IntRange(4, 8), F3, F4, F5, F10),
					series(PhaseKind.TRANSITION, IntRange.of(14), new IntRange(2, 4), F3, F5, A3),
					open(PhaseKind.MAINTENANCE, IntRange.of(MONTHLY), F3, F5, F9)),
			// a serious injury, once a doctor agrees (S4): F6 two or three sessions in two weeks against F7 a few
			// times a week, the span of both
			Goal.ACUTE_INJURY, List.of(
					series(PhaseKind.INITIAL_SERIES, new IntRange(2, 7), new IntRange(2, 6), F6, F7),
					series(PhaseKind.TRANSITION, IntRange.of(7), new IntRange(2, 4), F6),
					open(PhaseKind.MAINTENANCE, new IntRange(14, MONTHLY), F8, F9)),
			Goal.MAINTENANCE, List.of(
					open(PhaseKind.REGULAR, new IntRange(14, MONTHLY), F8, F9))));

	static final Map<Lifestyle, LifestyleRow> BY_LIFESTYLE = new EnumMap<>(Map.of(
			// L1 as the maintenance rhythm; L2 (the series when sitting already hurts) is DESK_SERIES
			Lifestyle.DESK_WORKER, LifestyleRow.longTerm(new IntRange(14, MONTHLY), L1),
			Lifestyle.ATHLETE, LifestyleRow.longTerm(new IntRange(7, 14), L3, L4),
			Lifestyle.PHYSICAL_JOB, LifestyleRow.moreOften(L4),
			Lifestyle.PARENT_CAREGIVER, LifestyleRow.longTerm(IntRange.of(MONTHLY), L5),
			// seniors: not more often than weekly in any phase
			Lifestyle.SENIOR, LifestyleRow.everyPhase(new IntRange(7, 14), L6),
			Lifestyle.OTHER, LifestyleRow.none()));

	/**
	 * F6: a minor injury or intense soreness (and an injury whose severity was not given):
	 * 2 or 3 sessions in the first two weeks, then weekly while it heals.
	 */
	static final List<Template> MINOR_INJURY = List.of(
			new Template(PhaseKind.INITIAL_SERIES, new IntRange(4, 7), new IntRange(2, 3), Set.of(F6), 14),
			series(PhaseKind.TRANSITION, IntRange.of(7), new IntRange(2, 4), F6),
			open(PhaseKind.MAINTENANCE, new IntRange(14, MONTHLY), F8, F9));

	/** L2: a desk worker in pain starts with 3 to 8 sessions less than two weeks apart. */
	static final Template DESK_SERIES = series(PhaseKind.INITIAL_SERIES, new IntRange(7, 13), new IntRange(3, 8), L2);
	// @formatter:on

	/**
	 * Days of recovery after soreness: up to a week after intense work (T1), otherwise 3
	 * (S6).
	 */
	static final int SORE_RECOVERY_DAYS_INTENSE = 7;

	static final int SORE_RECOVERY_DAYS_GENTLE = 3;

	private PlanRules() {
	}

	private static Template series(PhaseKind kind, IntRange interval, IntRange sessions, Guideline... rows) {
		return new Template(kind, interval, sessions, Set.of(rows), 0);
	}

	private static Template open(PhaseKind kind, IntRange interval, Guideline... rows) {
		return new Template(kind, interval, null, Set.of(rows), 0);
	}

	/**
	 * Pain from which a client who asks for maintenance gets a series first: maintenance
	 * comes once the pain is little or none (F9).
	 */
	static final int MAINTENANCE_PAIN_LEVEL = 4;

	/**
	 * Days between sessions that nothing goes below while a condition waits for a
	 * doctor's go-ahead: no series denser than weekly, to avoid overdoing it (S2).
	 */
	static final int AWAITING_CLEARANCE_DAYS = 7;

	/**
	 * Whether the client asked for maintenance but the pain needs a series first (F9).
	 * @param answers the answers
	 * @return true for the maintenance goal with pain of 4 or more or long-standing pain
	 */
	static boolean maintenanceTooSoon(Answers answers) {
		// a desk worker whose back hurts from sitting already starts with the series of
		// L2
		return answers.goal() == Goal.MAINTENANCE && !deskSeries(answers)
				&& (answers.painLevel() >= MAINTENANCE_PAIN_LEVEL || answers.hasLongStandingPain());
	}

	/** The phases the goal row gives, before the client's particulars shape them. */
	static List<Template> templates(Answers answers) {
		if (maintenanceTooSoon(answers)) {
			return BY_GOAL.get(Goal.CHRONIC_PAIN);
		}
		if (answers.goal() == Goal.ACUTE_INJURY && answers.injurySeverity() != InjurySeverity.SERIOUS) {
			return MINOR_INJURY;
		}
		return BY_GOAL.get(answers.goal());
	}

	static boolean deskSeries(Answers answers) {
		return answers.lifestyle() == Lifestyle.DESK_WORKER && answers.hasBackPain()
				&& answers.goal() != Goal.ACUTE_INJURY;
	}

	/**
	 * A phase while the rules shape it: the template's kind, interval, sessions and rows,
	 * as each step changes them.
	 */
	private static final class Draft {

		PhaseKind kind;

		IntRange interval;

		@Nullable IntRange sessions;

		final Set<Guideline> rows;

		final int windowDays;

		Draft(Template template) {
			this.windowDays = template.windowDays();
			this.kind = template.kind();
			this.interval = template.interval();
			this.sessions = template.sessions();
			this.rows = EnumSet.copyOf(template.rows());
		}

	}

	static List<Phase> phases(Facts facts, MinimumGap gap) {
		Answers answers = facts.answers();
		List<Template> templates = templates(answers);
		LifestyleRow lifestyle = BY_LIFESTYLE.get(answers.lifestyle());
		boolean deskSeries = deskSeries(answers);
		List<Phase> phases = new ArrayList<>(templates.size() + 1);
		int previousMax = 0;
		if (deskSeries && templates.get(0).kind() != PhaseKind.INITIAL_SERIES) {
			phases.add(shape(new Draft(DESK_SERIES), Set.of(), facts, gap, 0));
			previousMax = DESK_SERIES.interval().max();
		}
		for (Template template : templates) {
			Draft draft = new Draft(template);
			if (deskSeries && draft.kind == PhaseKind.INITIAL_SERIES) {
				int max = DESK_SERIES.interval().max();
				if (draft.interval.max() > max) {
					draft.interval = new IntRange(Math.min(draft.interval.min(), max), max);
				}
				draft.sessions = template.sessions().reconcile(DESK_SERIES.sessions());
				draft.rows.addAll(DESK_SERIES.rows());
			}
			if (lifestyle.bounds(template)) {
				if (template.isOpenEnded() && deskSeries && draft.kind == PhaseKind.REGULAR) {
					draft.kind = PhaseKind.MAINTENANCE;
				}
				draft.interval = draft.interval.reconcile(lifestyle.interval());
				draft.rows.addAll(lifestyle.rows());
			}
			// a taper: no phase is more frequent than the one before it (F3, F9); once
			// the
			// work holds longer, sessions are spaced further apart, never closer (A3)
			if (draft.interval.min() < previousMax) {
				draft.interval = new IntRange(previousMax, Math.max(previousMax, draft.interval.max()));
				draft.rows.add(A3);
			}
			Set<Guideline> lean = (draft.sessions == null && lifestyle.leansFrequent()) ? lifestyle.rows() : Set.of();
			previousMax = draft.interval.max();
			// a row that bounds every phase (L6: not more often than weekly) is a floor
			// that signs cannot lean below
			IntRange bound = lifestyle.interval();
			int floor = (bound != null && lifestyle.bounds(template) && lifestyle.everyPhase()) ? bound.min() : 0;
			phases.add(shape(draft, lean, facts, gap, floor));
		}
		return phases;
	}

	/**
	 * Applies the client's particulars to a phase. Each modifier is computed from the
	 * phase's own range, so the result does not depend on the order they are applied in.
	 * A phase of a single value (a parent's 28 days, a senior's weekly series) is changed
	 * as well: signs open it towards more frequent sessions, soreness adds a step of
	 * extra time, as the warning about soreness promises.
	 * @param draft the phase as the goal and lifestyle rows made it
	 * @param lifestyleLean the rows of the lifestyle row that leans this phase to its
	 * frequent end, or none
	 * @param floor days that signs do not lean below (a row that bounds every phase), or
	 * 0
	 */
	private static Phase shape(Draft draft, Collection<Guideline> lifestyleLean, Facts facts, MinimumGap gap,
			int floor) {
		IntRange base = draft.interval;
		Set<Guideline> rows = draft.rows;
		int min = base.min();
		int max = base.max();
		boolean signs = !facts.answers().signs().isEmpty();
		if (signs || !lifestyleLean.isEmpty()) {
			boolean changed;
			if (base.isSingle()) {
				int frequentEnd = Math.max(Math.max(floor, 1), min - frequentStep(min));
				changed = frequentEnd < min;
				min = Math.min(min, frequentEnd);
			}
			else {
				int frequentEnd = lowerMiddle(base);
				changed = frequentEnd < max;
				max = Math.min(max, frequentEnd);
			}
			if (changed) {
				if (signs) {
					rows.add(SIGNS);
				}
				rows.addAll(lifestyleLean);
			}
		}
		if (facts.sore()) {
			int longerEnd = base.isSingle() ? base.max() + soreStep(base.max()) : upperMiddle(base);
			if (longerEnd > min) {
				min = longerEnd;
				rows.add(S6);
			}
			int recovery = facts.intense() ? SORE_RECOVERY_DAYS_INTENSE : SORE_RECOVERY_DAYS_GENTLE;
			if (min < recovery) {
				min = recovery;
				rows.add(S6);
				if (facts.intense()) {
					rows.add(T1);
				}
			}
		}
		if (min < gap.days()) {
			min = gap.days();
			rows.addAll(gap.citation().rows());
		}
		if (facts.answers().awaitsClearance() && min < AWAITING_CLEARANCE_DAYS) {
			min = AWAITING_CLEARANCE_DAYS;
			rows.add(S2);
		}
		IntRange interval = new IntRange(min, Math.max(min, max));
		return new Phase(draft.kind, interval, withinWindow(draft, interval), Citation.of(rows));
	}

	/**
	 * How much more often signs allow a phase of a single value: a week when it is two
	 * weeks or more, otherwise a quarter of it (rounded up).
	 */
	static int frequentStep(int days) {
		return (days % 7 == 0 && days >= 14) ? 7 : (days + 3) / 4;
	}

	/**
	 * The extra time soreness adds to a phase of a single value: a week when it is in
	 * whole weeks, otherwise half of it (rounded up).
	 */
	static int soreStep(int days) {
		return (days % 7 == 0) ? 7 : (days + 1) / 2;
	}

	/**
	 * The sessions of a series bounded in time: as many as still fit in its window at the
	 * longest interval, at least two.
	 */
	private static @Nullable IntRange withinWindow(Draft draft, IntRange interval) {
		IntRange sessions = draft.sessions;
		if (sessions == null || draft.windowDays == 0) {
			return sessions;
		}
		int fit = Math.max(2, 1 + draft.windowDays / interval.max());
		return (fit >= sessions.max()) ? sessions : new IntRange(Math.min(sessions.min(), fit), fit);
	}

	/**
	 * The middle of a range, rounded towards its start; in whole weeks when the range is.
	 */
	static int lowerMiddle(IntRange range) {
		if (inWeeks(range)) {
			return 7 * ((range.min() / 7 + range.max() / 7) / 2);
		}
		return (range.min() + range.max()) / 2;
	}

	/**
	 * The middle of a range, rounded towards its end; in whole weeks when the range is.
	 */
	static int upperMiddle(IntRange range) {
		if (inWeeks(range)) {
			return 7 * ((range.min() / 7 + range.max() / 7 + 1) / 2);
		}
		return (range.min() + range.max() + 1) / 2;
	}

	private static boolean inWeeks(IntRange range) {
		return range.min() % 7 == 0 && range.max() % 7 == 0;
	}

}
