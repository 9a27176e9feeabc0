package com.massageadvisor.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import static com.massageadvisor.rules.Guideline.A2;
import static com.massageadvisor.rules.Guideline.A5;
import static com.massageadvisor.rules.Guideline.C3;
import static com.massageadvisor.rules.Guideline.C4;
import static com.massageadvisor.rules.Guideline.C5;
import static com.massageadvisor.rules.Guideline.C6;
import static com.massageadvisor.rules.Guideline.T10;

/**
 * What the plan costs a month at the client's session price, and how it compares with
 * their budget (C3, C4). A series is costed over its own length: a series that is over
 * within a month costs its sessions, not a month's rate (four weekly sessions of 50 cost
 * 200). When an open-ended phase costs more than the budget, the closest affordable
 * rhythm is the shortest whole number of days between sessions that the budget pays for.
 * A series is never spread beyond its own range for the budget (L2: under two weeks
 * apart; A2: the effects build up): what fits is its smallest sound form (its fewest
 * sessions at its longest interval); if even that is over, shorter sessions (T10) or a
 * later start are offered instead.
 */
final class CostRules {

	/** An average month: 365.25 / 12 days. */
	static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

	/** A budget that pays for fewer sessions than one a year pays for none. */
	static final int MAX_AFFORDABLE_INTERVAL = 365;

	private static final BigDecimal MAX_AFFORDABLE_DAYS = BigDecimal.valueOf(MAX_AFFORDABLE_INTERVAL);

	static final Citation COST = Citation.of(C3, C4);

	static final Citation BUDGET = Citation.of(C3);

	static final Citation BRIDGE = Citation.of(A5, C5, C6);

	/** A series kept together: its sessions build on each other (A2). */
	static final Citation SERIES_BUDGET = Citation.of(C3, A2);

	/**
	 * Shorter sessions (T10: 30 to 90 minutes) or a later start, never a stretched
	 * series.
	 */
	static final Citation SERIES_BRIDGE = Citation.of(C3, A2, T10);

	/** The longest session that still counts as a short one (T10's 30 to 45 minutes). */
	static final int SHORT_SESSION_MINUTES = 45;

	private static final Advice COST_PLANNING = new Advice(AdviceCode.COST_PLANNING, Message.of("advice.COST_PLANNING"),
			COST);

	private static final Advice BUDGET_NEEDS_PRICE = new Advice(AdviceCode.BUDGET_NEEDS_PRICE,
			Message.of("advice.BUDGET_NEEDS_PRICE"), BUDGET);

	private static final Advice BUDGET_BRIDGE = new Advice(AdviceCode.BUDGET_BRIDGE, Message.of("advice.BUDGET_BRIDGE"),
			BRIDGE);

	private static final Advice SERIES_BRIDGE_SHORTER = new Advice(AdviceCode.BUDGET_BRIDGE,
			Message.of("advice.BUDGET_BRIDGE.series"), SERIES_BRIDGE);

	private static final Advice SERIES_BRIDGE_LATER = new Advice(AdviceCode.BUDGET_BRIDGE,
			Message.of("advice.BUDGET_BRIDGE.series.later"), Citation.of(C3, A2));

	/** The name of each phase, as cost advice names it. */
	private static final Map<PhaseKind, Message> PHASE_NAMES = new EnumMap<>(PhaseKind.class);

	static {
		for (PhaseKind kind : PhaseKind.values()) {
			PHASE_NAMES.put(kind, Message.of("phase." + kind));
		}
	}

	/**
	 * What the cost rules conclude.
	 *
	 * @param estimate the cost of each phase, or null without a price
	 * @param advice what to say about the cost, in order
	 */
	record Outcome(@Nullable CostEstimate estimate, List<Advice> advice) {
	}

	private CostRules() {
	}

	/**
	 * The estimate, and the advice that goes with it.
	 * @param answers the answers
	 * @param phases the plan
	 * @param minutes the session length, to know whether shorter sessions are an option
	 * @return the estimate and the advice about it
	 */
	static Outcome evaluate(Answers answers, List<Phase> phases, IntRange minutes) {
		BigDecimal price = answers.sessionPrice();
		BigDecimal budget = answers.monthlyBudget();
		List<Advice> advice = new ArrayList<>();
		advice.add(COST_PLANNING);
		if (price == null) {
			if (budget != null) {
				advice.add(BUDGET_NEEDS_PRICE);
			}
			return new Outcome(null, advice);
		}
		@Nullable Integer affordable = (budget != null) ? affordableInterval(price, budget) : null;
		List<PhaseCost> costs = new ArrayList<>(phases.size());
		boolean overBudget = false;
		boolean allFit = true;
		boolean seriesShort = false;
		for (Phase phase : phases) {
			PhaseCost cost = cost(phase, price, budget, affordable);
			costs.add(cost);
			Message phaseName = PHASE_NAMES.get(phase.kind());
			advice.add(new Advice(AdviceCode.MONTHLY_COST, (cost.monthlyMin().compareTo(cost.monthlyMax()) == 0)
					? new Message("advice.MONTHLY_COST.single", List.of(phaseName, cost.monthlyMin()))
					: new Message("advice.MONTHLY_COST", List.of(phaseName, cost.monthlyMin(), cost.monthlyMax())),
					COST));
			if (cost.fit() != null && cost.fit() != BudgetFit.FITS) {
				allFit = false;
				overBudget |= cost.fit() == BudgetFit.OVER;
				seriesShort |= !phase.isOpenEnded();
				advice.add(new Advice(AdviceCode.OVER_BUDGET, overBudget(cost, phase, phaseName),
						phase.isOpenEnded() ? BUDGET : SERIES_BUDGET));
			}
		}
		if (budget != null) {
			if (allFit) {
				advice.add(new Advice(AdviceCode.WITHIN_BUDGET,
						(price.signum() == 0) ? Message.of("advice.WITHIN_BUDGET.free")
								: new Message("advice.WITHIN_BUDGET", List.of(budget)),
						BUDGET));
			}
			else if (seriesShort) {
				// said once, whatever the number of phases over budget
				advice.add((minutes.max() > SHORT_SESSION_MINUTES) ? SERIES_BRIDGE_SHORTER : SERIES_BRIDGE_LATER);
			}
			else {
				advice.add(BUDGET_BRIDGE);
			}
		}
		return new Outcome(new CostEstimate(price, budget, costs, overBudget, COST), advice);
	}

	private static Message overBudget(PhaseCost cost, Phase phase, Message phaseName) {
		IntRange affordable = cost.affordableInterval();
		IntRange sessions = phase.sessions();
		if (sessions != null) {
			if (affordable == null) {
				// even the smallest sound series: its fewest sessions at its longest
				// interval
				return new Message("advice.OVER_BUDGET.series.over",
						List.of(phaseName, sessions.min(), phase.interval().max(), cost.monthlyMin()));
			}
			return new Message(
					affordable.isSingle() ? "advice.OVER_BUDGET.series.partial.single"
							: "advice.OVER_BUDGET.series.partial",
					List.of(phaseName, affordable.min(), affordable.max(), sessions.min()));
		}
		if (affordable == null) {
			return new Message("advice.OVER_BUDGET.none", List.of(phaseName, cost.monthlyMin()));
		}
		if (cost.fit() == BudgetFit.FITS_AT_LONGER_INTERVALS) {
			return new Message(
					affordable.isSingle() ? "advice.OVER_BUDGET.partial.single" : "advice.OVER_BUDGET.partial",
					List.of(phaseName, affordable.min(), affordable.max()));
		}
		return new Message("advice.OVER_BUDGET.over",
				List.of(phaseName, cost.monthlyMin(), affordable.min(), phase.interval().max()));
	}

	/**
	 * The fewest days between sessions that the budget pays for.
	 * @param price the price of a session
	 * @param budget the monthly budget
	 * @return the days, or null when the budget pays for no session in a year
	 */
	static @Nullable Integer affordableInterval(BigDecimal price, BigDecimal budget) {
		if (price.signum() == 0) {
			return 1;
		}
		if (budget.signum() == 0) {
			return null;
		}
		BigDecimal days = price.multiply(DAYS_PER_MONTH).divide(budget, 0, RoundingMode.CEILING);
		return (days.compareTo(MAX_AFFORDABLE_DAYS) > 0) ? null : days.intValueExact();
	}

	private static PhaseCost cost(Phase phase, BigDecimal price, @Nullable BigDecimal budget,
			@Nullable Integer affordable) {
		IntRange interval = phase.interval();
		IntRange sessions = phase.sessions();
		if (sessions != null) {
			return seriesCost(phase, sessions, price, budget);
		}
		BigDecimal monthlyMin = monthly(price, interval.max());
		BigDecimal monthlyMax = monthly(price, interval.min());
		if (budget == null) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, null, null, null);
		}
		if (affordable == null) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, null, BudgetFit.OVER, null);
		}
		if (interval.min() >= affordable) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, null, BudgetFit.FITS, interval);
		}
		if (interval.max() >= affordable) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, null, BudgetFit.FITS_AT_LONGER_INTERVALS,
					new IntRange(affordable, interval.max()));
		}
		return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, null, BudgetFit.OVER, IntRange.of(affordable));
	}

	/**
	 * A series, costed over its own length and never spread beyond its own range: the
	 * dearest is its most sessions at its shortest interval, the cheapest its smallest
	 * sound form, its fewest sessions at its longest interval. What the budget affords is
	 * an interval within the series' own range, at its fewest sessions, or nothing.
	 */
	private static PhaseCost seriesCost(Phase phase, IntRange sessions, BigDecimal price, @Nullable BigDecimal budget) {
		IntRange interval = phase.interval();
		BigDecimal monthlyMin = seriesMonthly(price, sessions.min(), interval.max());
		BigDecimal monthlyMax = seriesMonthly(price, sessions.max(), interval.min());
		PhaseCost.Money total = total(price, sessions);
		if (budget == null) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, null, null);
		}
		if (monthlyMax.compareTo(budget) <= 0) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, BudgetFit.FITS, interval);
		}
		if (monthlyMin.compareTo(budget) > 0) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, BudgetFit.OVER, null);
		}
		int days = interval.max();
		while (days > interval.min() && seriesMonthly(price, sessions.min(), days - 1).compareTo(budget) <= 0) {
			days--;
		}
		return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, BudgetFit.FITS_AT_LONGER_INTERVALS,
				new IntRange(days, interval.max()));
	}

	/**
	 * What a series costs in a month: all its sessions when it is over within a month
	 * (sessions x interval days at most a month), otherwise the monthly rate of its
	 * interval; that is, the smaller of the two.
	 * @param price the price of a session
	 * @param sessions the sessions of the series
	 * @param intervalDays days between sessions
	 */
	static BigDecimal seriesMonthly(BigDecimal price, int sessions, int intervalDays) {
		BigDecimal all = price.multiply(BigDecimal.valueOf(sessions)).setScale(2, RoundingMode.HALF_UP);
		return all.min(monthly(price, intervalDays));
	}

	/** What the fewest and the most sessions of a phase cost. */
	private static PhaseCost.Money total(BigDecimal price, IntRange sessions) {
		return new PhaseCost.Money(price.multiply(BigDecimal.valueOf(sessions.min())),
				price.multiply(BigDecimal.valueOf(sessions.max())));
	}

	/**
	 * What sessions at the given interval cost a month, rounded half up to the cent.
	 * @param price the price of a session
	 * @param intervalDays days between sessions
	 */
	static BigDecimal monthly(BigDecimal price, int intervalDays) {
		return price.multiply(DAYS_PER_MONTH).divide(BigDecimal.valueOf(intervalDays), 2, RoundingMode.HALF_UP);
	}

}
