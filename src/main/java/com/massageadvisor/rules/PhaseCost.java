package com.massageadvisor.rules;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a phase costs a month, and how it compares with the budget.
 *
 * @param phase the phase
 * @param monthlyMin the monthly cost at the longest interval of the phase; for a series,
 * costed over its own length, the cost in a month of its fewest sessions at its longest
 * interval
 * @param monthlyMax the monthly cost at the shortest interval of the phase; for a series,
 * of its most sessions at its shortest interval
 * @param total what the whole phase costs, from its fewest to its most sessions, or null
 * when it is open-ended
 * @param fit how it compares with the budget, or null when there is no budget
 * @param affordableInterval the closest affordable interval in days, or null when there
 * is no budget or it affords no session at all; for a series always within the series'
 * own interval (never spread out for the budget), and null when even its smallest sound
 * form is over budget
 */
public record PhaseCost(PhaseKind phase, BigDecimal monthlyMin, BigDecimal monthlyMax, @Nullable Money total,
		@Nullable BudgetFit fit, @Nullable IntRange affordableInterval) {

	/**
	 * A range of amounts of money.
	 *
	 * @param min the lower amount
	 * @param max the higher amount
	 */
	public record Money(BigDecimal min, BigDecimal max) {
	}
}
