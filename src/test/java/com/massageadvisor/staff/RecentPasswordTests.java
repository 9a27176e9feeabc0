package com.massageadvisor.staff;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.parse;
import static com.massageadvisor.system.StaffPages.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting an assessment and creating an administrator take the password again when it
 * was not typed in the last five minutes (by the application's clock): the action's page
 * asks for it and then does what was asked, once.
 */
class RecentPasswordTests extends StaffWebTestSupport {

	@Autowired
	private Assessments assessments;

	@Test
	void deletingWithoutARecentPasswordAsksForItThenDeletes() {
		UUID id = newAssessment();
		StaffBrowserSession browser = adminWithOldPassword();

		MvcTestResult asked = browser.post("/staff/admin/assessments/" + id + "/delete");
		assertThat(asked).hasStatusOk();
		Document page = parse(asked);
		assertThat(page.select("h1").text()).isEqualTo(text("staff.recentPassword.heading"));
		assertThat(page.select("form:has(input[name=recentPassword])").attr("action"))
			.isEqualTo("/staff/admin/assessments/" + id + "/delete");
		assertThat(page.select("input[type=password][name=recentPassword]")).hasSize(1);
		assertThat(page.select("form:has(input[name=recentPassword]) input[name=_csrf]")).hasSize(1);
		assertThat(exists(id)).as("nothing deleted yet").isTrue();

		MvcTestResult wrong = browser.post("/staff/admin/assessments/" + id + "/delete", "recentPassword", "wrong one");
		assertThat(wrong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(parse(wrong).select(".error-summary p").text()).isEqualTo(text("staff.recentPassword.wrong"));
		assertThat(exists(id)).isTrue();

		MvcTestResult deleted = browser.post("/staff/admin/assessments/" + id + "/delete", "recentPassword", PASSWORD);
		assertThat(deleted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/assessments");
		assertThat(exists(id)).isFalse();
	}

	@Test
	void aConfirmedPasswordLastsFiveMinutes() {
		StaffBrowserSession browser = adminWithOldPassword();
		UUID first = newAssessment();
		assertThat(browser.post("/staff/admin/assessments/" + first + "/delete", "recentPassword", PASSWORD))
			.hasStatus(HttpStatus.FOUND);

		this.clock.advance(Duration.ofMinutes(4));
		UUID second = newAssessment();
		assertThat(browser.post("/staff/admin/assessments/" + second + "/delete")).as("within five minutes")
			.hasStatus(HttpStatus.FOUND);
		assertThat(exists(second)).isFalse();

		this.clock.advance(Duration.ofMinutes(2));
		UUID third = newAssessment();
		assertThat(browser.post("/staff/admin/assessments/" + third + "/delete")).as("after five minutes")
			.hasStatusOk();
		assertThat(parse(browser.post("/staff/admin/assessments/" + third + "/delete")).select("h1").text())
			.isEqualTo(text("staff.recentPassword.heading"));
		assertThat(exists(third)).isTrue();
	}

	@Test
	void creatingAnAdministratorAsksForThePasswordAndKeepsWhatWasTyped() {
		StaffBrowserSession browser = adminWithOldPassword();
		String username = uniqueName("new-admin");
		String[] form = { "username", username, "role", "ADMIN", "password", "another good password", "confirmation",
				"another good password" };

		Document page = parse(browser.post("/staff/admin/users", form));
		assertThat(page.select("h1").text()).isEqualTo(text("staff.recentPassword.heading"));
		assertThat(page.select("input[type=hidden][name=username]").attr("value")).isEqualTo(username);
		assertThat(page.select("input[type=hidden][name=role]").attr("value")).isEqualTo("ADMIN");
		assertThat(this.accounts.taken(username)).isFalse();

		String[] confirmed = java.util.Arrays.copyOf(form, form.length + 2);
		confirmed[form.length] = "recentPassword";
		confirmed[form.length + 1] = PASSWORD;
		assertThat(browser.post("/staff/admin/users", confirmed)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/admin/users");
		assertThat(this.accounts.taken(username)).isTrue();
	}

	@Test
	void creatingAStaffMemberDoesNotAsk() {
		StaffBrowserSession browser = adminWithOldPassword();
		String username = uniqueName("new-staff");
		assertThat(browser.post("/staff/admin/users", "username", username, "role", "STAFF", "password",
				"another good password", "confirmation", "another good password"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/admin/users");
		assertThat(this.accounts.taken(username)).isTrue();
	}

	@Test
	void aBackupWithoutARecentPasswordAsksForIt() {
		StaffBrowserSession browser = adminWithOldPassword();
		MvcTestResult asked = browser.post("/staff/admin/backup");
		assertThat(asked).hasStatusOk();
		assertThat(parse(asked).select("form:has(input[name=recentPassword])").attr("action"))
			.isEqualTo("/staff/admin/backup");
	}

	@Test
	void wrongPasswordsHereCountTowardsTheLockOut() {
		StaffUser admin = newAccount("mistypes", StaffRole.ADMIN);
		StaffBrowserSession browser = adminWithOldPassword(admin);
		for (int i = 0; i < 5; i++) {
			assertThat(browser.post("/staff/admin/backup", "recentPassword", "wrong " + i))
				.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		}
		assertThat(reload(admin).isLockedAt(this.clock.instant())).isTrue();
	}

	// ---------------------------------------------------------------------------------

	/** An administrator who logged in more than five minutes ago. */
	private StaffBrowserSession adminWithOldPassword() {
		return adminWithOldPassword(newAccount("confirms", StaffRole.ADMIN));
	}

	private StaffBrowserSession adminWithOldPassword(StaffUser admin) {
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, admin.getUsername(), PASSWORD);
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(browser.get("/staff/assessments")).hasStatusOk();
		return browser;
	}

	private UUID newAssessment() {
		Answers answers = Answers.builder(Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH)
			.pain(2, PainDuration.ACUTE)
			.build();
		return this.assessments.create(uniqueName("Re-auth"), null, Locale.ENGLISH, answers).getPublicId();
	}

	private boolean exists(UUID id) {
		return this.jdbc.queryForObject("select count(*) from assessment where public_id = ?", Integer.class, id) > 0;
	}

}
