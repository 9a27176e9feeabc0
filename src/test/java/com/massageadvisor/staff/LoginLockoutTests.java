package com.massageadvisor.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.parse;
import static com.massageadvisor.system.StaffPages.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The lock-out, end to end through the log-in form: five wrong passwords in a row lock an
 * account for fifteen minutes, during which even the right password is refused, and the
 * log-in page says the same whether the name is unknown, the password wrong, or the
 * account locked or disabled, so it cannot tell anyone which names exist.
 */
class LoginLockoutTests extends StaffWebTestSupport {

	@Test
	void fiveFailedLogInsLockTheAccountForFifteenMinutes() {
		StaffUser user = newAccount("lockout", StaffRole.STAFF);
		String name = user.getUsername();
		for (int i = 1; i <= 4; i++) {
			assertLogInRefused(name, "wrong password " + i);
		}
		assertThat(reload(user).getFailedLogins()).isEqualTo(4);
		assertThat(reload(user).getLockedUntil()).as("locked after 4 failures").isNull();

		Instant fifth = this.clock.instant();
		MvcTestResult wrongPassword = logIn(name, "wrong password 5");
		assertThat(wrongPassword).hasRedirectedUrl("/login?error");
		OffsetDateTime lockedUntil = this.jdbc.queryForObject("SELECT locked_until FROM staff_user WHERE username = ?",
				OffsetDateTime.class, name);
		assertThat(lockedUntil).isNotNull();
		assertThat(lockedUntil.toInstant()).isCloseTo(fifth.plus(Duration.ofMinutes(15)),
				within(Duration.ofSeconds(5)));

		MvcTestResult locked = logIn(name, PASSWORD);
		assertThat(locked).as("the right password while locked").hasRedirectedUrl("/login?error");
		assertLogInRefused(name, PASSWORD);
		MvcTestResult unknown = logIn(uniqueName("nobody"), PASSWORD);
		assertThat(unknown).hasRedirectedUrl("/login?error");
		StaffUser disabledUser = newAccount("disabled", StaffRole.STAFF);
		this.accounts.setEnabled(id(disabledUser), false, "test");
		MvcTestResult disabled = logIn(disabledUser.getUsername(), PASSWORD);
		assertThat(disabled).hasRedirectedUrl("/login?error");

		String lockedPage = errorBox(locked);
		assertThat(lockedPage).isEqualTo(text("login.failed.title") + " " + text("login.failed", 5, 15));
		assertThat(errorBox(unknown)).as("unknown user").isEqualTo(lockedPage);
		assertThat(errorBox(wrongPassword)).as("wrong password").isEqualTo(lockedPage);
		assertThat(errorBox(disabled)).as("disabled account").isEqualTo(lockedPage);

		// still locked a minute before the end, free a minute after
		this.clock.advance(Duration.ofMinutes(14));
		assertLogInRefused(name, PASSWORD);
		this.clock.advance(Duration.ofMinutes(2));
		assertLogsIn(name, PASSWORD);
		assertThat(this.jdbc.queryForObject("SELECT locked_until FROM staff_user WHERE username = ?",
				OffsetDateTime.class, name))
			.isNull();
		assertThat(reload(user).getFailedLogins()).isZero();
	}

	@Test
	void successfulLogInStartsTheCountAgain() {
		StaffUser user = newAccount("reset-count", StaffRole.STAFF);
		for (int i = 0; i < 4; i++) {
			assertLogInRefused(user.getUsername(), "wrong password " + i);
		}
		assertLogsIn(user.getUsername(), PASSWORD);
		for (int i = 0; i < 4; i++) {
			assertLogInRefused(user.getUsername(), "wrong password " + i);
		}
		assertThat(reload(user).getLockedUntil()).isNull();
		assertLogsIn(user.getUsername(), PASSWORD);
	}

	/** The error box of the log-in page a failed log-in leads to, in its session. */
	private String errorBox(MvcTestResult failure) {
		MockHttpSession session = (MockHttpSession) failure.getRequest().getSession(false);
		var request = this.mvc.get().uri("/login?error");
		MvcTestResult page = (session != null) ? request.session(session).exchange() : request.exchange();
		assertThat(page).hasStatusOk();
		Document document = parse(page);
		Element box = document.selectFirst(".error-summary[role=alert]");
		assertThat(box).as("error box").isNotNull();
		return box.text();
	}

}
