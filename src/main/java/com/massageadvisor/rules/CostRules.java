package com.massageadvisor.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import static com.massageadvisor.rules.Guideline.A5;
import static com.massageadvisor.rules.Guideline.C3;
import static com.massageadvisor.rules.Guideline.C4;
import static com.massageadvisor.rules.Guideline.C5;
import static com.massageadvisor.rules.Guideline.C6;

/**
 * What the plan costs a month at the client's session price, and how it compares with
 * their budget (C3, C4). When a phase costs more than the budget, the closest affordable
 * rhythm is the shortest whole number of days between sessions that the budget pays for.
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

	private static final Advice COST_PLANNING = new Advice(AdviceCode.COST_PLANNING, Message.of("advice.COST_PLANNING"),
			COST);

	private static final Advice BUDGET_NEEDS_PRICE = new Advice(AdviceCode.BUDGET_NEEDS_PRICE,
			Message.of("advice.BUDGET_NEEDS_PRICE"), BUDGET);

	private static final Advice BUDGET_BRIDGE = new Advice(AdviceCode.BUDGET_BRIDGE, Message.of("advice.BUDGET_BRIDGE"),
			BRIDGE);

	/** The name of each phase, by {@link PhaseKind#ordinal()}. */
	private static final Message[] PHASE_NAMES = new Message[PhaseKind.values().length];

	static {
		for (PhaseKind kind : PhaseKind.values()) {
			PHASE_NAMES[kind.ordinal()] = Message.of("phase." + kind);
		}
	}

	private CostRules() {
	}

	/**
	 * The estimate, and the advice that goes with it.
	 * @param answers the answers
	 * @param phases the plan
	 * @param advice where to add what to say about the cost, after the advice already
	 * there (one item, and up to two for each phase and one for the budget)
	 * @return the cost of each phase, or null without a price
	 */
	static @Nullable CostEstimate evaluate(Answers answers, List<Phase> phases, List<Advice> advice) {
		BigDecimal price = answers.sessionPrice();
		BigDecimal budget = answers.monthlyBudget();
		advice.add(COST_PLANNING);
		if (price == null) {
			if (budget != null) {
				advice.add(BUDGET_NEEDS_PRICE);
			}
			return null;
		}
		// the price of a month of daily sessions, which every monthly cost divides
		BigDecimal dailyMonth = price.multiply(DAYS_PER_MONTH);
		long dailyMonthMicros = micros(dailyMonth);
		@Nullable Integer affordable = (budget != null) ? affordableInterval(dailyMonth, dailyMonthMicros, budget) : null;
		List<PhaseCost> costs = new ArrayList<>(phases.size());
		boolean overBudget = false;
		boolean allFit = true;
		for (Phase phase : phases) {
			PhaseCost cost = cost(phase, price, dailyMonth, dailyMonthMicros, budget, affordable);
			costs.add(cost);
			Message phaseName = phaseName(phase.kind());
			advice.add(new Advice(AdviceCode.MONTHLY_COST,
					cost.monthlyMin().compareTo(cost.monthlyMax()) == 0
							? Message.of("advice.MONTHLY_COST.single", phaseName, cost.monthlyMin())
							: Message.of("advice.MONTHLY_COST", phaseName, cost.monthlyMin(), cost.monthlyMax()),
					COST));
			if (cost.fit() != null && cost.fit() != BudgetFit.FITS) {
				allFit = false;
				overBudget |= cost.fit() == BudgetFit.OVER;
				advice.add(new Advice(AdviceCode.OVER_BUDGET, overBudget(cost, phase, phaseName), BUDGET));
			}
		}
		if (budget != null) {
			advice.add(allFit ? new Advice(AdviceCode.WITHIN_BUDGET, Message.of("advice.WITHIN_BUDGET", budget), BUDGET)
					: BUDGET_BRIDGE);
		}
		return new CostEstimate(price, budget, costs, overBudget, COST);
	}

	private static Message phaseName(PhaseKind kind) {
		return PHASE_NAMES[kind.ordinal()];
	}

	private static Message overBudget(PhaseCost cost, Phase phase, Message phaseName) {
		IntRange affordable = cost.affordableInterval();
		if (affordable == null) {
			return Message.of("advice.OVER_BUDGET.none", phaseName, cost.monthlyMin());
		}
		if (cost.fit() == BudgetFit.FITS_AT_LONGER_INTERVALS) {
			return Message.of("advice.OVER_BUDGET.partial", phaseName, affordable.min(), affordable.max());
		}
		return Message.of("advice.OVER_BUDGET.over", phaseName, cost.monthlyMin(), affordable.min(),
				phase.interval().max());
	}

	/**
	 * The fewest days between sessions that the budget pays for.
	 * @param dailyMonth the session price times {@link #DAYS_PER_MONTH}
	 * @param dailyMonthMicros the same in millionths (see {@link #micros}), or -1 to
	 * divide the {@link BigDecimal}
	 * @param budget the monthly budget
	 * @return the days, or null when the budget pays for no session in a year
	 */
	static @Nullable Integer affordableInterval(BigDecimal dailyMonth, long dailyMonthMicros, BigDecimal budget) {
		if (dailyMonth.signum() == 0) {
			return 1;
		}
		if (budget.signum() == 0) {
			return null;
		}
		long budgetCents = unscaled(budget, 2);
		if (dailyMonthMicros >= 0 && budgetCents >= 0 && budgetCents <= Long.MAX_VALUE / 10_000) {
			// in whole numbers: the millionths divided by the budget in millionths,
			// rounded up
			long budgetMicros = 10_000 * budgetCents;
			long days = dailyMonthMicros / budgetMicros + ((dailyMonthMicros % budgetMicros != 0) ? 1 : 0);
			return (days > MAX_AFFORDABLE_INTERVAL) ? null : (int) days;
		}
		BigDecimal days = dailyMonth.divide(budget, 0, RoundingMode.CEILING);
		return (days.compareTo(MAX_AFFORDABLE_DAYS) > 0) ? null : days.intValueExact();
	}

	private static PhaseCost cost(Phase phase, BigDecimal price, BigDecimal dailyMonth, long dailyMonthMicros,
			@Nullable BigDecimal budget, @Nullable Integer affordable) {
		IntRange interval = phase.interval();
		BigDecimal monthlyMin = monthly(dailyMonth, dailyMonthMicros, interval.max());
		BigDecimal monthlyMax = monthly(dailyMonth, dailyMonthMicros, interval.min());
		IntRange sessions = phase.sessions();
		PhaseCost.Money total = (sessions != null)
				? new PhaseCost.Money(price.multiply(BigDecimal.valueOf(sessions.min())),
						price.multiply(BigDecimal.valueOf(sessions.max())))
				: null;
		if (budget == null) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, null, null);
		}
		if (affordable == null) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, BudgetFit.OVER, null);
		}
		if (interval.min() >= affordable) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, BudgetFit.FITS, interval);
		}
		if (interval.max() >= affordable) {
			return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, BudgetFit.FITS_AT_LONGER_INTERVALS,
					new IntRange(affordable, interval.max()));
		}
		return new PhaseCost(phase.kind(), monthlyMin, monthlyMax, total, BudgetFit.OVER, IntRange.of(affordable));
	}

	/**
	 * The amount in millionths, which is exact for a price to the cent times
	 * {@link #DAYS_PER_MONTH}.
	 * @return the millionths, or -1 when the amount is negative, has other decimals or
	 * does not fit in a long
	 */
	static long micros(BigDecimal amount) {
		return unscaled(amount, 6);
	}

	/**
	 * The amount as a whole number of units of the given scale, such as cents for 2.
	 * @return the units, or -1 when the amount is negative, has another scale or does not
	 * fit in a long
	 */
	private static long unscaled(BigDecimal amount, int scale) {
		if (amount.signum() < 0 || amount.scale() != scale) {
			return -1;
		}
		BigInteger unscaled = amount.unscaledValue();
		return (unscaled.bitLength() < Long.SIZE - 1) ? unscaled.longValue() : -1;
	}

	/**
	 * What sessions at the given interval cost a month, rounded half up to the cent.
	 * Computed in whole millionths when the amount allows it, which gives exactly the
	 * result of {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} several times
	 * faster; an evaluation computes two of these for every phase.
	 * @param dailyMonth the session price times {@link #DAYS_PER_MONTH}
	 * @param dailyMonthMicros the same in millionths, or -1 to divide the
	 * {@link BigDecimal}
	 * @param intervalDays days between sessions
	 */
	static BigDecimal monthly(BigDecimal dailyMonth, long dailyMonthMicros, int intervalDays) {
		if (dailyMonthMicros < 0) {
			return dailyMonth.divide(BigDecimal.valueOf(intervalDays), 2, RoundingMode.HALF_UP);
		}
		long microsPerCent = 10_000L * intervalDays;
		long cents = dailyMonthMicros / microsPerCent;
		if (2 * (dailyMonthMicros % microsPerCent) >= microsPerCent) {
			cents++;
		}
		return BigDecimal.valueOf(cents, 2);
	}

}
