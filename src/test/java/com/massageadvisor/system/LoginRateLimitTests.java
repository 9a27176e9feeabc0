package com.massageadvisor.system;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Log-ins are limited per client address and for everyone together, before any password
 * is judged; a forged {@code X-Forwarded-For} does not move the limit. One test, in
 * order, since the buckets are the application's for as long as it runs.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.login-rate-limit.enabled=true", "app.login-rate-limit.per-address=3",
				"app.login-rate-limit.overall=6", "app.login-rate-limit.per=1h" })
@AutoConfigureMockMvc
class LoginRateLimitTests {

	@Autowired
	private MockMvcTester mvc;

	@LocalServerPort
	private int port;

	private MvcTestResult logIn(String address, String username, String password) {
		return this.mvc.post().uri("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", username).param("password", password).exchange();
	}

	/** A log-in over HTTP, claiming to be forwarded for another client. */
	private EntityExchangeResult<String> logInForwardedFor(String forwardedFor) {
		return RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/login")
			.header("X-Forwarded-For", forwardedFor)
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=someone&password=some+guess")
			.exchange()
			.returnResult(String.class);
	}

	@Test
	void logInsArePerAddressAndOverallAndTheRefusalSaysToWait() {
		// a forged X-Forwarded-For (no trusted proxy here) is not another client
		for (int i = 1; i <= 3; i++) {
			assertThat(logInForwardedFor("198.51.100." + i).getStatus().value()).isNotEqualTo(429);
		}
		EntityExchangeResult<String> refused = logInForwardedFor("198.51.100.4");
		assertThat(refused.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		var page = Jsoup.parse(refused.getResponseBody());
		assertThat(page.select("h1").text()).isEqualTo("Too many log-in attempts");
		assertThat(page.title()).isEqualTo("Too many log-ins: Massage Advisor");
		assertThat(page.select("main a[href=/login]")).hasSize(1);

		// another address has its own allowance, until everyone's is used up
		for (int i = 0; i < 3; i++) {
			assertThat(logIn("203.0.113.7", "someone", "guess " + i)).hasStatus(HttpStatus.FOUND);
		}
		assertThat(logIn("203.0.113.7", "someone", "guess 4")).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.containsHeader(HttpHeaders.RETRY_AFTER);
		MvcTestResult overall = logIn("203.0.113.8", "someone", "guess 5");
		assertThat(overall).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(overall).matches(unauthenticated());
	}

}
