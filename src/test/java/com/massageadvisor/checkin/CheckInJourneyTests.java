package com.massageadvisor.checkin;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application: a client submits the questionnaire, comes back through the
 * result page three times with better and worse news, and sees the plan change and the
 * chart grow.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class CheckInJourneyTests {

	@Autowired
	private RestTestClient client;

	/** The session cookie and CSRF token of a form page. */
	private record FormPage(String cookie, String token, Document document) {
	}

	private FormPage page(String uri) {
		var page = this.client.get().uri(uri).exchange().expectStatus().isOk().returnResult(String.class);
		String cookie = page.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
		Document document = Jsoup.parse(page.getResponseBody());
		return new FormPage(cookie, document.select("input[name=_csrf]").attr("value"), document);
	}

	private String submitQuestionnaire(String... conditions) {
		return submitQuestionnaire(false, conditions);
	}

	private String submitQuestionnaire(boolean medicallyCleared, String... conditions) {
		FormPage form = page("/assessments/new");
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		body.add("clientName", "Check-in journey");
		body.add("goal", "CHRONIC_PAIN");
		body.add("lifestyle", "DESK_WORKER");
		body.add("massageType", "SWEDISH");
		body.add("painLevel", "6");
		body.add("painDuration", "CHRONIC");
		body.add("consent", "true");
		for (String condition : conditions) {
			body.add("conditions", condition);
		}
		if (medicallyCleared) {
			body.add("medicallyCleared", "true");
		}
		body.add("_csrf", form.token());
		var result = this.client.post()
			.uri("/assessments")
			.header(HttpHeaders.COOKIE, form.cookie())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body)
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult();
		return result.getResponseHeaders().getLocation().getPath();
	}

	private RestTestClient.ResponseSpec checkIn(String assessment, String... fields) {
		FormPage form = page(assessment + "/check-in");
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			body.add(fields[i], fields[i + 1]);
		}
		body.add("_csrf", form.token());
		return this.client.post()
			.uri(assessment + "/check-ins")
			.header(HttpHeaders.COOKIE, form.cookie())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body)
			.exchange();
	}

	private Document result(String assessment) {
		return Jsoup.parse(this.client.get()
			.uri(assessment)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody());
	}

	@Test
	void checksInThreeTimesAndSeesThePlanChangeAndTheChartGrow() {
		String assessment = submitQuestionnaire();
		Document before = result(assessment);
		assertThat(before.select("a[href$=/check-in]")).as("always a link to check in").isNotEmpty();
		assertThat(before.select(".check-in-history")).isEmpty();
		String today = LocalDate.now().toString();

		checkIn(assessment, "date", today, "sessionsSinceLast", "2", "painLevel", "5", "reliefDays", "2", "soreness",
				"NONE", "change", "SLIGHTLY_BETTER")
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, ".*/assessments/[0-9a-f-]{36}#follow-up");
		Document first = result(assessment);
		assertThat(first.select("#follow-up .step-sentence").text()).startsWith("Keep to the plan");
		assertThat(first.select(".pain-chart-svg circle")).hasSize(1);
		assertThat(first.select(".pain-chart-svg rect")).hasSize(1);
		assertThat(first.select("table.check-ins tbody tr")).hasSize(2);

		checkIn(assessment, "date", today, "sessionsSinceLast", "2", "painLevel", "3", "reliefDays", "12", "soreness",
				"NONE", "change", "BETTER")
			.expectStatus()
			.isFound();
		Document second = result(assessment);
		assertThat(second.select("#follow-up .step-sentence").text()).contains("12 days");
		assertThat(second.select(".pain-chart-svg circle")).hasSize(2);
		// the work holds after the initial series' sessions: the plan moves on, every 2
		// weeks
		assertThat(first.select("table.phases").text()).contains("Initial series");
		assertThat(second.select("table.phases").text()).doesNotContain("Initial series").contains("every 2 weeks");
		assertThat(second.select("#calendar-heading")).isNotEmpty();

		checkIn(assessment, "date", today, "sessionsSinceLast", "1", "painLevel", "8", "soreness", "OVER_48H", "change",
				"WORSE")
			.expectStatus()
			.isFound();
		Document third = result(assessment);
		assertThat(third.select("#follow-up.stop-box")).as("REFER cannot be missed").isNotEmpty();
		assertThat(third.select("#follow-up h2").text()).contains("See a healthcare professional");
		assertThat(third.select(".stop-box").size()).isGreaterThanOrEqualTo(2);
		assertThat(third.select("table.phases")).as("no plan to book from").isEmpty();
		assertThat(third.select("#calendar-heading")).isEmpty();
		assertThat(third.select(".pain-chart-svg circle")).hasSize(3);
		List<String> pains = third.select("table.check-ins tbody tr td:eq(1)").eachText();
		assertThat(pains).containsExactly("6", "5", "3", "8");
	}

	/**
	 * Issue 14: the sheet, its PDF and the calendar follow the plan in force after a
	 * check-in, from the check-in's date, and the sheet shows the pain history.
	 */
	@Test
	void theSheetThePdfAndTheCalendarFollowThePlanInForce() throws Exception {
		// cleared by a doctor, so that the calendar proposes its own first date
		String assessment = submitQuestionnaire(true);
		LocalDate today = LocalDate.now();
		checkIn(assessment, "date", today.toString(), "sessionsSinceLast", "2", "painLevel", "5", "reliefDays", "2",
				"soreness", "NONE", "change", "SLIGHTLY_BETTER")
			.expectStatus()
			.isFound();
		checkIn(assessment, "date", today.toString(), "sessionsSinceLast", "2", "painLevel", "3", "reliefDays", "12",
				"soreness", "NONE", "change", "BETTER")
			.expectStatus()
			.isFound();
		Document page = result(assessment);
		String phases = page.select("table.phases").text();
		assertThat(phases).doesNotContain("Initial series").contains("every 2 weeks");

		Document sheet = Jsoup.parse(get(assessment + "/sheet").getResponseBody());
		// the same phases; the sheet's small print keeps the guideline rows, the client's
		// page leaves them out (issue 15)
		assertThat(sheet.select("table.phases tbody tr").eachText())
			.hasSameSizeAs(page.select("table.phases tbody tr"));
		assertThat(sheet.select("table.phases tbody th, table.phases tbody td:not(.cite)").eachText())
			.isEqualTo(page.select("table.phases tbody th, table.phases tbody td").eachText());
		assertThat(page.select("table.phases .cite")).isEmpty();
		assertThat(sheet.text()).contains(page.select("#follow-up .step-sentence").text());
		assertThat(sheet.select(".check-in-history table.check-ins tbody tr")).hasSize(3);

		byte[] pdf = this.client.get()
			.uri(assessment + "/sheet.pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("every 2 weeks")
				.doesNotContain("Initial series");
		}

		String ics = get(assessment + "/schedule.ics").getResponseBody();
		// the events' starts (DTSTART;TZID=...), not the time zone's own history
		LocalDate first = ics.lines()
			.filter((line) -> line.startsWith("DTSTART;"))
			.map((line) -> LocalDate.parse(line.substring(line.indexOf(':') + 1, line.indexOf(':') + 9),
					java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
			.min(LocalDate::compareTo)
			.orElseThrow();
		assertThat(first).as("the next session of the plan in force, after the check-in").isEqualTo(today.plusDays(14));
	}

	private org.springframework.test.web.servlet.client.EntityExchangeResult<String> get(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().returnResult(String.class);
	}

	@Test
	void aPlanThatSaysNoMassageOffersNoCheckIn() {
		Document result = result(submitQuestionnaire("FRACTURE"));
		assertThat(result.select(".stop-box")).hasSize(1);
		assertThat(result.select("a[href$=/check-in]")).isEmpty();
	}

	@Test
	void showsEveryErrorInASummaryAndKeepsTheValues() {
		String assessment = submitQuestionnaire();
		var response = checkIn(assessment, "date", LocalDate.now().plusDays(3).toString(), "sessionsSinceLast", "25",
				"painLevel", "five", "reliefDays", "4")
			.expectStatus()
			.isEqualTo(422)
			.returnResult(String.class);
		Document page = Jsoup.parse(response.getResponseBody());
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#date", "#sessionsSinceLast",
				"#painLevel", "#change");
		assertThat(page.select("#error-summary").text()).contains("The date cannot be in the future");
		assertThat(page.select("#reliefDays").val()).isEqualTo("4");
	}

	@Test
	void speaksFrench() {
		String assessment = submitQuestionnaire();
		String body = this.client.get()
			.uri(assessment + "/check-in")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(Jsoup.parse(body).select("h1").text()).isEqualTo("Comment va votre dos maintenant ?");
	}

	@Test
	void refusesACheckInWithoutTheFormsTokenAndAnUnknownPlan() {
		String assessment = submitQuestionnaire();
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		body.add("painLevel", "3");
		this.client.post()
			.uri(assessment + "/check-ins")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get()
			.uri("/assessments/00000000-0000-0000-0000-000000000000/check-in")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}
