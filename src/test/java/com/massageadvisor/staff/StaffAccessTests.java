package com.massageadvisor.staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.admin;
import static com.massageadvisor.system.StaffPages.staff;
import static com.massageadvisor.system.StaffPages.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may reach the account pages: nobody without logging in, only administrators for the
 * accounts of others, and no form post without its CSRF token. Every refused post is
 * checked to have changed nothing.
 */
class StaffAccessTests extends StaffWebTestSupport {

	private static final String OTHER_PASSWORD = "another long password";

	private StaffUser target;

	private String targetHash;

	private String newName;

	private boolean targetEnabled = true;

	@BeforeEach
	void makeATarget() {
		this.target = newAccount("target", StaffRole.STAFF);
		this.targetHash = this.target.getPasswordHash();
		this.newName = uniqueName("never");
	}

	@ParameterizedTest(name = "GET {0}")
	@ValueSource(strings = { "/staff/admin/users", "/staff/admin/users/new", "/staff/admin/users/{id}/password",
			"/staff/account" })
	void anonymousIsSentToTheLogInPage(String path) {
		MvcTestResult result = this.mvc.get().uri(path(path)).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { "/staff/admin/users", "/staff/admin/users/{id}/disable", "/staff/admin/users/{id}/enable",
			"/staff/admin/users/{id}/password", "/staff/account" })
	void anonymousPostIsSentToTheLogInPageAndChangesNothing(String path) {
		MvcTestResult result = post(path).with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertNothingChanged();
	}

	@ParameterizedTest(name = "GET {0}")
	@ValueSource(strings = { "/staff/admin/users", "/staff/admin/users/new", "/staff/admin/users/{id}/password" })
	void staffMemberIsForbiddenTheAdministratorsPages(String path) {
		assertThat(this.mvc.get().uri(path(path)).with(staff())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { "/staff/admin/users", "/staff/admin/users/{id}/disable", "/staff/admin/users/{id}/enable",
			"/staff/admin/users/{id}/password" })
	void staffMemberIsForbiddenTheAdministratorsPosts(String path) {
		assertThat(post(path).with(staff()).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertNothingChanged();
	}

	@Test
	void staffMemberOpensTheirOwnAccountPage() {
		assertThat(this.mvc.get().uri("/staff/account").with(as(this.target))).hasStatusOk()
			.hasViewName(AccountController.VIEW);
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { "/staff/admin/users", "/staff/admin/users/{id}/disable", "/staff/admin/users/{id}/enable",
			"/staff/admin/users/{id}/password" })
	void administratorsPostWithoutTheCsrfTokenIsRefused(String path) {
		assertThat(post(path).with(admin())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(path).with(admin()).with(csrf().useInvalidToken())).hasStatus(HttpStatus.FORBIDDEN);
		assertNothingChanged();
	}

	@Test
	void accountPostWithoutTheCsrfTokenIsRefused() {
		assertThat(post("/staff/account").with(as(this.target))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/staff/account").with(as(this.target)).with(csrf().useInvalidToken()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertNothingChanged();
		// with the token the same post goes through, so the token was all that was
		// missing
		assertThat(post("/staff/account").with(as(this.target)).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/account");
		assertThat(reload(this.target).getPasswordHash()).isNotEqualTo(this.targetHash);
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { "/login", "/logout" })
	void logInAndLogOutWithoutTheCsrfTokenAreRefused(String path) {
		MvcTestResult login = this.mvc.post()
			.uri(path)
			.param("username", this.target.getUsername())
			.param("password", PASSWORD)
			.exchange();
		assertThat(login).hasStatus(HttpStatus.FORBIDDEN);
	}

	private String path(String template) {
		if (template.endsWith("/enable") && this.targetEnabled) {
			// a post that enables must find a disabled account, or it could change
			// nothing
			this.accounts.setEnabled(id(this.target), false, "test");
			this.targetEnabled = false;
		}
		return template.replace("{id}", Long.toString(id(this.target)));
	}

	/** A post that would change something if it were let through. */
	private MockMvcRequestBuilder post(String path) {
		return this.mvc.post()
			.uri(path(path))
			.param("username", this.newName)
			.param("role", "ADMIN")
			.param("current", PASSWORD)
			.param("password", OTHER_PASSWORD)
			.param("confirmation", OTHER_PASSWORD);
	}

	private void assertNothingChanged() {
		StaffUser target = reload(this.target);
		assertThat(target.isEnabled()).as("target enabled").isEqualTo(this.targetEnabled);
		assertThat(target.getPasswordHash()).as("target's password").isEqualTo(this.targetHash);
		assertThat(this.accounts.exists(this.newName)).as("account %s created", this.newName).isFalse();
	}

}
