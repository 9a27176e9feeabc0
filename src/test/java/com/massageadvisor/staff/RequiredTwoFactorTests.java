package com.massageadvisor.staff;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

import static com.massageadvisor.system.StaffPages.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code clinic.login.require-2fa=true} an administrator without an authenticator
 * app is sent to set one up before any other staff page; staff members are not.
 */
@TestPropertySource(properties = "clinic.login.require-2fa=true")
class RequiredTwoFactorTests extends StaffWebTestSupport {

	private static final String ENROLMENT = "/staff/account/two-factor";

	@Test
	void anAdministratorWithoutAnAppIsSentToSetOneUpBeforeAnythingElse() throws CodeGenerationException {
		StaffUser admin = newAccount("must-enrol", StaffRole.ADMIN);
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, admin.getUsername(), PASSWORD);
		for (String page : new String[] { "/staff/assessments", "/staff/account", "/staff/admin/users",
				"/staff/admin/backup", "/staff/admin/audit" }) {
			assertThat(browser.get(page)).as(page).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(ENROLMENT);
		}
		assertThat(browser.post("/staff/admin/users", "username", "sneaky", "role", "STAFF")).as("nor a post")
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(ENROLMENT);
		var page = parse(browser.get(ENROLMENT));
		assertThat(page.select("p.notice").text()).contains(text("twoFactor.required"));

		String secret = page.select("#secret").text().replace(" ", "");
		String code = new DefaultCodeGenerator().generate(secret,
				Math.floorDiv(this.clock.instant().getEpochSecond(), 30));
		assertThat(browser.post(ENROLMENT + "/confirm", "code", code)).hasStatus(HttpStatus.FOUND);
		assertThat(browser.get("/staff/admin/users")).hasStatusOk();
	}

	@Test
	void staffMembersAreNotRequiredToUseAnApp() {
		StaffUser staff = newAccount("not-required", StaffRole.STAFF);
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, staff.getUsername(), PASSWORD);
		assertThat(browser.get("/staff/assessments")).hasStatusOk();
		assertThat(browser.get("/staff/account")).hasStatusOk();
		assertThat(parse(browser.get(ENROLMENT)).select("p.notice").text()).doesNotContain(text("twoFactor.required"));
	}

}
