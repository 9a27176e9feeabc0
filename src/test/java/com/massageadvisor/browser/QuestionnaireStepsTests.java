package com.massageadvisor.browser;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire in steps (issue 15), on a phone, in a real browser: one step at a
 * time with its progress, Next that refuses a step with an unanswered question, the focus
 * on each step's heading and on the error summary after a failed submit, the page that
 * works without script, and answers the browser keeps when what was sent was too large to
 * be read.
 */
@BrowserTest
class QuestionnaireStepsTests {

	private Browser browser;

	@BeforeEach
	void anonymousOnAPhone(Browser browser) {
		this.browser = browser;
		browser.scripts(true);
		browser.forgetSession();
		browser.resize(Browser.PHONE);
	}

	private List<String> visibleSteps() {
		return this.browser.findAll("[data-step]")
			.stream()
			.filter(WebElement::isDisplayed)
			.map((step) -> step.getDomAttribute("id"))
			.toList();
	}

	private void assertStep(int step) {
		assertThat(visibleSteps()).as("the step shown").containsExactly("step-" + step);
		assertThat(Questionnaire.progress(this.browser)).isEqualTo("Step " + step + " of 4");
		assertThat(this.browser.find("progress#step-bar").getDomProperty("value")).isEqualTo(String.valueOf(step));
		assertThat(this.browser.horizontalOverflow()).as("sideways scroll on step %d", step).isLessThanOrEqualTo(0);
		assertThat(
				this.browser.script("var page = document.documentElement; return page.scrollWidth - page.clientWidth"))
			.as("the document is as wide as the viewport (less its scroll bar) on step %d", step)
			.isEqualTo(0L);
	}

	@Test
	void aClientStepsThroughTheQuestionnaireOnAPhoneWithTheKeyboard() {
		String name = Questionnaire.unique("Steps");
		this.browser.open(Questionnaire.FORM);
		assertStep(1);
		assertThat(this.browser.findAll("button[type=submit]")).filteredOn(WebElement::isDisplayed)
			.as("no send button before the last step")
			.isEmpty();
		Accessibility.assertNoViolations(this.browser, "the questionnaire's first step");
		this.browser.resize(Browser.PHONE);

		// Next refuses a step whose required questions are unanswered
		this.browser.tabTo("clientName", 12);
		this.browser.tabToText("Next", 40);
		this.browser.press(Keys.ENTER);
		assertStep(1);
		assertThat(this.browser.focusedId()).as("the focus goes to the first question to answer")
			.isEqualTo("clientName");
		assertThat(this.browser.findAll(".field-error")).extracting(WebElement::getText)
			.containsExactly("Enter your name or a reference", "Choose what you want from massage",
					"Choose how you spend most of your days", "Choose a kind of massage, or Not sure");
		assertThat(this.browser.focused().getDomProperty("validationMessage"))
			.as("the browser's own validation carries the page's message")
			.isEqualTo("Enter your name or a reference");
		assertThat(this.browser.focused().getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.browser.focused().getDomAttribute("aria-describedby")).contains("clientName-error");
		Accessibility.assertNoViolations(this.browser, "the questionnaire's first step refused");
		this.browser.resize(Browser.PHONE);

		this.browser.press(name);
		this.browser.tabTo("goal", 3);
		this.browser.press(Keys.SPACE);
		this.browser.tabTo("lifestyle", 2);
		this.browser.press(Keys.SPACE);
		this.browser.tabTo("massageType", 2);
		this.browser.press(Keys.SPACE);
		assertThat(this.browser.findAll(".field-error")).as("answered questions lose their error").isEmpty();
		this.browser.tabToText("Next", 3);
		this.browser.press(Keys.ENTER);

		assertStep(2);
		assertThat(this.browser.focused().getTagName()).isEqualTo("h2");
		assertThat(this.browser.focused().getText()).isEqualTo("Your back and your pain");
		this.browser.tabTo("painLevel", 2);
		this.browser.press("3");
		// Enter in a field of a step moves on as Next does: the duration is missing
		this.browser.press(Keys.ENTER);
		assertStep(2);
		assertThat(this.browser.focusedId()).isEqualTo("painDuration");
		assertThat(this.browser.findAll(".field-error")).extracting(WebElement::getText)
			.containsExactly("Choose how long you have had this pain");
		// the second option: a few days (no pain at all would not go with a pain of 3)
		this.browser.press(Keys.SPACE, Keys.ARROW_DOWN);
		this.browser.tabToText("Next", 20);
		this.browser.press(Keys.ENTER);

		assertStep(3);
		assertThat(this.browser.focused().getText()).isEqualTo("Health and safety");
		Accessibility.assertNoViolations(this.browser, "the questionnaire's third step");
		this.browser.resize(Browser.PHONE);
		// Back returns to the previous step, with its answers
		this.browser.findAll("[data-step-back]").stream().filter(WebElement::isDisplayed).findFirst().get().click();
		assertStep(2);
		assertThat(this.browser.focused().getText()).isEqualTo("Your back and your pain");
		assertThat(this.browser.find("#painLevel").getDomProperty("value")).isEqualTo("3");
		Questionnaire.next(this.browser);
		Questionnaire.next(this.browser);

		assertStep(4);
		assertThat(this.browser.focused().getText()).isEqualTo("Cost, contact and consent");
		this.browser.tabTo("consent", 6);
		this.browser.press(Keys.SPACE);
		this.browser.press(Keys.TAB);
		assertThat(this.browser.focused().getText()).isEqualTo("See my plan");
		this.browser.screenshot("questionnaire-step-4-phone");
		this.browser.press(Keys.ENTER);
		this.browser.waitForPath(Questionnaire.RESULT);
		assertThat(this.browser.text(".eyebrow")).startsWith("For " + name);
		assertThat(this.browser.script("return Object.keys(sessionStorage).length"))
			.as("the answers the tab kept are forgotten once the plan is shown")
			.isEqualTo(0L);
	}

	@Test
	void afterAFailedSubmitTheFocusIsOnTheErrorSummary() {
		this.browser.open(Questionnaire.FORM);
		Questionnaire.typical(Questionnaire.unique("Summary")).withCost("-5", null).fill(this.browser);
		this.browser.find("form.questionnaire button[type=submit]").click();
		this.browser.waitFor("#error-summary");
		assertThat(this.browser.script("return document.activeElement.id")).isEqualTo("error-summary");
		// the price and the consent are on the last step: it is open
		assertStep(4);
		assertThat(this.browser.findAll(".error-summary a")).extracting(WebElement::getText)
			.containsExactly("Enter the price of a session as a number, like 60 or 59.50, without thousands separators",
					"Tick the box to agree that your answers are stored, or we cannot make your plan");
		Accessibility.assertNoViolations(this.browser, "the questionnaire's step after a failed submit");
	}

	@Test
	void withoutScriptTheQuestionnaireIsOnePageThatStillSubmits() {
		this.browser.scripts(false);
		try {
			String name = Questionnaire.unique("No script");
			this.browser.open(Questionnaire.FORM);
			assertThat(visibleSteps()).as("every step on one page")
				.containsExactly("step-1", "step-2", "step-3", "step-4");
			assertThat(
					this.browser.findAll("[data-step-progress], [data-step-nav], [data-step-submit] [data-step-back]"))
				.as("no progress, Next or Back")
				.hasSize(5)
				.allSatisfy((hidden) -> assertThat(hidden.getDomAttribute("hidden")).isNotNull());
			assertThat(this.browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			// a mistake: the server's summary, without the focus the script would give
			this.browser.find("form.questionnaire button[type=submit]").click();
			this.browser.waitFor("#error-summary");
			assertThat(this.browser.findAll(".error-summary a")).hasSizeGreaterThanOrEqualTo(6);
			Questionnaire.typical(name).submit(this.browser);
			this.browser.waitForPath(Questionnaire.RESULT);
			assertThat(this.browser.text(".eyebrow")).startsWith("For " + name);
		}
		finally {
			this.browser.scripts(true);
		}
	}

	@Test
	void answersSentTooLargeAreFilledInAgainFromWhatTheBrowserKept() {
		String name = Questionnaire.unique("Too large");
		this.browser.open(Questionnaire.FORM);
		Questionnaire.typical(name).withCost("70", null).fill(this.browser);
		Questionnaire.tick(this.browser, "#consent", true);
		// more than the 64 KB the server reads, past the field's own limit
		this.browser.script("document.getElementById('email').value = 'a'.repeat(70 * 1024) + '@example.com';"
				+ " document.getElementById('email').dispatchEvent(new Event('input', {bubbles: true}));");
		this.browser.find("form.questionnaire button[type=submit]").click();

		WebElement summary = this.browser.waitFor("#error-summary");
		assertThat(summary.getText()).contains("What you sent was larger than we accept, so we could not read it.");
		assertThat(this.browser.focusedId()).isEqualTo("error-summary");
		assertStep(4);
		assertThat(this.browser.find("#clientName").getDomProperty("value")).as("filled in again").isEqualTo(name);
		assertThat(this.browser.find("input[name=goal][value=CHRONIC_PAIN]").isSelected()).isTrue();
		assertThat(this.browser.find("#painLevel").getDomProperty("value")).isEqualTo("5");
		assertThat(this.browser.find("#signs-HEADACHES").isSelected()).isTrue();
		assertThat(this.browser.find("#sessionPrice").getDomProperty("value")).isEqualTo("70");
		assertThat(this.browser.find("#consent").isSelected()).isTrue();

		this.browser.type("#email", "client@example.com");
		this.browser.find("form.questionnaire button[type=submit]").click();
		this.browser.waitForPath(Questionnaire.RESULT);
		assertThat(this.browser.text(".eyebrow")).startsWith("For " + name);
		this.browser.open(Questionnaire.FORM);
		assertThat(this.browser.find("#clientName").getDomProperty("value")).as("forgotten after the successful submit")
			.isEmpty();
	}

}
