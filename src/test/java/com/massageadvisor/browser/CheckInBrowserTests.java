package com.massageadvisor.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in at a phone's width in a real browser: the form and the result page with
 * its chart fit the screen and pass the axe-core scan (WCAG 2.1 A and AA).
 */
@BrowserTest
class CheckInBrowserTests {

	private Browser browser;

	@BeforeEach
	void anonymousOnAPhone(Browser browser) {
		this.browser = browser;
		browser.forgetSession();
		browser.resize(Browser.PHONE);
	}

	@Test
	void checksInOnAPhoneAndReadsTheChart() {
		this.browser.open(Questionnaire.FORM);
		Questionnaire.typical(Questionnaire.unique("Phone check-in")).submit(this.browser);
		this.browser.waitForPath(Questionnaire.RESULT);
		String result = this.browser.path();
		this.browser.find("a[href$='/check-in']").click();
		this.browser.waitFor("form.check-in");
		Accessibility.assertNoViolations(this.browser, "the check-in form on a phone");

		// a first try with errors: the summary comes first and passes the scan too
		this.browser.find("form.check-in button[type=submit]").click();
		this.browser.waitFor(".error-summary");
		assertThat(this.browser.focusedId()).as("the focus is on the error summary").isEqualTo("error-summary");
		Accessibility.assertNoViolations(this.browser, "the check-in form with errors");

		this.browser.script("document.getElementById('date').value = arguments[0];", LocalDate.now().toString());
		this.browser.type("#sessionsSinceLast", "2");
		this.browser.type("#painLevel", "3");
		this.browser.type("#reliefDays", "30");
		this.browser.clickLabelOf("#change-BETTER");
		this.browser.find("form.check-in button[type=submit]").click();
		this.browser.waitFor(".pain-chart-svg");
		assertThat(this.browser.path()).isEqualTo(result);
		assertThat(this.browser.text("#follow-up .step-sentence")).contains("30 days");
		assertThat(this.browser.horizontalOverflow()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
		this.browser.screenshot("check-in-result-phone");
		Accessibility.assertNoViolations(this.browser, "the result after a check-in on a phone");
	}

}
