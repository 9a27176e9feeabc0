package com.massageadvisor.staff;

import java.time.Instant;
import java.util.List;

import com.massageadvisor.system.StaffPages;
import com.massageadvisor.system.StaffSlice;
import com.massageadvisor.system.StaffWebMvcTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.util.ReflectionTestUtils;

import static com.massageadvisor.system.StaffPages.admin;
import static com.massageadvisor.system.StaffPages.parse;
import static com.massageadvisor.system.StaffPages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Account management on its own, behind the application's security, accounts mocked. */
@StaffWebMvcTest(StaffUsersController.class)
class StaffUsersWebTests extends StaffSlice {

	private static final String PASSWORD = "correct horse battery";

	@MockitoBean
	StaffAccounts accounts;

	private MvcTestResult create(String username, String password, String confirmation) {
		return this.mvc.post()
			.uri("/staff/admin/users")
			.with(admin())
			.with(csrf())
			.param("username", username)
			.param("role", "STAFF")
			.param("password", password)
			.param("confirmation", confirmation)
			.exchange();
	}

	@Test
	void onlyAnAdministratorOpensTheAccounts() {
		assertThat(this.mvc.get().uri("/staff/admin/users").with(staff())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/staff/admin/users")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		then(this.accounts).shouldHaveNoInteractions();
	}

	@Test
	void theListShowsEveryAccount() {
		StaffUser zoe = new StaffUser("zoe", "{noop}x", StaffRole.STAFF, Instant.parse("2026-01-05T10:00:00Z"));
		ReflectionTestUtils.setField(zoe, "id", 7L);
		given(this.accounts.all()).willReturn(List.of(zoe));
		MvcTestResult result = this.mvc.get().uri("/staff/admin/users").with(admin()).exchange();
		assertThat(result).hasStatusOk();
		assertThat(parse(result).getElementById("user-7").text()).contains("zoe");
	}

	@Test
	void creatingAnAccountNeedsTheCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/staff/admin/users")
			.with(admin())
			.param("username", "newcomer")
			.param("role", "STAFF")
			.param("password", PASSWORD)
			.param("confirmation", PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
		then(this.accounts).should(never()).create(anyString(), anyString(), any(), anyString());
	}

	@Test
	void aTakenNameComesBackWithTheErrorOnTheUsername() {
		given(this.accounts.taken("Anna")).willReturn(true);
		StaffPages.assertFieldError(create("Anna", PASSWORD, PASSWORD), "username", text("Taken.newUser.username"));
		then(this.accounts).should(never()).create(anyString(), anyString(), any(), anyString());
	}

	@Test
	void twoDifferentPasswordsComeBackWithTheErrorOnTheConfirmation() {
		StaffPages.assertFieldError(create("newcomer", PASSWORD, PASSWORD + "!"), "confirmation",
				text("PasswordsMatch.confirmation"));
		then(this.accounts).should(never()).create(anyString(), anyString(), any(), anyString());
	}

	@Test
	void aValidAccountIsCreatedAndTheListShownAgain() {
		assertThat(create("newcomer", PASSWORD, PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/admin/users");
		then(this.accounts).should().create(any(), any(), any(), any());
	}

	@Test
	void everyPasswordRuleIsSaidOnTheFieldOfTheNewAccountForm() {
		StaffPages.assertFieldError(create("newcomer", "qwerty123456", "qwerty123456"), "password",
				text("CommonPassword.password"));
		StaffPages.assertFieldError(create("newcomer", "I am the newcomer", "I am the newcomer"), "password",
				text("ContainsUsername.password"));
		StaffPages.assertFieldError(create("newcomer", "############", "############"), "password",
				text("RepeatedCharacter.password"));
		then(this.accounts).should(never()).create(anyString(), anyString(), any(), anyString());
	}

	private StaffUser account(String username, long id) {
		StaffUser user = new StaffUser(username, "{noop}x", StaffRole.ADMIN, Instant.parse("2026-01-05T10:00:00Z"));
		ReflectionTestUtils.setField(user, "id", id);
		given(this.accounts.find(id)).willReturn(java.util.Optional.of(user));
		return user;
	}

	private MvcTestResult reset(String admin, long id, String password) {
		return this.mvc.post()
			.uri("/staff/admin/users/{id}/password", id)
			.with(user(admin).roles("ADMIN"))
			.with(csrf())
			.param("password", password)
			.param("confirmation", password)
			.exchange();
	}

	@Test
	void everyPasswordRuleIsSaidOnTheFieldOfTheResetForm() {
		account("zoe", 8L);
		StaffPages.assertFieldError(reset("ines", 8L, "Password2024!"), "password", text("CommonPassword.password"));
		StaffPages.assertFieldError(reset("ines", 8L, "EOZ backwards name"), "password",
				text("ContainsUsername.password"));
		then(this.accounts).should(never()).resetPassword(anyLong(), anyString(), anyString());
		assertThat(reset("ines", 8L, PASSWORD)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/admin/users");
		then(this.accounts).should().resetPassword(8L, PASSWORD, "ines");
	}

	@Test
	void anAdministratorCannotSetTheirOwnPasswordHere() {
		account("ines", 9L);
		MvcTestResult form = this.mvc.get()
			.uri("/staff/admin/users/9/password")
			.with(user("ines").roles("ADMIN"))
			.exchange();
		assertThat(form).hasStatus(HttpStatus.CONFLICT);
		assertThat(parse(form).select(".error-summary[role=alert]").text())
			.isEqualTo(text("staff.users.selfPassword.title") + " " + text("staff.users.selfPassword"));
		MvcTestResult post = reset("ines", 9L, PASSWORD);
		assertThat(post).hasStatus(HttpStatus.CONFLICT);
		assertThat(parse(post).select(".error-summary[role=alert] h2").text())
			.isEqualTo(text("staff.users.selfPassword.title"));
		then(this.accounts).should(never()).resetPassword(anyLong(), anyString(), anyString());
	}

}
