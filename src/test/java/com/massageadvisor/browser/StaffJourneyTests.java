package com.massageadvisor.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.AnswerSamples;
import com.massageadvisor.staff.StaffAccounts;
import com.massageadvisor.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff logs in, finds a client's assessment, reviews it and exports the
 * list, in a real browser.
 */
@BrowserTest
class StaffJourneyTests {

	static final String PASSWORD = "a long enough password";

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private Assessments assessments;

	@Test
	void staffFindAClientsAssessmentReviewItAndExportTheList(Browser browser) throws Exception {
		browser.resize(Browser.DESKTOP);
		String client = Questionnaire.unique("Staffjourney");
		browser.open(Questionnaire.FORM);
		Questionnaire.typical(client).submit(browser);
		browser.waitForPath(Questionnaire.RESULT);
		String publicId = browser.path().substring("/assessments/".length());

		String username = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, StaffRole.STAFF, "browser-tests");
		browser.forgetSession();
		browser.open("/");
		browser.clickText("Staff log-in");
		browser.waitForPath("/login");
		logIn(browser, username, PASSWORD);
		browser.waitForPath("/staff/assessments");
		assertThat(browser.text("h1")).isEqualTo("Saved assessments");
		assertThat(browser.text("nav")).contains("My account (" + username + ")");

		// the search finds names that start with what is typed, in any case
		String start = client.substring(0, client.length() - 4).toLowerCase(Locale.ROOT);
		browser.type("#q", start);
		browser.clickText("Search");
		browser.waitUntil((driver) -> browser.text("p.count").equals("One assessment matches"));
		assertThat(browser.findAll("table.staff-list tbody tr")).singleElement()
			.extracting(WebElement::getText)
			.asString()
			.contains(client, "New");

		browser.clickText(client);
		browser.waitForPath("/staff/assessments/" + publicId);
		assertThat(browser.text("h1")).isEqualTo(client);
		assertThat(browser.text(".review-box")).contains("Not reviewed yet.");
		assertThat(browser.text("main")).contains("Deep tissue", "Tension headaches");

		String note = "Called " + client + ": booked the first session after the GP's go-ahead.";
		browser.clickLabelOf("input[name=status][value=REVIEWED]");
		browser.type("#note", note);
		browser.clickText("Save the review");
		assertThat(browser.waitFor(".notice-ok").getText()).isEqualTo("The review is saved.");
		assertThat(browser.path()).isEqualTo("/staff/assessments/" + publicId);
		assertThat(browser.find("input[name=status][value=REVIEWED]").isSelected()).isTrue();
		assertThat(browser.find("#note").getDomProperty("value")).isEqualTo(note);
		assertThat(browser.text(".review-box")).contains("Last review: Reviewed, by " + username);

		browser.clickText("All assessments");
		browser.waitForPath("/staff/assessments");
		browser.type("#q", start);
		browser.clickText("Search");
		browser.waitUntil((driver) -> browser.text("p.count").equals("One assessment matches"));
		assertThat(browser.text("table.staff-list tbody tr")).contains(client, "Reviewed");

		browser.clickText("Export these as CSV");
		Path csv = browser.waitForDownload(".csv");
		assertThat(csv.getFileName().toString()).startsWith("assessments-");
		String exported = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(exported).contains(client, publicId, "REVIEWED", username, note);
		browser.screenshot("staff-list-after-export");
	}

	@Test
	void aSearchOfTwoWordsOnAPhoneSaysMoreThanAPageAndLeadsToTheNextInBothLanguages(Browser browser) {
		String surname = "Twowords" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 30; i++) {
			this.assessments.create("Marie " + surname + " " + i, null, Locale.ENGLISH, AnswerSamples.longest());
		}
		String username = "searcher-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, StaffRole.STAFF, "browser-tests");
		browser.forgetSession();
		browser.resize(Browser.PHONE);
		browser.open("/login");
		logIn(browser, username, PASSWORD);
		browser.waitForPath("/staff/assessments");
		for (String lang : java.util.List.of("en", "fr")) {
			browser.open("/staff/assessments?q=marie+" + surname.toLowerCase(Locale.ROOT) + "&lang=" + lang);
			assertThat(browser.text("p.count")).as(lang)
				.isEqualTo(
						lang.equals("en") ? "More than 25 assessments match" : "Plus de 25 évaluations correspondent");
			assertThat(browser.findAll("table.staff-list tbody tr")).as(lang).hasSize(25);
			assertThat(browser.horizontalOverflow()).as("sideways scroll of the list in %s", lang)
				.isLessThanOrEqualTo(0);
			assertThat(((Number) browser.script("""
					var box = document.querySelector('.table-scroll');
					return box.scrollWidth - box.clientWidth;""")).longValue())
				.as("the list fits the phone without scrolling sideways in %s", lang)
				.isLessThanOrEqualTo(0);
			assertThat(browser.script(
					"return getComputedStyle(document.querySelector('table.staff-list td:nth-child(3)'), '::before').content"))
				.as("each line of a row names its column in %s", lang)
				.isEqualTo(lang.equals("en") ? "\"Goal\"" : "\"Objectif\"");
			browser.screenshot("staff-list-two-words-phone-" + lang);
			browser.find("nav.pagination a[rel=next]").click();
			browser.waitUntil((driver) -> browser.findAll("table.staff-list tbody tr").size() == 5);
			assertThat(browser.text("p.count")).as(lang)
				.isEqualTo(
						lang.equals("en") ? "More than 25 assessments match" : "Plus de 25 évaluations correspondent");
		}
	}

	static void logIn(Browser browser, String username, String password) {
		browser.type("#username", username);
		browser.type("#password", password);
		browser.find("main button[type=submit]").click();
	}

}
