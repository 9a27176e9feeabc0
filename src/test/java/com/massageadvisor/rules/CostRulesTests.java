package com.massageadvisor.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly cost computed in whole millionths is exactly the {@link BigDecimal}
 * division it replaces, to the scale, for every interval and prices from nothing to past
 * what a long holds.
 */
class CostRulesTests {

	@Test
	void monthlyCostInMillionthsIsTheBigDecimalDivision() {
		Random random = new Random(20261101L);
		for (int i = 0; i < 20_000; i++) {
			long cents = switch (i % 4) {
				case 0 -> i;
				case 1 -> random.nextInt(100_000);
				case 2 -> (long) (random.nextDouble() * (Long.MAX_VALUE / 304375));
				default -> Long.MAX_VALUE - random.nextInt(1000);
			};
			assertMonthlyCosts(BigDecimal.valueOf(cents, 2));
		}
		// the largest price in whole numbers, and the next
		assertMonthlyCosts(BigDecimal.valueOf(Long.MAX_VALUE / 304375, 2));
		assertMonthlyCosts(BigDecimal.valueOf(Long.MAX_VALUE / 304375 + 1, 2));
		assertMonthlyCosts(new BigDecimal("92233720368547758.08"));
		assertMonthlyCosts(new BigDecimal("1e30").setScale(2));
	}

	@Test
	void affordableIntervalInWholeNumbersIsTheBigDecimalDivision() {
		Random random = new Random(20261102L);
		String[] prices = { "0.00", "0.01", "1.00", "80.00", "99.99", "1234567.89", "303026596693.38",
				"303026596693.39", "92233720368547758.07", "1e30" };
		for (String text : prices) {
			BigDecimal price = new BigDecimal(text).setScale(2);
			long micros = CostRules.dailyMonthMicros(price);
			for (int i = 0; i < 5_000; i++) {
				long cents = switch (i % 4) {
					case 0 -> i;
					case 1 -> random.nextInt(1_000_000);
					case 2 -> (long) (random.nextDouble() * Long.MAX_VALUE / 100_000);
					default -> Long.MAX_VALUE - random.nextInt(1000);
				};
				BigDecimal budget = BigDecimal.valueOf(cents, 2);
				assertThat(CostRules.affordableInterval(price, micros, budget)).as("%s for %s", price, budget)
					.isEqualTo(CostRules.affordableInterval(price, -1, budget));
			}
		}
	}

	@Test
	void amountsOutsideTheFastPathAreDividedAsBigDecimals() {
		assertThat(CostRules.dailyMonthMicros(new BigDecimal("1.5"))).isEqualTo(-1);
		assertThat(CostRules.dailyMonthMicros(new BigDecimal("-1.00"))).isEqualTo(-1);
		assertThat(CostRules.dailyMonthMicros(new BigDecimal("1e30").setScale(2))).isEqualTo(-1);
		assertThat(CostRules.dailyMonthMicros(new BigDecimal("92233720368547758.07"))).isEqualTo(-1);
		assertThat(CostRules.dailyMonthMicros(new BigDecimal("80.00"))).isEqualTo(2_435_000_000L);
		BigDecimal odd = new BigDecimal("80.005");
		assertThat(CostRules.monthly(odd, CostRules.dailyMonthMicros(odd), 7))
			.isEqualTo(odd.multiply(CostRules.DAYS_PER_MONTH).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP));
	}

	private static void assertMonthlyCosts(BigDecimal price) {
		BigDecimal dailyMonth = price.multiply(CostRules.DAYS_PER_MONTH);
		long micros = CostRules.dailyMonthMicros(price);
		for (int days = 1; days <= CostRules.MAX_AFFORDABLE_INTERVAL; days += (days < 40) ? 1 : 13) {
			BigDecimal expected = dailyMonth.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
			assertThat(CostRules.monthly(price, micros, days)).as("%s every %d days", price, days).isEqualTo(expected);
		}
	}

}
