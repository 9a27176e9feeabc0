package com.massageadvisor.browser;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Sign;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page on a phone (390 by 844 CSS pixels) in a real browser: the answer in the
 * first screen, nothing wider than the screen (the timeline and the tables included), the
 * timeline's text readable, and the axe-core scan clean, for a plan and for a page that
 * says not to book. The assessments are stored through the application's own service, so
 * the page is reached by its link as a client does.
 */
@BrowserTest
class ResultPageBrowserTests {

	@Autowired
	private Assessments assessments;

	private Browser browser;

	@BeforeEach
	void anonymousOnAPhone(Browser browser) {
		this.browser = browser;
		browser.forgetSession();
		browser.resize(Browser.PHONE);
	}

	@Test
	void aPlanWithPriceAndBudgetFitsAPhoneWithItsAnswerInTheFirstScreen() {
		open(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
			.pain(5, PainDuration.SUBACUTE)
			.signs(Sign.HEADACHES)
			.sessionPrice("95")
			.monthlyBudget("250")
			.medicallyCleared()
			.build());
		assertDocumentAsWideAsTheScreen("the result page");

		WebElement card = this.browser.find(".summary-card");
		assertThat(card.isDisplayed()).isTrue();
		assertThat(bottom(".summary-card")).as("the summary card ends within the first screen")
			.isLessThanOrEqualTo(Browser.PHONE.getHeight());

		// the timeline: inside the screen, every phase's name whole, its text 12 px or
		// more
		assertInsideTheScreen("figure.timeline svg");
		assertThat(this.browser.findAll("figure.timeline g.lane")).hasSize(3);
		assertThat(number("""
				var svg = document.querySelector('figure.timeline svg'), box = svg.getBoundingClientRect(), outside = 0;
				svg.querySelectorAll('text').forEach(function (text) {
				  var r = text.getBoundingClientRect();
				  if (r.left < box.left - 0.5 || r.right > box.right + 0.5) { outside++; }
				});
				return outside;""")).as("labels cut off by the picture's edge").isZero();
		assertThat(number("""
				var svg = document.querySelector('figure.timeline svg'), scale = svg.getScreenCTM().a, least = 1000;
				svg.querySelectorAll('text').forEach(function (text) {
				  least = Math.min(least, parseFloat(text.getAttribute('font-size')) * scale);
				});
				return least;""")).as("the smallest text of the timeline, in CSS pixels").isGreaterThanOrEqualTo(12);
		assertThat(this.browser.findAll("figure.timeline svg > text")).extracting(WebElement::getText)
			.allSatisfy((date) -> assertThat(date).matches("\\d{1,2} [A-Z][a-z]{2}"));
		this.browser.screenshot("result-phone-first-screen");

		// every group of advice opened: the tables stack inside the screen
		for (WebElement summary : this.browser.findAll("details.advice-group > summary")) {
			summary.click();
		}
		assertThat(this.browser.findAll("details.advice-group[open]")).hasSize(3);
		assertDocumentAsWideAsTheScreen("the result page with its advice open");
		List<WebElement> tables = this.browser.findAll("main table");
		assertThat(tables).extracting((table) -> table.getDomAttribute("class"))
			.contains("phases stack", "costs stack");
		for (WebElement table : tables) {
			assertThat(table.getRect().getX()).isGreaterThanOrEqualTo(0);
			assertThat(table.getRect().getX() + table.getRect().getWidth()).as("right of a table")
				.isLessThanOrEqualTo((int) number("return document.documentElement.clientWidth"));
		}
		assertThat(number("""
				var outside = 0;
				document.querySelectorAll('main table, main table th, main table td').forEach(function (cell) {
				  var r = cell.getBoundingClientRect();
				  if (r.width > 0 && (r.left < 0 || r.right > document.documentElement.clientWidth)) { outside++; }
				});
				return outside;""")).as("table cells beyond the screen's edge").isZero();
		assertThat(this.browser.text("table.costs td[data-label]")).as("a cell names its column on a phone")
			.isNotBlank();
		this.browser.screenshot("result-phone-advice-open");
		Accessibility.assertNoViolations(this.browser, "the result page with its advice open");
	}

	@Test
	void aPlanThatSaysNotToBookFitsAPhoneAndSaysSoFirst() {
		open(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.conditions(Condition.FRACTURE)
			.pain(4, PainDuration.ACUTE)
			.build());
		assertThat(this.browser.title()).isEqualTo("Please see a doctor before any massage: Massage Advisor");
		assertDocumentAsWideAsTheScreen("the stop page");
		assertThat(this.browser.find(".stop-box [role=alert]").getRect().getY())
			.as("the headline of the stop box is in the first screen")
			.isLessThan(Browser.PHONE.getHeight());
		assertThat(this.browser.text("main").toLowerCase(Locale.ROOT).split("do not book", -1))
			.as("'do not book' said once")
			.hasSize(2);
		this.browser.screenshot("result-phone-stop");
		Accessibility.assertNoViolations(this.browser, "the stop page");
	}

	@Test
	void aRedFlagPageFitsAPhone() {
		open(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.pain(4, PainDuration.ACUTE)
			.redFlags(RedFlag.LEG_WEAKNESS)
			.build());
		assertThat(this.browser.text("h1")).isEqualTo("Please see a doctor today");
		assertDocumentAsWideAsTheScreen("the red flag page");
		assertThat(bottom(".stop-box [role=alert]")).isLessThanOrEqualTo(Browser.PHONE.getHeight());
		this.browser.screenshot("result-phone-red-flag");
		Accessibility.assertNoViolations(this.browser, "the red flag page");
	}

	@Test
	void everyOtherPageAClientSeesFitsAPhoneInBothLanguages() {
		Assessment assessment = this.assessments.create("Phone reader", null, Locale.ENGLISH,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
					.pain(5, PainDuration.CHRONIC)
					.build());
		String link = "/assessments/" + assessment.getPublicId();
		for (String lang : List.of("en", "fr")) {
			for (String path : List.of("/", "/assessments/new", link + "/check-in", link + "/withdraw", link + "/sheet",
					"/assessments/" + UUID.randomUUID(), "/login")) {
				this.browser.open(path + "?lang=" + lang);
				assertDocumentAsWideAsTheScreen(path + " in " + lang);
			}
		}
	}

	private void open(Answers answers) {
		Assessment assessment = this.assessments.create("Phone reader", null, Locale.ENGLISH, answers);
		this.browser.open("/assessments/" + assessment.getPublicId());
		this.browser.waitForPath(Questionnaire.RESULT);
	}

	/**
	 * The document is exactly as wide as the viewport (without its vertical scroll bar):
	 * nothing to scroll sideways.
	 */
	private void assertDocumentAsWideAsTheScreen(String page) {
		assertThat(number("return document.documentElement.scrollWidth")).as("width of %s", page)
			.isEqualTo(number("return document.documentElement.clientWidth"))
			.isGreaterThan(Browser.PHONE.getWidth() - 20);
		assertThat(this.browser.horizontalOverflow()).isLessThanOrEqualTo(0);
	}

	private void assertInsideTheScreen(String css) {
		WebElement element = this.browser.find(css);
		assertThat(element.getRect().getX()).as("left of %s", css).isGreaterThanOrEqualTo(0);
		assertThat(element.getRect().getX() + element.getRect().getWidth()).as("right of %s", css)
			.isLessThanOrEqualTo((int) number("return document.documentElement.clientWidth"));
	}

	private double bottom(String css) {
		return number(
				"window.scrollTo(0, 0); return document.querySelector(arguments[0]).getBoundingClientRect().bottom",
				css);
	}

	private double number(String script, Object... args) {
		return ((Number) this.browser.script(script, args)).doubleValue();
	}

}
