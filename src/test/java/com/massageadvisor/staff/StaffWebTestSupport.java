package com.massageadvisor.staff;

import org.junit.jupiter.api.Tag;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.massageadvisor.system.StaffPages.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * What the staff web tests share: the whole application behind MockMvc with its security
 * filters, on the in-memory database, and a movable clock. The context and the database
 * are shared by every test, so each test makes accounts with names of its own.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
@Import(StaffWebTestSupport.Clocks.class)
abstract class StaffWebTestSupport {

	/** A password that passes every rule. */
	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clocks.MovableClock clock;

	@Autowired
	private MessageSource messages;

	StaffUser newAccount(String prefix, StaffRole role) {
		return this.accounts.create(uniqueName(prefix), PASSWORD, role, "test");
	}

	static RequestPostProcessor as(StaffUser account) {
		return user(account.getUsername()).roles(account.getRole().name());
	}

	MvcTestResult logIn(String username, String password) {
		return this.mvc.perform(formLogin().user(username).password(password));
	}

	void assertLogsIn(String username, String password) {
		MvcTestResult result = logIn(username, password);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/assessments");
		assertThat(result).matches(authenticated().withUsername(username));
	}

	void assertLogInRefused(String username, String password) {
		MvcTestResult result = logIn(username, password);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
		assertThat(result).matches(unauthenticated());
	}

	StaffUser reload(StaffUser account) {
		return this.accounts.find(id(account)).orElseThrow();
	}

	@SuppressWarnings("NullAway")
	static long id(StaffUser account) {
		return account.getId();
	}

	/** A message in English, as the pages show it. */
	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/**
	 * A clock that a test can move forward. Every staff test imports it, so they all
	 * share one application context.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

		/** The system's UTC clock, plus however far the tests have moved it forward. */
		static final class MovableClock extends Clock {

			private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

			/**
			 * Moves the clock forward.
			 * @param duration how far
			 */
			void advance(Duration duration) {
				this.offset.updateAndGet((current) -> current.plus(duration));
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return Clock.offset(Clock.system(zone), this.offset.get());
			}

			@Override
			public Instant instant() {
				return Instant.now().plus(this.offset.get());
			}

		}

	}

}
