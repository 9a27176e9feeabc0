package com.massageadvisor.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
	 * @param citation the rows behind it
	 */
	record Template(PhaseKind kind, IntRange interval, @Nullable IntRange sessions, Citation citation) {
	}

	/**
	 * What a lifestyle row says of the long-term rhythm.
	 *
	 * @param interval days between sessions, or null when the row gives no number
	 * @param leanFrequent whether the row asks for sessions more often than sedentary
	 * people get
	 * @param allPhases whether the interval bounds every phase, not only the open-ended
	 * one
	 * @param citation the rows behind it, or null for a lifestyle no row speaks of
	 */
	record LifestyleRow(@Nullable IntRange interval, boolean leanFrequent, boolean allPhases,
			@Nullable Citation citation) {
	}

	/** Monthly, counted in whole weeks so that it can be booked on the same weekday. */
	static final int MONTHLY = 28;

	static final Map<Goal, List<Template>> BY_GOAL = new EnumMap<>(Map.of(
			// F1 monthly against F2 every 1 to 2 weeks: the span of both
			Goal.RELAXATION, List.of(open(PhaseKind.REGULAR, new IntRange(7, MONTHLY), F1, F2)),
			// F3 weekly for a month against F4 (and F10) every 3 to 7 days: the span of
			// both; then the taper of F3, F5
			Goal.CHRONIC_PAIN,
			List.of(series(PhaseKind.INITIAL_SERIES, new IntRange(3, 7), new IntRange(4, 8), F3, F4, F5, F10),
					series(PhaseKind.TRANSITION, IntRange.of(14), new IntRange(2, 4), F3, F5, A3),
					open(PhaseKind.MAINTENANCE, IntRange.of(MONTHLY), F3, F5, F9)),
			// F6 two or three sessions in two weeks against F7 a few times a week: the
			// span of both
			Goal.ACUTE_INJURY,
			List.of(series(PhaseKind.INITIAL_SERIES, new IntRange(2, 7), new IntRange(2, 6), F6, F7),
					series(PhaseKind.TRANSITION, IntRange.of(7), new IntRange(2, 4), F6),
					open(PhaseKind.MAINTENANCE, new IntRange(14, MONTHLY), F8, F9)),
			Goal.MAINTENANCE, List.of(open(PhaseKind.REGULAR, new IntRange(14, MONTHLY), F8, F9))));

	static final Map<Lifestyle, LifestyleRow> BY_LIFESTYLE = new EnumMap<>(Map.of(
			// L1 as the maintenance rhythm; L2 (the series when sitting already hurts) is
			// DESK_SERIES
			Lifestyle.DESK_WORKER, new LifestyleRow(new IntRange(14, MONTHLY), false, false, Citation.of(L1)),
			Lifestyle.ATHLETE, new LifestyleRow(new IntRange(7, 14), false, false, Citation.of(L3, L4)),
			Lifestyle.PHYSICAL_JOB, new LifestyleRow(null, true, false, Citation.of(L4)), Lifestyle.PARENT_CAREGIVER,
			new LifestyleRow(IntRange.of(MONTHLY), false, false, Citation.of(L5)),
			// seniors: not more often than weekly in any phase
			Lifestyle.SENIOR, new LifestyleRow(new IntRange(7, 14), false, true, Citation.of(L6)), Lifestyle.OTHER,
			new LifestyleRow(null, false, false, null)));

	/**
	 * L2: a desk worker in pain starts with 3 to 8 sessions less than two weeks apart.
	 */
	static final Template DESK_SERIES = series(PhaseKind.INITIAL_SERIES, new IntRange(7, 13), new IntRange(3, 8), L2);

	/**
	 * Days of recovery after soreness: up to a week after intense work (T1), otherwise 3
	 * (S6).
	 */
	static final int SORE_RECOVERY_DAYS_INTENSE = 7;

	static final int SORE_RECOVERY_DAYS_GENTLE = 3;

	// the rows that shape a phase, as bits (Citation#bits): a phase's citation is built
	// once, from the bits of all the rows that shaped it

	private static final long SIGNS_ROWS = Citation.of(SIGNS).bits();

	/**
	 * Once the work holds longer, sessions are spaced further apart, never closer (A3).
	 */
	private static final long TAPER_ROWS = Citation.of(A3).bits();

	private static final long SORE_ROWS = Citation.of(S6).bits();

	private static final long SORE_INTENSE_FLOOR_ROWS = Citation.of(S6, T1).bits();

	private static final long SORE_GENTLE_FLOOR_ROWS = Citation.of(S6).bits();

	private PlanRules() {
	}

	private static Template series(PhaseKind kind, IntRange interval, IntRange sessions, Guideline... rows) {
		return new Template(kind, interval, sessions, Citation.of(rows));
	}

	private static Template open(PhaseKind kind, IntRange interval, Guideline... rows) {
		return new Template(kind, interval, null, Citation.of(rows));
	}

	static boolean deskSeries(Answers answers) {
		return answers.lifestyle() == Lifestyle.DESK_WORKER && answers.hasBackPain()
				&& answers.goal() != Goal.ACUTE_INJURY;
	}

	static List<Phase> phases(Facts facts, MinimumGap gap) {
		Answers answers = facts.answers();
		List<Template> templates = BY_GOAL.get(answers.goal());
		LifestyleRow lifestyle = BY_LIFESTYLE.get(answers.lifestyle());
		boolean deskSeries = deskSeries(answers);
		ResultList<Phase> phases = new ResultList<>(templates.size() + 1);
		int previousMax = 0;
		if (deskSeries && templates.get(0).kind() != PhaseKind.INITIAL_SERIES) {
			phases.append(shape(DESK_SERIES.kind(), DESK_SERIES.interval(), DESK_SERIES.sessions(),
					DESK_SERIES.citation().bits(), 0, facts, gap));
			previousMax = DESK_SERIES.interval().max();
		}
		for (int i = 0; i < templates.size(); i++) {
			// the template's kind, interval, sessions and rows, as each step shapes them
			Template template = templates.get(i);
			PhaseKind kind = template.kind();
			IntRange interval = template.interval();
			IntRange sessions = template.sessions();
			long rows = template.citation().bits();
			if (deskSeries && kind == PhaseKind.INITIAL_SERIES) {
				int max = DESK_SERIES.interval().max();
				if (interval.max() > max) {
					interval = new IntRange(Math.min(interval.min(), max), max);
				}
				sessions = sessions.reconcile(DESK_SERIES.sessions());
				rows |= DESK_SERIES.citation().bits();
			}
			if ((template.sessions() == null || lifestyle.allPhases()) && lifestyle.interval() != null
					&& lifestyle.citation() != null) {
				if (template.sessions() == null && deskSeries && kind == PhaseKind.REGULAR) {
					kind = PhaseKind.MAINTENANCE;
				}
				interval = interval.reconcile(lifestyle.interval());
				rows |= lifestyle.citation().bits();
			}
			// a taper: no phase is more frequent than the one before it (F3, F9)
			if (interval.min() < previousMax) {
				interval = new IntRange(previousMax, Math.max(previousMax, interval.max()));
				rows |= TAPER_ROWS;
			}
			long lean = (sessions == null && lifestyle.leanFrequent() && lifestyle.citation() != null)
					? lifestyle.citation().bits() : 0;
			phases.append(shape(kind, interval, sessions, rows, lean, facts, gap));
			previousMax = interval.max();
		}
		return phases;
	}

	/**
	 * Applies the client's particulars to a phase. Each modifier is computed from the
	 * phase's own range, so the result does not depend on the order they are applied in.
	 * @param rows the rows that shaped the phase so far, as bits
	 * @param lifestyleLean the rows of the lifestyle row that leans this phase to its
	 * frequent end, as bits, or 0
	 */
	private static Phase shape(PhaseKind kind, IntRange base, @Nullable IntRange sessions, long rows,
			long lifestyleLean, Facts facts, MinimumGap gap) {
		int min = base.min();
		int max = base.max();
		boolean signs = !facts.answers().signs().isEmpty();
		if (signs || lifestyleLean != 0) {
			int frequentEnd = lowerMiddle(base);
			if (frequentEnd < max) {
				max = frequentEnd;
				if (signs) {
					rows |= SIGNS_ROWS;
				}
				rows |= lifestyleLean;
			}
		}
		if (facts.sore()) {
			int longerEnd = upperMiddle(base);
			if (longerEnd > min) {
				min = longerEnd;
				rows |= SORE_ROWS;
			}
			int recovery = facts.intense() ? SORE_RECOVERY_DAYS_INTENSE : SORE_RECOVERY_DAYS_GENTLE;
			if (min < recovery) {
				min = recovery;
				rows |= facts.intense() ? SORE_INTENSE_FLOOR_ROWS : SORE_GENTLE_FLOOR_ROWS;
			}
		}
		if (min < gap.days()) {
			min = gap.days();
			rows |= gap.citation().bits();
		}
		IntRange interval = (min == base.min() && max == base.max()) ? base : new IntRange(min, Math.max(min, max));
		return new Phase(kind, interval, sessions, Citation.ofRows(rows));
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
