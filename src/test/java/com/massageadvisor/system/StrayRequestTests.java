package com.massageadvisor.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Tag;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no page of the application makes but anyone can send: a language cookie the
 * application never set, a direct visit to the error page, {@code HEAD} on a public page.
 * None of them is a server error, and none but a staff page sends a visitor to the staff
 * log-in.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class StrayRequestTests {

	private static final String API_BODY = """
			{"goal":"CHRONIC_PAIN","lifestyle":"DESK_WORKER","massageType":"NOT_SURE","painLevel":6,
			 "painDuration":"CHRONIC","signs":["POOR_SLEEP"],"sessionPrice":80,"monthlyBudget":250}""";

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "en_US.UTF-8", "xx-!!", "%%%", "fr_FR@euro", "de", " " })
	void aMalformedLanguageCookieIsIgnoredOnPagesAndTheApi(String value) {
		MvcTestResult page = this.mvc.get().uri("/assessments/new").cookie(new Cookie("lang", value)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("<html lang=\"en\"");
		MvcTestResult api = this.mvc.post()
			.uri("/api/v1/recommendations")
			.cookie(new Cookie("lang", value))
			.contentType(MediaType.APPLICATION_JSON)
			.content(API_BODY)
			.exchange();
		assertThat(api).hasStatusOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST", "HEAD" })
	void theErrorPageVisitedDirectlyIsNotFound(String method) {
		MvcTestResult result = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.request(HttpMethod.valueOf(method), "/error"));
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/nope", "/wp-login.php", "/.env", "/admin", "/assessments", "/assessments/new/x",
			"/actuator/env", "/staffs" })
	void anAddressThatIsNoPageIsNotFoundWithoutALogInOrASession(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(path).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result.getResponse().getHeader("Location")).as(path).isNull();
		// Spring Session keeps sessions in the database and names them in this cookie
		assertThat(result.getResponse().getCookie("SESSION")).as("no session made for %s", path).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/assessments", "/staff/admin/users", "/staff/anything" })
	void aStaffPageSendsAVisitorToTheLogInAndIsKeptToReturnTo(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(path).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		// kept in a cookie of its own, with no session (no row in the database)
		assertThat(result.getResponse().getCookie("SESSION")).as("no session made for %s", path).isNull();
		Cookie kept = result.getResponse().getCookie("REDIRECT_URI");
		assertThat(kept).as("the page kept to return to").isNotNull();
		assertThat(kept.isHttpOnly()).isTrue();
		assertThat(kept.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(kept.getMaxAge()).as("kept for half an hour").isEqualTo(1800);
		assertThat(new String(Base64.getDecoder().decode(kept.getValue()), StandardCharsets.UTF_8)).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/assessments/new", "/login", "/actuator/health", "/v3/api-docs" })
	void headOnAPublicPageAnswersLikeGet(String path) {
		MvcTestResult head = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head(path));
		assertThat(head).hasStatusOk();
	}

}
