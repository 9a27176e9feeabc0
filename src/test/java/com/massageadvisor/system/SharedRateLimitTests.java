package com.massageadvisor.system;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL the rate limit's buckets are rows shared by every instance: two filters
 * (as two instances would have) count against one limit, and the rows of full buckets are
 * deleted. On H2 they stay in memory. Each test runs on the database it is about: the H2
 * one in {@code ./mvnw verify}, the PostgreSQL ones in CI's PostgreSQL pass.
 */
@Tag("integration")
@SpringBootTest(properties = "app.rate-limit.enabled=true")
class SharedRateLimitTests {

	@Value("${spring.datasource.url}")
	private String url;

	@Autowired
	private SharedRateLimitConfiguration.SharedBuckets shared;

	@Autowired
	private JdbcTemplate jdbc;

	private boolean onPostgres() {
		return this.url.startsWith("jdbc:postgresql:");
	}

	private static int submit(SubmissionRateLimitFilter instance, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/assessments");
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		instance.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

	private int rowsOf(String address) {
		Integer count = this.jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Integer.class,
				address);
		return (count != null) ? count : 0;
	}

	@Test
	void onH2EachInstanceCountsInItsOwnMemory() {
		assumeFalse(onPostgres(), "an H2 test; this run is on PostgreSQL");
		assertThat(this.shared.store()).isNull();
		assertThat(this.shared.removeExpired()).isZero();
	}

	@Test
	void onPostgresTwoInstancesCountAgainstOneLimit() throws Exception {
		assumeTrue(onPostgres(), "a PostgreSQL test; this run is on H2");
		var limits = new SubmissionRateLimitFilter.Limits(true, 3, Duration.ofHours(1));
		var first = new SubmissionRateLimitFilter(limits, this.shared.store());
		var second = new SubmissionRateLimitFilter(limits, this.shared.store());
		String address = "198.51.100." + (int) (Math.random() * 250);
		this.jdbc.update("delete from rate_limit_bucket where id = ?", address);

		assertThat(submit(first, address)).isEqualTo(HttpStatus.OK.value());
		assertThat(submit(second, address)).isEqualTo(HttpStatus.OK.value());
		assertThat(submit(first, address)).isEqualTo(HttpStatus.OK.value());
		assertThat(submit(second, address)).as("the fourth, on either instance").isEqualTo(429);
		assertThat(submit(first, address)).isEqualTo(429);
		assertThat(rowsOf(address)).isOne();
	}

	@Test
	void onPostgresTheRowsOfFullBucketsAreDeleted() throws Exception {
		assumeTrue(onPostgres(), "a PostgreSQL test; this run is on H2");
		var limits = new SubmissionRateLimitFilter.Limits(true, 2, Duration.ofMillis(300));
		var instance = new SubmissionRateLimitFilter(limits, this.shared.store());
		String address = "192.0.2." + (int) (Math.random() * 250);
		assertThat(submit(instance, address)).isEqualTo(HttpStatus.OK.value());
		assertThat(rowsOf(address)).isOne();

		Thread.sleep(600);
		assertThat(this.shared.removeExpired()).isPositive();

		assertThat(rowsOf(address)).isZero();
		// and the address starts from a full bucket again
		assertThat(submit(instance, address)).isEqualTo(HttpStatus.OK.value());
	}

}
