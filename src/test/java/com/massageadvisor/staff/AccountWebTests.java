package com.massageadvisor.staff;

import com.massageadvisor.system.StaffPages;
import com.massageadvisor.system.StaffSlice;
import com.massageadvisor.system.StaffWebMvcTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/** One's own password on its own, behind the application's security, accounts mocked. */
@StaffWebMvcTest(AccountController.class)
class AccountWebTests extends StaffSlice {

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LoginProperties.class)
	static class Settings {

	}

	private static final String CURRENT = "correct horse battery";

	private static final String NEW = "a new and longer secret";

	@MockitoBean
	StaffAccounts accounts;

	private MvcTestResult change(String current, String password, String confirmation) {
		return this.mvc.post()
			.uri("/staff/account")
			.with(user("carla").roles("STAFF"))
			.with(csrf())
			.param("current", current)
			.param("password", password)
			.param("confirmation", confirmation)
			.exchange();
	}

	@Test
	void theAccountPageNeedsALogIn() {
		assertThat(this.mvc.get().uri("/staff/account")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/staff/account").with(staff())).hasStatusOk();
	}

	@Test
	void aChangeNeedsTheCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/staff/account")
			.with(staff())
			.param("current", CURRENT)
			.param("password", NEW)
			.param("confirmation", NEW)).hasStatus(HttpStatus.FORBIDDEN);
		then(this.accounts).should(never()).changeOwnPassword(anyString(), anyString(), anyString(), any());
	}

	@Test
	void aWrongCurrentPasswordComesBackWithTheErrorOnIt() {
		given(this.accounts.changeOwnPassword(eq("carla"), eq("not it at all"), eq(NEW), any()))
			.willReturn(StaffAccounts.PasswordChange.WRONG);
		StaffPages.assertFieldError(change("not it at all", NEW, NEW), "current", text("Wrong.passwordChange.current"));
	}

	@Test
	void twoDifferentPasswordsAreNotTriedAtAll() {
		StaffPages.assertFieldError(change(CURRENT, NEW, NEW + "!"), "confirmation",
				text("PasswordsMatch.confirmation"));
		then(this.accounts).should(never()).changeOwnPassword(anyString(), anyString(), anyString(), any());
	}

	@Test
	void aGoodChangeIsRedirectedBackToTheAccount() {
		given(this.accounts.changeOwnPassword(eq("carla"), eq(CURRENT), eq(NEW), any()))
			.willReturn(StaffAccounts.PasswordChange.CHANGED);
		assertThat(change(CURRENT, NEW, NEW)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/account");
	}

	@Test
	void everyPasswordRuleIsSaidOnTheFieldAndNothingIsTried() {
		StaffPages.assertFieldError(change(CURRENT, "letmein12345", "letmein12345"), "password",
				text("CommonPassword.password"));
		StaffPages.assertFieldError(change(CURRENT, "carla's own password", "carla's own password"), "password",
				text("ContainsUsername.password"));
		StaffPages.assertFieldError(change(CURRENT, "............", "............"), "password",
				text("RepeatedCharacter.password"));
		then(this.accounts).should(never()).changeOwnPassword(anyString(), anyString(), anyString(), any());
	}

	@Test
	void theLastAllowedWrongCurrentPasswordLogsOut() {
		given(this.accounts.changeOwnPassword(eq("carla"), eq("guess"), eq(NEW), any()))
			.willReturn(StaffAccounts.PasswordChange.LOCKED);
		MvcTestResult result = change("guess", NEW, NEW);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?locked");
		assertThat(result).matches(unauthenticated());
	}

	@Test
	void theFormSaysHowManyWrongPasswordsLogOut() {
		MvcTestResult page = this.mvc.get().uri("/staff/account").with(user("carla").roles("STAFF")).exchange();
		assertThat(StaffPages.parse(page).select("fieldset .hint").first().text())
			.isEqualTo(text("staff.account.attempts", 5, 15L));
	}

}
