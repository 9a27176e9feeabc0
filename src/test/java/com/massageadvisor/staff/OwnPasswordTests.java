package com.massageadvisor.staff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.massageadvisor.audit.AuditEvent;
import com.massageadvisor.audit.AuditTrail;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Changing one's own password, end to end with real log-ins and sessions (Spring Session
 * JDBC): it ends the account's other sessions, wrong current passwords count against the
 * log-in allowance and the last one logs out everywhere, every step is audited, and an
 * account that must change its password sees no other staff page until it has.
 */
class OwnPasswordTests extends StaffWebTestSupport {

	private static final String NEW_PASSWORD = "violette tapis nuages";

	@Autowired
	AuditTrail audit;

	private Cookie session(StaffUser user) {
		MvcTestResult login = logIn(user.getUsername(), PASSWORD);
		assertThat(login).hasRedirectedUrl("/staff/assessments");
		Cookie cookie = login.getResponse().getCookie("SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	private MvcTestResult change(Cookie session, String current, String password) {
		return this.mvc.post()
			.uri("/staff/account")
			.cookie(session)
			.with(csrf())
			.param("current", current)
			.param("password", password)
			.param("confirmation", password)
			.exchange();
	}

	private MvcTestResult list(Cookie session) {
		return this.mvc.get().uri("/staff/assessments").cookie(session).exchange();
	}

	/**
	 * The audit trail of one actor, oldest first, as the audit page words it in English.
	 */
	private List<String> trail(String actor) {
		List<String> lines = new ArrayList<>();
		List<AuditEvent> newestFirst = new ArrayList<>(this.audit.page(0).getContent());
		java.util.Collections.reverse(newestFirst);
		for (AuditEvent event : newestFirst) {
			if (event.getActor().equals(actor)) {
				lines.add(event.getAction() + ": " + this.audit.describe(event, Locale.ENGLISH));
			}
		}
		return lines;
	}

	@Test
	void aChangeEndsTheOtherSessionsKeepsThisOneAndIsAudited() {
		StaffUser me = newAccount("sessions", StaffRole.STAFF);
		Cookie here = session(me);
		Cookie phone = session(me);
		assertThat(list(here)).hasStatusOk();
		assertThat(list(phone)).hasStatusOk();

		assertThat(change(here, PASSWORD, NEW_PASSWORD)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/account");

		assertThat(list(here)).as("the session that changed it").hasStatusOk();
		assertThat(list(phone)).as("another session").hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?expired");
		assertLogsIn(me.getUsername(), NEW_PASSWORD);
		assertThat(trail(me.getUsername())).contains("PASSWORD_CHANGED: password changed; other sessions ended: 1");
	}

	@Test
	void theFifthWrongCurrentPasswordLogsOutAndLocksTheAccount() {
		StaffUser me = newAccount("guesses", StaffRole.STAFF);
		Cookie here = session(me);
		Cookie other = session(me);
		for (int i = 1; i <= 4; i++) {
			assertThat(change(here, "wrong guess " + i, NEW_PASSWORD)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		}
		MvcTestResult fifth = change(here, "wrong guess 5", NEW_PASSWORD);
		assertThat(fifth).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?locked");
		assertThat(list(here)).hasStatus(HttpStatus.FOUND).redirectedUrl().contains("/login");
		assertThat(list(other)).hasStatus(HttpStatus.FOUND).redirectedUrl().contains("/login");

		Document page = parse(this.mvc.get().uri("/login?locked").exchange());
		assertThat(page.select(".error-summary[role=alert]").text())
			.isEqualTo(text("login.locked.title") + " " + text("login.locked", 15L));

		assertLogInRefused(me.getUsername(), PASSWORD);
		this.clock.advance(Duration.ofMinutes(16));
		assertLogsIn(me.getUsername(), PASSWORD);
		assertThat(trail(me.getUsername())).contains(
				"PASSWORD_REFUSED: a wrong current password was typed to change the password",
				"LOCKED_OUT: locked for 15 minutes after 5 wrong passwords in a row");
	}

	@Test
	void parallelWrongCurrentPasswordsAreCountedOneByOne() throws Exception {
		StaffUser me = newAccount("parallel-change", StaffRole.STAFF);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<StaffAccounts.PasswordChange>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				String guess = "wrong guess number " + i;
				results.add(pool.submit(() -> {
					start.await();
					return this.accounts.changeOwnPassword(me.getUsername(), guess, NEW_PASSWORD, null);
				}));
			}
			start.countDown();
			int wrong = 0;
			for (Future<StaffAccounts.PasswordChange> result : results) {
				StaffAccounts.PasswordChange change = result.get(60, TimeUnit.SECONDS);
				assertThat(change).isNotEqualTo(StaffAccounts.PasswordChange.CHANGED);
				wrong += (change == StaffAccounts.PasswordChange.WRONG) ? 1 : 0;
			}
			assertThat(wrong).as("guesses judged and answered 'wrong'").isEqualTo(4);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(reload(me).isLockedAt(this.clock.instant())).isTrue();
		assertThat(this.accounts.changeOwnPassword(me.getUsername(), PASSWORD, NEW_PASSWORD, null))
			.as("the right password while locked")
			.isEqualTo(StaffAccounts.PasswordChange.LOCKED);
	}

	@Test
	void anAccountThatMustChangeItsPasswordSeesOnlyTheAccountPageUntilItHas() {
		StaffUser me = this.accounts.create(com.massageadvisor.system.StaffPages.uniqueName("first"), PASSWORD,
				StaffRole.ADMIN, "test", true);
		Cookie here = session(me);
		for (String page : List.of("/staff/assessments", "/staff/admin/users", "/staff/admin/audit")) {
			assertThat(this.mvc.get().uri(page).cookie(here)).as(page)
				.hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/staff/account");
		}
		MvcTestResult account = this.mvc.get().uri("/staff/account").cookie(here).exchange();
		assertThat(account).hasStatusOk();
		assertThat(parse(account).select(".error-summary[role=alert] h2").text())
			.isEqualTo(text("staff.account.mustChange.title"));

		assertThat(change(here, PASSWORD, NEW_PASSWORD)).hasStatus(HttpStatus.FOUND);
		assertThat(list(here)).hasStatusOk();
		assertThat(reload(me).isMustChangePassword()).isFalse();
	}

	@Test
	void theGeneratedFirstAdministratorMustChangeItsPassword() {
		// the shared test database had no account when the application started
		StaffUser admin = this.accounts.all()
			.stream()
			.filter((user) -> user.getUsername().equals(AdminBootstrap.DEFAULT_USERNAME))
			.findFirst()
			.orElseThrow();
		assertThat(admin.isMustChangePassword()).isTrue();
	}

}
