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

}
