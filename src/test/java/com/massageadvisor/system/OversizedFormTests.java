package com.massageadvisor.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's form sent larger than the limit (64 KB) over HTTP: the body is not read,
 * nothing is stored, and the answer is the form page again with a {@code 413} and a
 * sentence that says what happened, marked for the page's script to fill in the answers
 * the browser kept (the browser tests check that it does).
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class OversizedFormTests {

	private static final String TOO_LARGE = "What you sent was larger than we accept, so we could not read it.";

	@Autowired
	private RestTestClient client;

	@Autowired
	private JdbcTemplate jdbc;

	private record FormPage(String cookie, String token) {
	}

	private FormPage open(String uri) {
		var page = this.client.get().uri(uri).exchange().expectStatus().isOk().returnResult(String.class);
		return new FormPage(page.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0],
				Jsoup.parse(page.getResponseBody()).select("input[name=_csrf]").attr("value"));
	}

	private EntityExchangeResult<String> post(String uri, FormPage form, String fields) {
		return this.client.post()
			.uri(uri)
			.header(HttpHeaders.COOKIE, form.cookie())
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(fields + "&_csrf=" + URLEncoder.encode(form.token(), StandardCharsets.UTF_8))
			.exchange()
			.returnResult(String.class);
	}

	private static final String ANSWERS = "goal=RELAXATION&lifestyle=OTHER&massageType=SWEDISH&painLevel=2"
			+ "&painDuration=ACUTE&consent=true";

	@Test
	void anOversizedQuestionnaireComesBackAsItsFormWithA413AndNothingStored() {
		FormPage form = open("/assessments/new");
		var result = post("/assessments", form,
				"clientName=Oversized&" + ANSWERS + "&email=" + "a".repeat(70 * 1024) + "%40example.com");
		assertThat(result.getStatus().value()).isEqualTo(413);
		Document page = Jsoup.parse(result.getResponseBody());
		assertThat(page.select("h1").text()).isEqualTo("Your back and your massage");
		assertThat(page.select("#error-summary").text()).contains(TOO_LARGE);
		assertThat(page.select("form.questionnaire").hasAttr("data-restore-answers"))
			.as("the script fills in the answers the browser kept")
			.isTrue();
		assertThat(page.select("input[name=_csrf]").attr("value")).as("a form that can be sent again").isNotBlank();
		assertThat(this.jdbc.queryForObject("select count(*) from assessment where client_name = 'Oversized'",
				Integer.class))
			.isZero();
	}

	@Test
	void anOversizedCheckInComesBackAsItsFormWithA413() {
		FormPage form = open("/assessments/new");
		var created = post("/assessments", form, "clientName=Checks+in&" + ANSWERS);
		String assessment = created.getResponseHeaders().getLocation().getPath();
		FormPage checkIn = open(assessment + "/check-in");
		long before = this.jdbc.queryForObject("select count(*) from check_in", Long.class);
		var result = post(assessment + "/check-ins", checkIn,
				"sessionsSinceLast=1&painLevel=2&change=BETTER&x=" + "y".repeat(70 * 1024));
		assertThat(result.getStatus().value()).isEqualTo(413);
		Document page = Jsoup.parse(result.getResponseBody());
		assertThat(page.select("form.check-in").hasAttr("data-restore-answers")).isTrue();
		assertThat(page.select("#error-summary").text()).contains(TOO_LARGE);
		assertThat(this.jdbc.queryForObject("select count(*) from check_in", Long.class)).isEqualTo(before);
	}

}
