package com.massageadvisor.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost arithmetic: a month is 365.25 / 12 days, amounts are rounded half up to the
 * cent, and the affordable interval is the fewest whole days the budget pays for.
 */
class CostRulesTests {

	@Test
	void monthlyCostIsTheSessionsOfAnAverageMonthToTheCent() {
		// 30.4375 days / 7 = 4.348... sessions of 80.00
		assertThat(CostRules.monthly(new BigDecimal("80.00"), 7)).isEqualTo(new BigDecimal("347.86"));
		assertThat(CostRules.monthly(new BigDecimal("80.00"), 28)).isEqualTo(new BigDecimal("86.96"));
		assertThat(CostRules.monthly(new BigDecimal("0.00"), 3)).isEqualTo(new BigDecimal("0.00"));
		// half a cent rounds up
		assertThat(CostRules.monthly(new BigDecimal("0.08"), 487)).isEqualTo(new BigDecimal("0.01"));
		// far past what a long holds
		assertThat(CostRules.monthly(new BigDecimal("1e30").setScale(2), 1))
			.isEqualTo(new BigDecimal("30437500000000000000000000000000.00"));
	}

	@Test
	void affordableIntervalIsTheFewestWholeDaysTheBudgetPaysFor() {
		BigDecimal price = new BigDecimal("80.00");
		// 80 x 30.4375 / 250 = 9.74 days: every 10 days
		assertThat(CostRules.affordableInterval(price, new BigDecimal("250.00"))).isEqualTo(10);
		// exactly one session a week
		assertThat(CostRules.affordableInterval(new BigDecimal("70.00"), new BigDecimal("304.38"))).isEqualTo(7);
		assertThat(CostRules.affordableInterval(new BigDecimal("0.00"), new BigDecimal("0.00"))).isEqualTo(1);
		assertThat(CostRules.affordableInterval(price, new BigDecimal("0.00"))).isNull();
		// less than one session a year
		assertThat(CostRules.affordableInterval(price, new BigDecimal("6.00"))).isNull();
		assertThat(CostRules.affordableInterval(price, new BigDecimal("6.68"))).isEqualTo(365);
	}

	@Test
	void aSeriesIsCostedOverItsOwnLength() {
		BigDecimal price = new BigDecimal("50.00");
		// 4 weekly sessions are over within a month: they cost 200, not 217.41
		assertThat(CostRules.seriesMonthly(price, 4, 7)).isEqualTo(new BigDecimal("200.00"));
		assertThat(CostRules.monthly(price, 7)).isEqualTo(new BigDecimal("217.41"));
		// 8 weekly sessions last longer than a month: the monthly rate
		assertThat(CostRules.seriesMonthly(price, 8, 7)).isEqualTo(new BigDecimal("217.41"));
		// 3 sessions 13 days apart (the smallest L2 series) last 39 days
		assertThat(CostRules.seriesMonthly(new BigDecimal("90.00"), 3, 13)).isEqualTo(new BigDecimal("210.72"));
		assertThat(CostRules.seriesMonthly(new BigDecimal("0.00"), 4, 3)).isEqualByComparingTo("0");
	}

	@Test
	void aSeriesOverBudgetIsNeverGivenAnIntervalPastItsOwnRange() {
		Phase series = new Phase(PhaseKind.INITIAL_SERIES, new IntRange(7, 13), new IntRange(3, 8),
				Citation.of(Guideline.L2));
		Answers answers = Answers.builder(Goal.MAINTENANCE, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.pain(5, PainDuration.SUBACUTE)
			.sessionPrice("90.00")
			.monthlyBudget("100.00")
			.build();
		CostRules.Outcome outcome = CostRules.evaluate(answers, java.util.List.of(series), new IntRange(45, 60));
		PhaseCost cost = outcome.estimate().phases().get(0);
		assertThat(cost.fit()).isEqualTo(BudgetFit.OVER);
		assertThat(cost.affordableInterval()).isNull();
		assertThat(outcome.advice()).extracting((advice) -> advice.message().key())
			.contains("advice.OVER_BUDGET.series.over", "advice.BUDGET_BRIDGE.series")
			.doesNotContain("advice.OVER_BUDGET.over");
		// a budget for the smallest sound series, 3 sessions 13 days apart, but not more
		Answers enough = Answers.builder(Goal.MAINTENANCE, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.pain(5, PainDuration.SUBACUTE)
			.sessionPrice("90.00")
			.monthlyBudget("220.00")
			.build();
		PhaseCost partial = CostRules.evaluate(enough, java.util.List.of(series), new IntRange(30, 45))
			.estimate()
			.phases()
			.get(0);
		assertThat(partial.fit()).isEqualTo(BudgetFit.FITS_AT_LONGER_INTERVALS);
		assertThat(partial.affordableInterval()).isEqualTo(new IntRange(13, 13));
	}

}
