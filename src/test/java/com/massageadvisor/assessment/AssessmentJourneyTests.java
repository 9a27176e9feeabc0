package com.massageadvisor.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.massageadvisor.MassageAdvisorApplication;
import com.massageadvisor.rules.RulesEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application: a client submits the questionnaire and reads the result page.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class AssessmentJourneyTests {

	@Autowired
	private RestTestClient client;

	@Autowired
	private AssessmentRepository repository;

	static MultiValueMap<String, String> answers(String name) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("clientName", name);
		form.add("goal", "CHRONIC_PAIN");
		form.add("lifestyle", "DESK_WORKER");
		form.add("massageType", "NOT_SURE");
		form.add("painLevel", "6");
		form.add("painDuration", "CHRONIC");
		form.add("signs", "POOR_SLEEP");
		form.add("sessionPrice", "80");
		form.add("monthlyBudget", "400");
		form.add("consent", "true");
		return form;
	}

	/**
	 * Posts the questionnaire as a browser does: with the session cookie and the CSRF
	 * token of the form page.
	 */
	static RestTestClient.RequestHeadersSpec<?> post(RestTestClient client, MultiValueMap<String, String> form) {
		var page = client.get().uri("/assessments/new").exchange().expectStatus().isOk().returnResult(String.class);
		String cookie = page.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
		String token = Jsoup.parse(page.getResponseBody()).select("input[name=_csrf]").attr("value");
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
		body.set("_csrf", token);
		return client.post()
			.uri("/assessments")
			.header(HttpHeaders.COOKIE, cookie)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body);
	}

	private String submit(RestTestClient client, MultiValueMap<String, String> form) {
		var result = post(client, form).exchange().expectStatus().isFound().returnResult();
		String location = result.getResponseHeaders().getLocation().getPath();
		assertThat(location).matches("/assessments/[0-9a-f-]{36}");
		return location;
	}

	private Document page(RestTestClient client, String path) {
		String html = client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return Jsoup.parse(html);
	}

	@Test
	void aClientSubmitsTheQuestionnaireAndReadsTheirPlan() {
		long before = this.repository.count();
		String location = submit(this.client, answers("Ana <b>Müller</b>"));
		assertThat(this.repository.count()).isEqualTo(before + 1);

		Document result = page(this.client, location);
		assertThat(result.select(".eyebrow").text()).startsWith("For Ana <b>Müller</b>");
		assertThat(result.select(".eyebrow b")).as("a name is shown as text, not markup").isEmpty();
		assertThat(result.select(".headline").text()).startsWith("Once a doctor")
			.contains("every 3 to 5 days", "for your first 4 to 8 sessions");
		assertThat(result.select("svg[role=img] circle[cy=32]")).hasSizeGreaterThan(5);
		assertThat(result.select("table.phases tbody tr")).hasSize(3);
		assertThat(result.select(".warning .badge").eachText()).contains("Check with a doctor first");
		assertThat(result.select(".sources cite").eachText())
			.contains("How long should you leave between back massages?");
		assertThat(result.select(".result-footer").text()).contains("Rules version " + RulesEngine.RULES_VERSION);
	}

	@Test
	void aClientWithAContraindicationSeesTheStopAndNoPlan() {
		MultiValueMap<String, String> form = answers("Ben");
		form.add("conditions", "FRACTURE");
		Document result = page(this.client, submit(this.client, form));
		// issue 15: the page is titled for what it is, and says "do not book" once, in
		// the
		// stop box's headline
		assertThat(result.select("h1").text()).isEqualTo("Please see a doctor before any massage");
		assertThat(result.select(".stop-box h2").text()).isEqualTo("What to do instead");
		assertThat(result.select(".stop-box [role=alert]").text()).startsWith("Please do not book a massage for now");
		assertThat(result.select(".stop-box").text()).contains("broken bone");
		assertThat(result.select("table.phases")).isEmpty();
		assertThat(result.select("svg")).isEmpty();
	}

	@Test
	void aRedFlagWasNotAskedSoTheClientGotAPlan_nowTheFormAsksAndTheResultSendsThemToADoctorToday() {
		MultiValueMap<String, String> form = answers("Eva");
		form.add("redFlags", "BLADDER_BOWEL_CHANGE");
		form.add("redFlags", "FEVER");
		Document result = page(this.client, submit(this.client, form));
		Element stop = result.selectFirst("main .stop-box");
		assertThat(stop).as("the box that replaces the plan").isNotNull();
		assertThat(result.select("main h2").first()).as("the first heading after the title")
			.isEqualTo(stop.selectFirst("h2"));
		assertThat(stop.select("[role=alert]").text()).isEqualTo("Please do not book a massage: see a doctor today.");
		assertThat(stop.select(".instead li").first().text()).contains("needs a doctor urgently",
				"emergency department");
		assertThat(stop.select(".warnings li").eachText()).anyMatch((w) -> w.contains("urine or stools"))
			.anyMatch((w) -> w.contains("fever"));
		// nothing to book from
		assertThat(result.select("table.phases, dl.facts, svg, form[action$=/schedule.ics]")).isEmpty();
		String text = result.select("main").text();
		assertThat(text).doesNotContain("Kind of massage", "Swedish", "Deep tissue", "every 3 to 5 days", "minutes",
				"Never book two sessions", "What it costs", "Add the sessions to your calendar");
	}

	@Test
	void aRedFlagThatIsNotUrgentStillReplacesThePlanWithADoctorSoon() {
		MultiValueMap<String, String> form = answers("Finn");
		form.add("redFlags", "NIGHT_PAIN");
		Document result = page(this.client, submit(this.client, form));
		assertThat(result.select(".stop-box [role=alert]").text()).startsWith("Please do not book a massage for now");
		assertThat(result.select(".stop-box .instead").text()).contains("in the next few days")
			.doesNotContain("urgently");
		assertThat(result.select("table.phases, dl.facts, svg")).isEmpty();
	}

	@Test
	void injurySeverityWasNotAsked_aSeriousInjuryAnsweredOnTheFormGetsTheDoctorFirstWarning() {
		MultiValueMap<String, String> form = answers("Gus");
		form.set("goal", "ACUTE_INJURY");
		form.set("painDuration", "ACUTE");
		form.add("injurySeverity", "SERIOUS");
		Document result = page(this.client, submit(this.client, form));
		assertThat(result.select(".warning").eachText()).anyMatch((w) -> w.contains("serious injury"));
	}

	@Test
	void aClientNeedsNoSessionSoAnyInstanceCanServeThem() {
		var form = this.client.get()
			.uri("/assessments/new")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class);
		assertThat(form.getResponseHeaders().get(HttpHeaders.SET_COOKIE))
			.noneMatch(AssessmentJourneyTests::isSessionCookie);
		var submitted = post(this.client, answers("Dana")).exchange().expectStatus().isFound().returnResult(Void.class);
		List<String> cookies = submitted.getResponseHeaders().get(HttpHeaders.SET_COOKIE);
		assertThat((cookies != null) ? cookies : List.of()).noneMatch(AssessmentJourneyTests::isSessionCookie);
	}

	/** The servlet container's session cookie or Spring Session's. */
	private static boolean isSessionCookie(String setCookie) {
		return setCookie.startsWith("JSESSIONID=") || setCookie.startsWith("SESSION=");
	}

	@Test
	void anUnknownOrMalformedLinkGivesAFriendlyNotFoundPage() {
		for (String id : new String[] { UUID.randomUUID().toString(), "not-a-uuid", "1", "' or 1=1" }) {
			String html = this.client.get()
				.uri("/assessments/" + id)
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			Document page = Jsoup.parse(html);
			assertThat(page.select("h1").text()).isEqualTo("Page not found");
			assertThat(html).doesNotContain("Exception", "Whitelabel");
		}
	}

	@Test
	void anInvalidSubmissionIsRefusedAndNothingIsStored() {
		long before = this.repository.count();
		MultiValueMap<String, String> form = answers("");
		form.set("consent", "false");
		post(this.client, form).exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.repository.count()).isEqualTo(before);
	}

	@Test
	void aResultStillOpensByItsLinkAfterARestart(@TempDir Path data) {
		String[] args = { "--server.port=0", "--app.data-dir=" + data,
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("massage-advisor") };
		String location;
		try (ConfigurableApplicationContext first = start(args)) {
			location = submit(client(first), answers("Chloé"));
		}
		try (ConfigurableApplicationContext second = start(args)) {
			Document result = page(client(second), location);
			assertThat(result.select(".eyebrow").text()).startsWith("For Chloé");
		}
	}

	private static ConfigurableApplicationContext start(String[] args) {
		return new SpringApplicationBuilder(MassageAdvisorApplication.class).run(args);
	}

	private static RestTestClient client(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

}
