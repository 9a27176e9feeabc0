package com.massageadvisor.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every page a client or a visitor sees, in every state, scanned by axe-core against WCAG
 * 2.1 A and AA in a real browser: no violation allowed.
 */
@BrowserTest
class PublicPagesAccessibilityTests {

	private Browser browser;

	@BeforeEach
	void anonymousOnADesktop(Browser browser) {
		this.browser = browser;
		browser.forgetSession();
		browser.resize(Browser.DESKTOP);
	}

	@Test
	void theScanFindsViolationsWhenThereAreSome() {
		this.browser.open("/");
		this.browser.script("var image = document.createElement('img'); image.src = '/none.png';"
				+ " document.querySelector('main').appendChild(image);"
				+ " document.querySelector('h1').style.color = '#eeeeee';");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> Accessibility.assertNoViolations(this.browser, "a broken start page"))
			.withMessageContaining("image-alt")
			.withMessageContaining("color-contrast");
	}

	@Test
	void startPage() {
		this.browser.open("/");
		assertThat(this.browser.text("h1")).isEqualTo("How often should you get a massage for your back?");
		Accessibility.assertNoViolations(this.browser, "the start page");
	}

	@Test
	void questionnaire() {
		this.browser.open(Questionnaire.FORM);
		Accessibility.assertNoViolations(this.browser, "the questionnaire");
	}

	@Test
	void questionnaireInFrench() {
		this.browser.open(Questionnaire.FORM + "?lang=fr");
		assertThat(this.browser.find("html").getDomAttribute("lang")).isEqualTo("fr");
		Accessibility.assertNoViolations(this.browser, "the questionnaire in French");
	}

	@Test
	void questionnaireWithErrors() {
		this.browser.open(Questionnaire.FORM);
		// answered, so that Next lets them by, but wrong, and no consent
		Questionnaire.typical(Questionnaire.unique("A11y errors"))
			.withPainLevel("11")
			.withCost("-5", "a lot")
			.fill(this.browser);
		this.browser.type("#email", "dana@example");
		this.browser.find("form.questionnaire button[type=submit]").click();
		this.browser.waitFor(".error-summary");
		assertThat(this.browser.findAll(".error-summary li")).hasSizeGreaterThanOrEqualTo(5);
		Accessibility.assertNoViolations(this.browser, "the questionnaire with errors");
	}

	@Test
	void result() {
		this.browser.open(Questionnaire.FORM);
		Questionnaire.typical(Questionnaire.unique("A11y result")).withCost("80", "150").submit(this.browser);
		this.browser.waitForPath(Questionnaire.RESULT);
		assertThat(this.browser.findAll("#cost-heading")).as("with the cost table").hasSize(1);
		Accessibility.assertNoViolations(this.browser, "the result");
	}

	/**
	 * A client withdraws their link: the confirmation page, then the page the link now
	 * answers (410), both scanned.
	 */
	@Test
	void withdrawingTheLink() {
		this.browser.open(Questionnaire.FORM);
		Questionnaire.typical(Questionnaire.unique("A11y withdraw")).submit(this.browser);
		this.browser.waitForPath(Questionnaire.RESULT);
		String result = this.browser.path();
		this.browser.clickText("Withdraw this link");
		this.browser.waitForPath(Questionnaire.RESULT + "/withdraw");
		assertThat(this.browser.text("h1")).isEqualTo("Withdraw the link to your plan?");
		Accessibility.assertNoViolations(this.browser, "the withdrawal's confirmation");
		this.browser.find("form button.danger").click();
		this.browser.waitForPath(Questionnaire.RESULT);
		assertThat(this.browser.path()).isEqualTo(result);
		assertThat(this.browser.text("h1")).isEqualTo("This link was withdrawn");
		Accessibility.assertNoViolations(this.browser, "a withdrawn link");
		this.browser.open(result + "/sheet?lang=fr");
		assertThat(this.browser.text("h1")).isEqualTo("Ce lien a été retiré");
		Accessibility.assertNoViolations(this.browser, "a withdrawn link in French");
	}

	@Test
	void stopResult() {
		this.browser.open(Questionnaire.FORM);
		Questionnaire.typical(Questionnaire.unique("A11y stop")).withConditions("FRACTURE").submit(this.browser);
		this.browser.waitForPath(Questionnaire.RESULT);
		assertThat(this.browser.findAll(".stop-box")).hasSize(1);
		Accessibility.assertNoViolations(this.browser, "the result that says not to book");
	}

	@Test
	void redFlagResult() {
		this.browser.open(Questionnaire.FORM);
		Questionnaire.typical(Questionnaire.unique("A11y red flag"))
			.withRedFlags("SADDLE_NUMBNESS")
			.submit(this.browser);
		this.browser.waitForPath(Questionnaire.RESULT);
		assertThat(this.browser.findAll(".stop-box [role=alert]")).hasSize(1);
		Accessibility.assertNoViolations(this.browser, "the result that sends the client to a doctor today");
	}

	@Test
	void sheet() {
		this.browser.open(Questionnaire.FORM);
		Questionnaire.typical(Questionnaire.unique("A11y sheet")).withCost("80", "150").submit(this.browser);
		this.browser.waitForPath(Questionnaire.RESULT);
		this.browser.open(this.browser.path() + "/sheet");
		assertThat(this.browser.findAll("table.costs")).as("with the cost table").hasSize(1);
		Accessibility.assertNoViolations(this.browser, "the sheet");
	}

	@Test
	void login() {
		this.browser.open("/login");
		Accessibility.assertNoViolations(this.browser, "the log-in page");
	}

	@Test
	void loginWithError() {
		this.browser.open("/login");
		StaffJourneyTests.logIn(this.browser, "nobody-here", "not the password at all");
		this.browser.waitFor(".error-summary");
		Accessibility.assertNoViolations(this.browser, "the log-in page with an error");
	}

	@Test
	void notFound() {
		this.browser.open("/assessments/00000000-0000-4000-8000-000000000000");
		assertThat(this.browser.text("h1")).isEqualTo("Page not found");
		Accessibility.assertNoViolations(this.browser, "the page not found");
	}

}
