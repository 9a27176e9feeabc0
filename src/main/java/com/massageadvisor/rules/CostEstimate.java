package com.massageadvisor.rules;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The cost of the plan at the client's session price (C3, C4). A month counts as 365.25 /
 * 12 days.
 *
 * @param sessionPrice the price of one session
 * @param monthlyBudget the client's monthly budget, if given
 * @param phases the monthly cost of each phase, in plan order
 * @param overBudget whether any phase costs more than the budget even at its longest
 * interval
 * @param citation the rows behind the estimate
 */
public record CostEstimate(BigDecimal sessionPrice, @Nullable BigDecimal monthlyBudget, List<PhaseCost> phases,
		boolean overBudget, Citation citation) {

	public CostEstimate {
		phases = List.copyOf(phases);
	}

}
