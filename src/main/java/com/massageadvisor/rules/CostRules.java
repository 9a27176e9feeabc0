package com.massageadvisor.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

	/**
	 * {@link #DAYS_PER_MONTH} in ten-thousandths: a price in cents times this is a month
	 * of daily sessions in millionths.
	 */
	private static final long DAYS_PER_MONTH_TEN_THOUSANDTHS = DAYS_PER_MONTH.movePointRight(4).longValueExact();

	/** More digits than this may not fit in a long. */
	private static final int LONG_DIGITS = 18;

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
	static @Nullable CostEstimate evaluate(Answers answers, List<Phase> phases, ResultList<Advice> advice) {
		BigDecimal price = answers.sessionPrice();
		BigDecimal budget = answers.monthlyBudget();
		advice.append(COST_PLANNING);
		if (price == null) {
			if (budget != null) {
				advice.append(BUDGET_NEEDS_PRICE);
			}
			return null;
		}
		// the price of a month of daily sessions, which every monthly cost divides
		long dailyMonthMicros = dailyMonthMicros(price);
		@Nullable Integer affordable = (budget != null) ? affordableInterval(price, dailyMonthMicros, budget) : null;
		ResultList<PhaseCost> costs = new ResultList<>(phases.size());
		boolean overBudget = false;
		boolean allFit = true;
		for (int i = 0; i < phases.size(); i++) {
			Phase phase = phases.get(i);
			PhaseCost cost = cost(phase, price, dailyMonthMicros, budget, affordable);
			costs.append(cost);
			Message phaseName = phaseName(phase.kind());
			advice.append(new Advice(AdviceCode.MONTHLY_COST, (cost.monthlyMin().compareTo(cost.monthlyMax()) == 0)
					? new Message("advice.MONTHLY_COST.single", List.of(phaseName, cost.monthlyMin()))
					: new Message("advice.MONTHLY_COST", List.of(phaseName, cost.monthlyMin(), cost.monthlyMax())),
					COST));
			if (cost.fit() != null && cost.fit() != BudgetFit.FITS) {
				allFit = false;
				overBudget |= cost.fit() == BudgetFit.OVER;
				advice.append(new Advice(AdviceCode.OVER_BUDGET, overBudget(cost, phase, phaseName), BUDGET));
			}
		}
		if (budget != null) {
			advice.append(allFit
					? new Advice(AdviceCode.WITHIN_BUDGET, new Message("advice.WITHIN_BUDGET", List.of(budget)), BUDGET)
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
			return new Message("advice.OVER_BUDGET.none", List.of(phaseName, cost.monthlyMin()));
		}
		if (cost.fit() == BudgetFit.FITS_AT_LONGER_INTERVALS) {
			return new Message("advice.OVER_BUDGET.partial", List.of(phaseName, affordable.min(), affordable.max()));
		}
		return new Message("advice.OVER_BUDGET.over",
				List.of(phaseName, cost.monthlyMin(), affordable.min(), phase.interval().max()));
	}

	/**
	 * The fewest days between sessions that the budget pays for.
	 * @param price the price of a session
	 * @param dailyMonthMicros a month of daily sessions in millionths (see
	 * {@link #dailyMonthMicros}), or -1 to divide {@link BigDecimal}s
	 * @param budget the monthly budget
	 * @return the days, or null when the budget pays for no session in a year
	 */
	static @Nullable Integer affordableInterval(BigDecimal price, long dailyMonthMicros, BigDecimal budget) {
		if (price.signum() == 0) {
			return 1;
		}
		if (budget.signum() == 0) {
			return null;
		}
		long budgetCents = cents(budget);
		if (dailyMonthMicros >= 0 && budgetCents >= 0 && budgetCents <= Long.MAX_VALUE / 10_000) {
			// in whole numbers: the millionths divided by the budget in millionths,
			// rounded up
			long budgetMicros = 10_000 * budgetCents;
			long days = dailyMonthMicros / budgetMicros + ((dailyMonthMicros % budgetMicros != 0) ? 1 : 0);
			return (days > MAX_AFFORDABLE_INTERVAL) ? null : (int) days;
		}
		BigDecimal days = price.multiply(DAYS_PER_MONTH).divide(budget, 0, RoundingMode.CEILING);
		return (days.compareTo(MAX_AFFORDABLE_DAYS) > 0) ? null : days.intValueExact();
	}

	private static PhaseCost cost(Phase phase, BigDecimal price, long dailyMonthMicros, @Nullable BigDecimal budget,
			@Nullable Integer affordable) {
		IntRange interval = phase.interval();
		BigDecimal monthlyMin = monthly(price, dailyMonthMicros, interval.max());
		BigDecimal monthlyMax = interval.isSingle() ? monthlyMin : monthly(price, dailyMonthMicros, interval.min());
		IntRange sessions = phase.sessions();
		PhaseCost.Money total = (sessions != null) ? total(price, sessions) : null;
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

	/** What the fewest and the most sessions of a phase cost. */
	private static PhaseCost.Money total(BigDecimal price, IntRange sessions) {
		BigDecimal min = price.multiply(BigDecimal.valueOf(sessions.min()));
		BigDecimal max = sessions.isSingle() ? min : price.multiply(BigDecimal.valueOf(sessions.max()));
		return new PhaseCost.Money(min, max);
	}

	/**
	 * A month of daily sessions in millionths: the price in cents times
	 * {@link #DAYS_PER_MONTH} in ten-thousandths, which is exact.
	 * @param price the price of a session
	 * @return the millionths, or -1 when the price is negative, is not to the cent or is
	 * too large for a long
	 */
	static long dailyMonthMicros(BigDecimal price) {
		long cents = cents(price);
		return (cents >= 0 && cents <= Long.MAX_VALUE / DAYS_PER_MONTH_TEN_THOUSANDTHS)
				? cents * DAYS_PER_MONTH_TEN_THOUSANDTHS : -1;
	}

	/**
	 * The amount in cents, without the {@link java.math.BigInteger} that
	 * {@link BigDecimal#unscaledValue()} would make.
	 * @return the cents, or -1 when the amount is negative, is not to the cent or has
	 * more than 18 digits
	 */
	private static long cents(BigDecimal amount) {
		if (amount.signum() < 0 || amount.scale() != 2 || amount.precision() > LONG_DIGITS) {
			return -1;
		}
		return amount.movePointRight(2).longValueExact();
	}

	/**
	 * What sessions at the given interval cost a month, rounded half up to the cent.
	 * Computed in whole millionths when the price allows it, which gives exactly the
	 * result of {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} several times
	 * faster; an evaluation computes up to two of these for every phase.
	 * @param price the price of a session
	 * @param dailyMonthMicros a month of daily sessions in millionths (see
	 * {@link #dailyMonthMicros}), or -1 to divide {@link BigDecimal}s
	 * @param intervalDays days between sessions
	 */
	static BigDecimal monthly(BigDecimal price, long dailyMonthMicros, int intervalDays) {
		if (dailyMonthMicros < 0) {
			return price.multiply(DAYS_PER_MONTH).divide(BigDecimal.valueOf(intervalDays), 2, RoundingMode.HALF_UP);
		}
		long microsPerCent = 10_000L * intervalDays;
		long cents = dailyMonthMicros / microsPerCent;
		if (2 * (dailyMonthMicros % microsPerCent) >= microsPerCent) {
			cents++;
		}
		return BigDecimal.valueOf(cents, 2);
	}

}
