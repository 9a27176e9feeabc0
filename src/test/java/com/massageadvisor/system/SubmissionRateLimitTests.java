package com.massageadvisor.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Questionnaire submissions from one address are limited; other addresses are not
 * affected.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.rate-limit.enabled=true", "app.rate-limit.submissions=3", "app.rate-limit.per=1h" })
@AutoConfigureMockMvc
class SubmissionRateLimitTests {

	@Autowired
	private MockMvcTester mvc;

	@LocalServerPort
	private int port;

	private MvcTestResult submit(String address) {
		return this.mvc.post().uri("/assessments").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})
			.param("clientName", "Rate " + address)
			.param("goal", "RELAXATION")
			.param("lifestyle", "OTHER")
			.param("massageType", "SWEDISH")
			.param("painLevel", "0")
			.param("painDuration", "NONE")
			.param("consent", "true")
			.exchange();
	}

	@Test
	void theFourthSubmissionFromOneAddressIsRefusedWithAClearPage() {
		for (int i = 0; i < 3; i++) {
			assertThat(submit("203.0.113.7")).hasStatus(HttpStatus.FOUND);
		}
		MvcTestResult refused = submit("203.0.113.7");
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).containsHeader("Retry-After");
		// another client is not affected
		assertThat(submit("203.0.113.8")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void theRefusalPageSaysWhatToDo() {
		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		var form = client.get().uri("/assessments/new").exchange().returnResult(String.class);
		String cookie = form.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
		String token = Jsoup.parse(form.getResponseBody()).select("input[name=_csrf]").attr("value");
		String body = "clientName=Over&goal=RELAXATION&lifestyle=OTHER&massageType=SWEDISH&painLevel=0"
				+ "&painDuration=NONE&consent=true&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		String page = null;
		for (int i = 0; i < 4; i++) {
			page = client.post()
				.uri("/assessments")
				.header(HttpHeaders.COOKIE, cookie)
				.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(body)
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).isIn(302, 429))
				.returnResult(String.class)
				.getResponseBody();
		}
		assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Too many questionnaires from your connection");
	}

}
