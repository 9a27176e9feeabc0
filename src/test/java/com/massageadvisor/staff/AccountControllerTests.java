package com.massageadvisor.staff;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.massageadvisor.system.StaffPages;

import static com.massageadvisor.system.StaffPages.flash;
import static com.massageadvisor.system.StaffPages.parse;
import static com.massageadvisor.system.StaffPages.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A staff member changes their own password on their account page. */
class AccountControllerTests extends StaffWebTestSupport {

	private static final String NEW_PASSWORD = "my own new passphrase";

	@Test
	void accountPageHasTheFormWithALabelForEveryField() {
		StaffUser me = newAccount("page", StaffRole.STAFF);
		MvcTestResult result = this.mvc.get().uri("/staff/account").with(as(me)).exchange();
		assertThat(result).hasStatusOk().hasViewName(AccountController.VIEW);
		Document page = parse(result);
		assertThat(page.title()).isEqualTo(text("staff.account.title"));
		assertThat(textOf(page, "h1")).isEqualTo(text("staff.account.heading"));
		assertThat(textOf(page, "main p")).isEqualTo(text("staff.account.who", me.getUsername()));
		Element form = page.selectFirst("form[method=post][action=/staff/account]");
		assertThat(form).isNotNull();
		assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
		assertThat(textOf(form, "fieldset > legend")).isEqualTo(text("staff.account.password.legend"));
		assertThat(textOf(form, "label[for=current]")).isEqualTo(text("staff.account.current"));
		assertThat(textOf(form, "label[for=password]")).isEqualTo(text("staff.account.new"));
		assertThat(textOf(form, "label[for=confirmation]")).isEqualTo(text("staff.account.confirmation"));
		assertThat(form.select("input[type=password]").eachAttr("autocomplete")).containsExactly("current-password",
				"new-password", "new-password");
		assertThat(page.select("[role=alert], .field-error, .has-error, .notice-ok")).isEmpty();
	}

	@Test
	void staffMemberChangesTheirPassword() {
		StaffUser me = newAccount("change", StaffRole.STAFF);
		MvcTestResult result = change(me, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/account");
		assertThat(result).flash().containsEntry("passwordChanged", true);

		Document page = parse(
				this.mvc.get().uri("/staff/account").with(as(me)).with(flash("passwordChanged", true)).exchange());
		assertThat(textOf(page, ".notice-ok[role=status]")).isEqualTo(text("staff.account.changed"));

		assertLogInRefused(me.getUsername(), PASSWORD);
		assertLogsIn(me.getUsername(), NEW_PASSWORD);
	}

	@Test
	void administratorChangesTheirPasswordToo() {
		StaffUser me = newAccount("admin-change", StaffRole.ADMIN);
		assertThat(change(me, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)).hasStatus(HttpStatus.FOUND);
		assertLogsIn(me.getUsername(), NEW_PASSWORD);
	}

	@Test
	void wrongCurrentPasswordIsRefused() {
		StaffUser me = newAccount("wrong", StaffRole.STAFF);
		Document page = assertFieldError(change(me, "not my password", NEW_PASSWORD, NEW_PASSWORD), "current",
				text("Wrong.passwordChange.current"));
		assertThat(page.select("input[type=password]").eachAttr("value")).as("passwords shown again").containsOnly("");
		assertThat(page.title()).isEqualTo(text("staff.account.title.errors"));

		assertFieldError(change(me, "", NEW_PASSWORD, NEW_PASSWORD), "current",
				text("NotEmpty.passwordChange.current"));
		assertLogsIn(me.getUsername(), PASSWORD);
		assertLogInRefused(me.getUsername(), NEW_PASSWORD);
	}

	@Test
	void newPasswordMustFollowTheRules() {
		StaffUser me = newAccount("rules", StaffRole.STAFF);
		assertFieldError(change(me, PASSWORD, "short", "short"), "password",
				text("Size.passwordChange.password", "password", Integer.MAX_VALUE, 12));
		String tooLong = "€".repeat(25);
		assertFieldError(change(me, PASSWORD, tooLong, tooLong), "password",
				text("MaxBytes.passwordChange.password", "password", 72));
		assertFieldError(change(me, PASSWORD, NEW_PASSWORD, NEW_PASSWORD.toUpperCase()), "confirmation",
				text("PasswordsMatch.confirmation"));
		assertFieldError(change(me, PASSWORD, NEW_PASSWORD, ""), "confirmation",
				text("NotEmpty.passwordChange.confirmation"));
		assertFieldError(change(me, PASSWORD, PASSWORD, PASSWORD), "password", text("Same.passwordChange.password"));
		assertLogsIn(me.getUsername(), PASSWORD);
	}

	private MvcTestResult change(StaffUser me, String current, String password, String confirmation) {
		return this.mvc.post()
			.uri("/staff/account")
			.param("current", current)
			.param("password", password)
			.param("confirmation", confirmation)
			.with(as(me))
			.with(csrf())
			.exchange();
	}

	private Document assertFieldError(MvcTestResult result, String field, String message) {
		assertThat(result).hasViewName(AccountController.VIEW);
		Document page = StaffPages.assertFieldError(result, field, message);
		assertThat(page.getElementById(field).attr("aria-invalid")).isEqualTo("true");
		return page;
	}

}
