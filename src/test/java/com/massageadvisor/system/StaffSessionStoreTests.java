package com.massageadvisor.system;

import java.util.UUID;

import com.massageadvisor.staff.StaffAccounts;
import com.massageadvisor.staff.StaffRole;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Staff sessions are rows of the database (so that every instance of the application
 * knows them), and expired ones are deleted.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class StaffSessionStoreTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	private Cookie logIn(String username) {
		this.accounts.create(username, PASSWORD, StaffRole.STAFF, "test");
		MvcTestResult login = this.mvc.perform(formLogin().user(username).password(PASSWORD));
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/assessments");
		Cookie cookie = login.getResponse().getCookie("SESSION");
		assertThat(cookie).as("Spring Session's cookie").isNotNull();
		return cookie;
	}

	private int sessionsOf(String username) {
		Integer count = this.jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?",
				Integer.class, username);
		return (count != null) ? count : 0;
	}

	@Test
	void aLogInIsARowOfTheDatabaseThatAuthenticatesTheCookie() {
		String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
		Cookie cookie = logIn(username);
		assertThat(sessionsOf(username)).isOne();
		assertThat(this.mvc.get().uri("/staff/assessments").cookie(cookie)).hasStatusOk();
	}

	@Test
	void anExpiredSessionIsDeletedAndNoLongerLetsItsHolderIn() {
		String username = "expired-" + UUID.randomUUID().toString().substring(0, 8);
		Cookie cookie = logIn(username);
		// as if the session had been idle for longer than its timeout
		this.jdbc.update("update SPRING_SESSION set EXPIRY_TIME = ? where PRINCIPAL_NAME = ?",
				System.currentTimeMillis() - 1000, username);

		this.sessions.cleanUpExpiredSessions();

		assertThat(sessionsOf(username)).isZero();
		assertThat(this.mvc.get().uri("/staff/assessments").cookie(cookie)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void resettingAPasswordEndsTheSessionsOfTheAccountInTheDatabase() {
		String username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
		Cookie cookie = logIn(username);
		long id = this.accounts.all()
			.stream()
			.filter((user) -> user.getUsername().equals(username))
			.findFirst()
			.orElseThrow()
			.getId();

		this.accounts.resetPassword(id, "another strong passphrase", "test");

		MvcTestResult next = this.mvc.get().uri("/staff/assessments").cookie(cookie).exchange();
		assertThat(next).hasStatus(HttpStatus.FOUND).redirectedUrl().contains("/login");
	}

}
