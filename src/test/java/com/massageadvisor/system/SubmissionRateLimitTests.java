package com.massageadvisor.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Questionnaire submissions and check-ins from one address are limited; other addresses
 * are not affected. A refused submission stores nothing and comes back as its form,
 * filled in with what the client sent, with a {@code 429}, a {@code Retry-After} and a
 * sentence that says when to try again.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.rate-limit.enabled=true", "app.rate-limit.submissions=3", "app.rate-limit.per=1h" })
@AutoConfigureMockMvc
class SubmissionRateLimitTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	private MvcTestResult submit(String address) {
		return submit(address, "Rate " + address);
	}

	private MvcTestResult submit(String address, String name) {
		return this.mvc.post().uri("/assessments").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})
			.param("clientName", name)
			.param("goal", "RELAXATION")
			.param("lifestyle", "OTHER")
			.param("massageType", "SWEDISH")
			.param("painLevel", "4")
			.param("painDuration", "ACUTE")
			.param("signs", "HEADACHES")
			.param("sessionPrice", "75")
			.param("consent", "true")
			.exchange();
	}

	private int stored(String name) {
		return this.jdbc.queryForObject("select count(*) from assessment where client_name = ?", Integer.class, name);
	}

	@Test
	void theFourthSubmissionFromOneAddressIsRefusedWithItsAnswersKept() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(submit("203.0.113.7")).hasStatus(HttpStatus.FOUND);
		}
		MvcTestResult refused = submit("203.0.113.7", "Kept answers");
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.containsHeader("Retry-After")
			.hasViewName("questionnaire/form");
		assertThat(stored("Kept answers")).as("nothing stored").isZero();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select("#error-summary").text())
			.contains("Too many submissions from your connection: nothing was stored, and your answers are kept below."
					+ " Send them again in 20 minutes.");
		// 3 an hour, refilled greedily: one more in 20 minutes
		assertThat(page.select("input[name=clientName]").attr("value")).isEqualTo("Kept answers");
		assertThat(page.select("input[name=goal][checked]").eachAttr("value")).containsExactly("RELAXATION");
		assertThat(page.select("input[name=painDuration][checked]").eachAttr("value")).containsExactly("ACUTE");
		assertThat(page.select("input[name=signs][checked]").eachAttr("value")).containsExactly("HEADACHES");
		assertThat(page.select("input[name=painLevel]").attr("value")).isEqualTo("4");
		assertThat(page.select("input[name=sessionPrice]").attr("value")).as("as typed").isEqualTo("75");
		assertThat(page.select("input[name=consent]").hasAttr("checked")).isTrue();
		assertThat(page.select("form.questionnaire").hasAttr("data-restore-answers"))
			.as("the page has the answers: the script must not replace them")
			.isFalse();
		// another client is not affected
		assertThat(submit("203.0.113.8")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aCheckInPastTheLimitIsRefusedWithItsAnswersKept() throws Exception {
		String assessment = submit("203.0.113.9").getResponse().getRedirectedUrl();
		assertThat(assessment).startsWith("/assessments/");
		submit("203.0.113.9");
		submit("203.0.113.9");
		long before = this.jdbc.queryForObject("select count(*) from check_in", Long.class);
		MvcTestResult refused = this.mvc.post().uri(assessment + "/check-ins").with(csrf()).with((request) -> {
			request.setRemoteAddr("203.0.113.9");
			return request;
		})
			.param("date", LocalDate.now().toString())
			.param("sessionsSinceLast", "2")
			.param("painLevel", "3")
			.param("change", "BETTER")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.containsHeader("Retry-After")
			.hasViewName("checkin/form");
		assertThat(this.jdbc.queryForObject("select count(*) from check_in", Long.class)).isEqualTo(before);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select("#error-summary").text()).contains("Too many submissions from your connection");
		assertThat(page.select("input[name=sessionsSinceLast]").attr("value")).isEqualTo("2");
		assertThat(page.select("input[name=painLevel]").attr("value")).isEqualTo("3");
		assertThat(page.select("input[name=change][checked]").eachAttr("value")).containsExactly("BETTER");
	}

	@Test
	void theRefusalOverHttpIsTheFormFilledInWithWhenToTryAgain() {
		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		var form = client.get().uri("/assessments/new").exchange().returnResult(String.class);
		String cookie = form.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
		String token = Jsoup.parse(form.getResponseBody()).select("input[name=_csrf]").attr("value");
		String body = "clientName=Over&goal=RELAXATION&lifestyle=OTHER&massageType=SWEDISH&painLevel=0"
				+ "&painDuration=NONE&consent=true&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		String page = null;
		int status = 0;
		for (int i = 0; i < 4; i++) {
			var response = client.post()
				.uri("/assessments")
				.header(HttpHeaders.COOKIE, cookie)
				.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(body)
				.exchange()
				.returnResult(String.class);
			status = response.getStatus().value();
			page = response.getResponseBody();
			assertThat(status).isIn(302, 429);
		}
		assertThat(status).isEqualTo(429);
		Document document = Jsoup.parse(page);
		assertThat(document.select("h1").text()).isEqualTo("Your back and your massage");
		assertThat(document.select("#error-summary").text()).contains("your answers are kept below");
		assertThat(document.select("input[name=clientName]").attr("value")).isEqualTo("Over");
	}

}
