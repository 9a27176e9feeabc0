package com.massageadvisor.browser;

import java.util.UUID;

import com.massageadvisor.staff.StaffAccounts;
import com.massageadvisor.staff.StaffRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff and administrator page, in its states, scanned by axe-core against WCAG 2.1
 * A and AA in a real browser, logged in as an administrator (who sees the most): no
 * violation allowed.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesAccessibilityTests {

	@Autowired
	private StaffAccounts accounts;

	private Browser browser;

	private String admin;

	private String publicId;

	@BeforeAll
	void anAssessmentAndAnAdministrator(Browser browser) {
		this.browser = browser;
		browser.resize(Browser.DESKTOP);
		browser.open(Questionnaire.FORM);
		Questionnaire.typical(Questionnaire.unique("A11y staff")).withCost("80", "150").submit(browser);
		browser.waitForPath(Questionnaire.RESULT);
		this.publicId = browser.path().substring("/assessments/".length());
		this.admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(this.admin, StaffJourneyTests.PASSWORD, StaffRole.ADMIN, "browser-tests");
		this.accounts.create("staff-" + UUID.randomUUID().toString().substring(0, 8), StaffJourneyTests.PASSWORD,
				StaffRole.STAFF, "browser-tests");
	}

	@BeforeEach
	void loggedIn() {
		this.browser.resize(Browser.DESKTOP);
		this.browser.open("/staff/account");
		if (this.browser.path().equals("/login")) {
			StaffJourneyTests.logIn(this.browser, this.admin, StaffJourneyTests.PASSWORD);
			this.browser.waitForPath("/staff/account");
		}
	}

	@Test
	void assessmentList() {
		this.browser.open("/staff/assessments");
		assertThat(this.browser.findAll("table.staff-list tbody tr")).isNotEmpty();
		Accessibility.assertNoViolations(this.browser, "the list of assessments");
		// an administrator's navigation (seven entries and the brand) on one line at 1280
		// px,
		// lined up with the content
		assertThat(this.browser.script("""
				const tops = new Set([...document.querySelectorAll('.nav-list > li')].map((li) => li.offsetTop));
				return tops.size;""")).isEqualTo(1L);
		assertThat(this.browser.script("""
				const header = document.querySelector('.site-header .brand').getBoundingClientRect();
				const main = document.querySelector('main .wide').getBoundingClientRect();
				return Math.round(Math.abs(header.left - main.left));""")).isEqualTo(0L);
		assertThat(this.browser.text("footer")).doesNotContain("does not replace");
	}

	@Test
	void assessmentListWithAnInvalidFilter() {
		this.browser.open("/staff/assessments?from=2026-02-30");
		assertThat(this.browser.findAll(".error-summary")).hasSize(1);
		Accessibility.assertNoViolations(this.browser, "the list of assessments with an invalid filter");
	}

	@Test
	void assessmentDetailBeforeAndAfterAReview() {
		this.browser.open("/staff/assessments/" + this.publicId);
		Accessibility.assertNoViolations(this.browser, "an assessment");
		this.browser.clickLabelOf("input[name=status][value=FOLLOW_UP]");
		this.browser.type("#note", "Ask about the budget.");
		this.browser.clickText("Save the review");
		this.browser.waitFor(".notice-ok");
		assertThat(this.browser.findAll("ul.audit li")).isNotEmpty();
		Accessibility.assertNoViolations(this.browser, "an assessment with its review saved");
	}

	@Test
	void deleteConfirmation() {
		this.browser.open("/staff/admin/assessments/" + this.publicId + "/delete");
		assertThat(this.browser.text("h1")).isEqualTo("Delete this assessment?");
		Accessibility.assertNoViolations(this.browser, "the confirmation of a deletion");
	}

	@Test
	void staffAccounts() {
		this.browser.open("/staff/admin/users");
		assertThat(this.browser.findAll("table.staff-users tbody tr")).hasSizeGreaterThanOrEqualTo(2);
		Accessibility.assertNoViolations(this.browser, "the staff accounts");
	}

	@Test
	void newAccountFormAndItsErrors() {
		this.browser.open("/staff/admin/users/new");
		Accessibility.assertNoViolations(this.browser, "the form to create an account");
		this.browser.type("#username", "x");
		this.browser.type("#password", "short");
		this.browser.clickText("Create the account");
		this.browser.waitFor(".error-summary");
		Accessibility.assertNoViolations(this.browser, "the form to create an account with errors");
	}

	@Test
	void passwordReset() {
		this.browser.open("/staff/admin/users");
		this.browser.find("table.staff-users a[href$='/password']").click();
		this.browser.waitForPath("/staff/admin/users/\\d+/password");
		Accessibility.assertNoViolations(this.browser, "the form to reset a password");
	}

	@Test
	void accountPageAndItsErrors() {
		this.browser.open("/staff/account");
		Accessibility.assertNoViolations(this.browser, "my account");
		this.browser.type("#current", "wrong");
		this.browser.clickText("Change my password");
		this.browser.waitFor(".error-summary");
		Accessibility.assertNoViolations(this.browser, "my account with errors");
	}

	@Test
	void auditTrail() {
		this.browser.open("/staff/admin/audit");
		assertThat(this.browser.findAll("main table tbody tr")).isNotEmpty();
		Accessibility.assertNoViolations(this.browser, "the audit trail");
	}

}
