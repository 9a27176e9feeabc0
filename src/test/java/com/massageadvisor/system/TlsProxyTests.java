package com.massageadvisor.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code behind-tls-proxy} profile: what a proxy that ends TLS says about the request
 * is believed only when the proxy is a trusted one. Then the cookies are Secure, the CSRF
 * cookie has the {@code __Host-} prefix, HSTS is sent on HTTPS requests and the rate
 * limit counts the forwarded client. From anyone else, {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} change nothing.
 */
class TlsProxyTests {

	private static final String RATE_LIMIT_ONE_PER_HOUR = "app.rate-limit.enabled=true";

	/** The proxy on the same host, as the default {@code CLINIC_TRUSTED_PROXIES} says. */
	@Nested
	@Tag("integration")
	@ActiveProfiles("behind-tls-proxy")
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { RATE_LIMIT_ONE_PER_HOUR, "app.rate-limit.submissions=2", "app.rate-limit.per=1h" })
	class FromATrustedProxy {

		@LocalServerPort
		private int port;

		@Test
		void anHttpsRequestGetsHstsAndHostPrefixedSecureCookies() {
			EntityExchangeResult<String> page = client(this.port).get()
				.uri("/login")
				.header("X-Forwarded-Proto", "https")
				.exchange()
				.returnResult(String.class);
			assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
			assertThat(page.getResponseHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
			assertThat(page.getResponseHeaders().get(HttpHeaders.SET_COOKIE))
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("__Host-XSRF-TOKEN=")
					.contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax")
					.doesNotContain("Domain="));
		}

		@Test
		void aPlainHttpRequestGetsNoHsts() {
			EntityExchangeResult<String> page = client(this.port).get()
				.uri("/login")
				.exchange()
				.returnResult(String.class);
			assertThat(page.getResponseHeaders().getFirst("Strict-Transport-Security")).isNull();
		}

		@Test
		void theRateLimitCountsTheForwardedClient() {
			assertThat(submit(this.port, "198.51.100.1")).isEqualTo(HttpStatus.FOUND);
			assertThat(submit(this.port, "198.51.100.1")).isEqualTo(HttpStatus.FOUND);
			assertThat(submit(this.port, "198.51.100.1")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			// another client behind the same proxy is not affected
			assertThat(submit(this.port, "198.51.100.2")).isEqualTo(HttpStatus.FOUND);
		}

	}

	/** Requests from an address that is not the configured proxy. */
	@Nested
	@Tag("integration")
	@ActiveProfiles("behind-tls-proxy")
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { RATE_LIMIT_ONE_PER_HOUR, "app.rate-limit.submissions=2", "app.rate-limit.per=1h",
					"server.tomcat.remoteip.internal-proxies=10\\\\.9\\\\.9\\\\.9" })
	class FromAnyoneElse {

		@LocalServerPort
		private int port;

		@Test
		void aForwardedProtoDoesNotMakeTheRequestHttps() {
			EntityExchangeResult<String> page = client(this.port).get()
				.uri("/login")
				.header("X-Forwarded-Proto", "https")
				.exchange()
				.returnResult(String.class);
			assertThat(page.getResponseHeaders().getFirst("Strict-Transport-Security")).isNull();
		}

		@Test
		void aForwardedForNeverMovesTheRateLimit() {
			assertThat(submit(this.port, "198.51.100.11")).isEqualTo(HttpStatus.FOUND);
			assertThat(submit(this.port, "198.51.100.12")).isEqualTo(HttpStatus.FOUND);
			assertThat(submit(this.port, "198.51.100.13")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		}

	}

	private static RestTestClient client(int port) {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	/**
	 * Submits the questionnaire as the given forwarded client, and returns the status.
	 */
	private static HttpStatus submit(int port, String forwardedFor) {
		RestTestClient client = client(port);
		EntityExchangeResult<String> form = client.get()
			.uri("/assessments/new")
			.header("X-Forwarded-For", forwardedFor)
			.exchange()
			.returnResult(String.class);
		String cookie = form.getResponseHeaders()
			.get(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((header) -> header.contains("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		String token = Jsoup.parse(form.getResponseBody()).select("input[name=_csrf]").attr("value");
		String body = "clientName=Proxy&goal=RELAXATION&lifestyle=OTHER&massageType=SWEDISH&painLevel=0"
				+ "&painDuration=NONE&consent=true&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		return HttpStatus.valueOf(client.post()
			.uri("/assessments")
			.header(HttpHeaders.COOKIE, cookie)
			.header("X-Forwarded-For", forwardedFor)
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value());
	}

}
