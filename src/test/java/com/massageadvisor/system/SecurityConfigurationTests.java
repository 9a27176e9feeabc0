package com.massageadvisor.system;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.staff.StaffAccounts;
import com.massageadvisor.staff.StaffRole;
import com.massageadvisor.staff.StaffUser;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Who may do what, over the whole application: every route for every role, log-in with
 * accounts from the database (disabled, locked, unknown), CSRF on every form that changes
 * something, and the security headers of pages and of the API.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class SecurityConfigurationTests {

	private static final String PASSWORD = "correct horse battery staple";

	private static final String API_BODY = """
			{"goal":"CHRONIC_PAIN","lifestyle":"DESK_WORKER","massageType":"NOT_SURE","painLevel":6,
			 "painDuration":"CHRONIC","signs":["POOR_SLEEP"],"sessionPrice":80,"monthlyBudget":250}""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@Autowired
	private AssessmentRepository repository;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MessageSource messages;

	/** Who makes a request. */
	enum Role {

		ANONYMOUS, STAFF, ADMIN;

		RequestPostProcessor processor() {
			return switch (this) {
				case ANONYMOUS -> anonymous();
				case STAFF -> user("route-staff").roles("STAFF");
				case ADMIN -> StaffPages.admin("route-admin");
			};
		}

	}

	/** What a role gets from a route. */
	enum Expected {

		/** 200. */
		OK,
		/** Refused to an anonymous visitor: sent to the log-in page. */
		LOGIN,
		/** 403. */
		FORBIDDEN,
		/** 404: an address that is no page, for a visitor (no log-in page). */
		NOT_FOUND,
		/** Not exposed: 404, 403 or the log-in page, and nothing of its content. */
		HIDDEN,
		/** Post, redirect, get: to a new result page. */
		REDIRECT_TO_RESULT,
		/** Post, redirect, get: back to the staff detail of the assessment. */
		REDIRECT_TO_DETAIL,
		/** Post, redirect, get: to the staff list. */
		REDIRECT_TO_LIST

	}

	static Stream<Arguments> routes() {
		Expected ok = Expected.OK;
		Expected login = Expected.LOGIN;
		Expected forbidden = Expected.FORBIDDEN;
		Expected hidden = Expected.HIDDEN;
		List<Object[]> table = List.of(
				// method, path, anonymous, STAFF, ADMIN
				new Object[] { HttpMethod.GET, "/", ok, ok, ok },
				new Object[] { HttpMethod.GET, "/assessments/new", ok, ok, ok },
				new Object[] { HttpMethod.POST, "/assessments", Expected.REDIRECT_TO_RESULT,
						Expected.REDIRECT_TO_RESULT, Expected.REDIRECT_TO_RESULT },
				new Object[] { HttpMethod.GET, "/assessments/{id}", ok, ok, ok },
				new Object[] { HttpMethod.POST, "/api/v1/recommendations", ok, ok, ok },
				new Object[] { HttpMethod.GET, "/actuator/health", ok, ok, ok },
				new Object[] { HttpMethod.GET, "/actuator/env", hidden, hidden, hidden },
				new Object[] { HttpMethod.GET, "/actuator/info", hidden, hidden, hidden },
				new Object[] { HttpMethod.GET, "/v3/api-docs", ok, ok, ok },
				new Object[] { HttpMethod.GET, "/css/app.css", ok, ok, ok },
				new Object[] { HttpMethod.GET, "/login", ok, ok, ok },
				new Object[] { HttpMethod.GET, "/staff/assessments", login, ok, ok },
				new Object[] { HttpMethod.GET, "/staff/assessments/{id}", login, ok, ok },
				new Object[] { HttpMethod.POST, "/staff/assessments/{id}/review", login, Expected.REDIRECT_TO_DETAIL,
						Expected.REDIRECT_TO_DETAIL },
				new Object[] { HttpMethod.GET, "/staff/assessments/export.csv", login, ok, ok },
				new Object[] { HttpMethod.GET, "/staff/admin/audit", login, forbidden, ok },
				new Object[] { HttpMethod.GET, "/staff/admin/users", login, forbidden, ok },
				new Object[] { HttpMethod.GET, "/staff/admin/assessments/{id}/delete", login, forbidden, ok },
				new Object[] { HttpMethod.POST, "/staff/admin/assessments/{id}/delete", login, forbidden,
						Expected.REDIRECT_TO_LIST },
				new Object[] { HttpMethod.GET, "/secret", Expected.NOT_FOUND, forbidden, forbidden },
				new Object[] { HttpMethod.POST, "/secret", Expected.NOT_FOUND, forbidden, forbidden },
				new Object[] { HttpMethod.GET, "/staff/secret", login, Expected.NOT_FOUND, Expected.NOT_FOUND });
		List<Arguments> arguments = new ArrayList<>();
		for (Object[] row : table) {
			for (Role role : Role.values()) {
				arguments.add(Arguments.of(row[0], row[1], role, row[2 + role.ordinal()]));
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} {1} as {2}: {3}")
	@MethodSource("routes")
	void everyRouteGivesEachRoleWhatItMaySee(HttpMethod method, String route, Role role, Expected expected) {
		Assessment assessment = createAssessment("Route " + UUID.randomUUID());
		String id = assessment.getPublicId().toString();
		String path = route.replace("{id}", id);
		MockMvcRequestBuilder request = this.mvc.method(method).uri(path).with(role.processor());
		if (method == HttpMethod.POST && !path.startsWith("/api/")) {
			request.with(csrf());
		}
		if (path.equals("/assessments")) {
			questionnaire(request, "Route client " + UUID.randomUUID());
		}
		else if (path.startsWith("/api/")) {
			request.contentType(MediaType.APPLICATION_JSON).content(API_BODY);
		}
		else if (path.endsWith("/review")) {
			request.param("status", "REVIEWED").param("note", "Seen").param("version", "0");
		}
		MvcTestResult result = request.exchange();
		MockHttpServletResponse response = result.getResponse();
		switch (expected) {
			case OK -> assertThat(result).hasStatus(HttpStatus.OK);
			case LOGIN -> assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
			case FORBIDDEN -> assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
			case NOT_FOUND -> assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
			case HIDDEN -> {
				assertThat(response.getStatus()).isIn(302, 403, 404);
				if (response.getStatus() == 302) {
					assertThat(response.getRedirectedUrl()).endsWith("/login");
				}
				assertThat(contentOf(response)).doesNotContain("propertySources", "activeProfiles", "\"build\"");
			}
			case REDIRECT_TO_RESULT ->
				assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().matches("/assessments/[0-9a-f-]{36}");
			case REDIRECT_TO_DETAIL ->
				assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/staff/assessments/" + id);
			case REDIRECT_TO_LIST ->
				assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/staff/assessments");
		}
		if (expected == Expected.LOGIN || expected == Expected.FORBIDDEN || expected == Expected.NOT_FOUND) {
			Assessment after = this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
			assertThat(after.getReviewStatus()).as("a refused request changes nothing").isEqualTo(ReviewStatus.NEW);
			assertThat(after.getVersion()).isEqualTo(assessment.getVersion());
		}
	}

	@Test
	void theApiNeedsNoCsrfTokenAndCreatesNoSession() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.content(API_BODY)
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(result.getResponse().getCookies()).isEmpty();
		assertThat(result.getRequest().getSession(false)).as("the API is stateless").isNull();
	}

	@Test
	void healthIsPublicButShowsNoDetailsEvenToAnAdministrator() {
		for (Role role : Role.values()) {
			MvcTestResult result = this.mvc.get().uri("/actuator/health").with(role.processor()).exchange();
			assertThat(result).hasStatusOk();
			assertThat(contentOf(result.getResponse())).contains("\"UP\"")
				.doesNotContain("components", "details", "db");
		}
	}

	@Test
	void anEnabledAccountFromTheDatabaseLogsInAndIsSentToTheList() {
		String username = createAccount("enabled", StaffRole.STAFF).getUsername();
		MvcTestResult result = this.mvc.perform(formLogin().user(username).password(PASSWORD));
		assertThat(result).matches(authenticated().withUsername(username).withRoles("STAFF"));
		assertThat(result).redirectedUrl().isEqualTo("/staff/assessments");
	}

	@Test
	void aDisabledAccountCannotLogIn() {
		StaffUser user = createAccount("disabled", StaffRole.ADMIN);
		this.accounts.setEnabled(user.getId(), false, "test");
		MvcTestResult result = this.mvc.perform(formLogin().user(user.getUsername()).password(PASSWORD));
		assertThat(result).matches(unauthenticated());
		assertThat(result).redirectedUrl().isEqualTo("/login?error");
	}

	@Test
	void anAccountIsLockedAfterFiveFailuresEvenForTheRightPassword() {
		StaffUser user = createAccount("locked", StaffRole.STAFF);
		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.perform(formLogin().user(user.getUsername()).password("wrong password " + i)))
				.matches(unauthenticated());
		}
		assertThat(this.accounts.find(user.getId()).orElseThrow().isLockedAt(Instant.now())).isTrue();
		assertThat(this.mvc.perform(formLogin().user(user.getUsername()).password(PASSWORD)))
			.matches(unauthenticated());
	}

	@Test
	void theLogInFailureSaysTheSameForAnUnknownNameAWrongPasswordALockedAndADisabledAccount() {
		StaffUser wrong = createAccount("wrongpw", StaffRole.STAFF);
		StaffUser locked = createAccount("lockedmsg", StaffRole.STAFF);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(locked.getUsername()).password("not it " + i));
		}
		StaffUser disabled = createAccount("disabledmsg", StaffRole.STAFF);
		this.accounts.setEnabled(disabled.getId(), false, "test");

		Map<String, String> failures = new LinkedHashMap<>();
		failures.put("unknown user", loginFailure("nobody-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD));
		failures.put("wrong password", loginFailure(wrong.getUsername(), "not the password"));
		failures.put("locked account", loginFailure(locked.getUsername(), PASSWORD));
		failures.put("disabled account", loginFailure(disabled.getUsername(), PASSWORD));

		String expected = this.messages.getMessage("login.failed", new Object[] { 5, 15L }, Locale.ENGLISH);
		assertThat(failures).allSatisfy((why, text) -> assertThat(text).as(why).isEqualTo(expected));
		assertThat(failures.values()).allSatisfy((text) -> assertThat(text.toLowerCase(Locale.ROOT))
			.doesNotContain("bad credentials", "user account is locked", "user is disabled"));
	}

	/**
	 * Logs in and reads the failure message of the page the failure leads to.
	 */
	private String loginFailure(String username, String password) {
		MvcTestResult failure = this.mvc.perform(formLogin().user(username).password(password));
		assertThat(failure).matches(unauthenticated());
		assertThat(failure).redirectedUrl().isEqualTo("/login?error");
		MockHttpSession session = (MockHttpSession) failure.getRequest().getSession(false);
		MockMvcRequestBuilder page = this.mvc.get().uri("/login?error");
		if (session != null) {
			page.session(session);
		}
		MvcTestResult result = page.exchange();
		assertThat(result).hasStatusOk();
		Document html = Jsoup.parse(contentOf(result.getResponse()));
		assertThat(html.select(".error-summary")).hasSize(1);
		assertThat(html.text()).doesNotContain(username);
		return html.select(".error-summary p").text();
	}

	@Test
	void aQuestionnairePostWithoutCsrfTokenIsRefusedAndNothingIsStored() {
		String name = "No token " + UUID.randomUUID();
		MockMvcRequestBuilder request = this.mvc.post().uri("/assessments");
		questionnaire(request, name);
		assertThat(request.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE client_name = ?", Long.class, name))
			.isZero();
		// the same post with a token is stored: the refusal was the token's
		MockMvcRequestBuilder withToken = this.mvc.post().uri("/assessments").with(csrf());
		questionnaire(withToken, name);
		assertThat(withToken.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE client_name = ?", Long.class, name))
			.isOne();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "missing", "invalid" })
	void aReviewWithoutAValidCsrfTokenIsRefusedAndNothingChanges(String token) {
		Assessment assessment = createAssessment("Review token " + UUID.randomUUID());
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/staff/assessments/{id}/review", assessment.getPublicId())
			.with(user("csrf-staff").roles("STAFF"))
			.param("status", "FOLLOW_UP")
			.param("note", "Should not be saved")
			.param("version", "0");
		if (token.equals("invalid")) {
			request.with(csrf().useInvalidToken());
		}
		assertThat(request.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		Assessment after = this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
		assertThat(after.getReviewStatus()).isEqualTo(ReviewStatus.NEW);
		assertThat(after.getReviewNote()).isNull();
		assertThat(after.getReviewedBy()).isNull();
		assertThat(after.getVersion()).isEqualTo(assessment.getVersion());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE assessment_public_id = ?",
				Long.class, assessment.getPublicId()))
			.isZero();
	}

	@Test
	void aDeletionWithoutCsrfTokenIsRefusedAndTheAssessmentStays() {
		Assessment assessment = createAssessment("Delete token " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri("/staff/admin/assessments/{id}/delete", assessment.getPublicId())
			.with(user("csrf-admin").roles("ADMIN"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.repository.findByPublicId(assessment.getPublicId())).isPresent();
		assertThat(this.mvc.get().uri("/assessments/{id}", assessment.getPublicId())).hasStatusOk();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE assessment_public_id = ?",
				Long.class, assessment.getPublicId()))
			.isZero();
	}

	@Test
	void aStaffPageAskedForBeforeLoggingInIsWhereTheLogInLeads() {
		String username = createAccount("deeplink", StaffRole.STAFF).getUsername();
		String page = "/staff/assessments/" + createAssessment("Deep link " + UUID.randomUUID()).getPublicId();
		MvcTestResult asked = this.mvc.get().uri(page).accept(MediaType.TEXT_HTML).exchange();
		assertThat(asked).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(asked.getResponse().getCookie("SESSION")).as("no session before logging in").isNull();
		Cookie kept = asked.getResponse().getCookie("REDIRECT_URI");
		assertThat(kept).as("the page kept to return to").isNotNull();

		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", PASSWORD)
			.with(csrf())
			.cookie(kept)
			.exchange();
		assertThat(login).as("a path, not an address built from the Host header")
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(page);
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("the session starts with the log-in").isNotNull();
		MvcTestResult back = this.mvc.get().uri(page).accept(MediaType.TEXT_HTML).cookie(session, kept).exchange();
		assertThat(back).hasStatusOk();
		assertThat(back.getResponse().getCookie("REDIRECT_URI")).as("the page kept is let go once reached")
			.satisfies((gone) -> assertThat(gone.getMaxAge()).isZero());

		MvcTestResult stray = this.mvc.get().uri("/not-a-page").accept(MediaType.TEXT_HTML).exchange();
		assertThat(stray).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(stray.getResponse().getCookie("SESSION")).as("no session for an address that is no page").isNull();
		assertThat(stray.getResponse().getCookie("REDIRECT_URI")).as("nothing kept for an address that is no page")
			.isNull();
	}

	@Test
	void aLogOutWithoutCsrfTokenIsRefusedAndTheSessionStaysLoggedIn() {
		String username = createAccount("logout", StaffRole.STAFF).getUsername();
		MvcTestResult login = this.mvc.perform(formLogin().user(username).password(PASSWORD));
		assertThat(login).matches(authenticated().withUsername(username));
		// the session is Spring Session's (in the database), known by its cookie
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(this.mvc.get().uri("/staff/assessments").cookie(session)).hasStatusOk();

		assertThat(this.mvc.post().uri("/logout").cookie(session)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/staff/assessments").cookie(session)).hasStatusOk();

		// with the token the log-out works, and the session is gone
		assertThat(this.mvc.post().uri("/logout").cookie(session).with(csrf())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?logout");
		assertThat(this.mvc.get().uri("/staff/assessments").cookie(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void aLogInPostWithoutCsrfTokenIsRefused() {
		String username = createAccount("logincsrf", StaffRole.STAFF).getUsername();
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", PASSWORD)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result).matches(unauthenticated());
	}

	static Stream<Arguments> responses() {
		return Stream.of(Arguments.of("GET /", Role.ANONYMOUS), Arguments.of("GET /login", Role.ANONYMOUS),
				Arguments.of("GET /staff/assessments", Role.STAFF), Arguments.of("GET /no-such-page", Role.ADMIN),
				Arguments.of("GET /assessments/" + UUID.randomUUID(), Role.ANONYMOUS),
				Arguments.of("POST /api/v1/recommendations", Role.ANONYMOUS),
				Arguments.of("POST /api/v1/recommendations {", Role.ANONYMOUS));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("responses")
	void everyResponseCarriesTheSecurityHeaders(String request, Role role) {
		String[] parts = request.split(" ", 3);
		MockMvcRequestBuilder builder = this.mvc.method(HttpMethod.valueOf(parts[0]))
			.uri(parts[1])
			.with(role.processor());
		if (parts[0].equals("POST")) {
			builder.contentType(MediaType.APPLICATION_JSON).content((parts.length > 2) ? parts[2] : API_BODY);
		}
		MockHttpServletResponse response = builder.exchange().getResponse();
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).isNotNull()
			.doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*")
			.contains("frame-ancestors 'none'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
					"default-src 'self'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
	}

	@Test
	void robotsTxtAndTheIconsAreServedToAnyoneRatherThanTheLogIn() {
		MvcTestResult robots = this.mvc.get().uri("/robots.txt").exchange();
		assertThat(robots).hasStatusOk();
		assertThat(contentOf(robots.getResponse())).contains("Disallow: /staff/", "Allow: /assessments/new");
		for (String icon : List.of("/favicon.ico", "/favicon.svg")) {
			assertThat(this.mvc.get().uri(icon).exchange()).as(icon).hasStatusOk();
		}
	}

	@Test
	void searchEnginesMayIndexOnlyTheHomePageAndTheQuestionnaire() {
		Assessment assessment = createAssessment("Robots " + UUID.randomUUID());
		for (String path : List.of("/", "/assessments/new")) {
			assertThat(this.mvc.get().uri(path).exchange().getResponse().getHeader("X-Robots-Tag")).as(path).isNull();
		}
		Map<String, Role> hidden = new LinkedHashMap<>();
		hidden.put("/assessments/" + assessment.getPublicId(), Role.ANONYMOUS);
		hidden.put("/assessments/" + assessment.getPublicId() + "/sheet", Role.ANONYMOUS);
		hidden.put("/login", Role.ANONYMOUS);
		hidden.put("/staff/assessments", Role.STAFF);
		hidden.forEach((path, role) -> assertThat(
				this.mvc.get().uri(path).with(role.processor()).exchange().getResponse().getHeader("X-Robots-Tag"))
			.as(path)
			.isEqualTo("noindex, nofollow"));
	}

	@Test
	void pagesHaveNoInlineScriptOrStyleThatThePolicyWouldBlock() {
		Assessment assessment = createAssessment("Inline " + UUID.randomUUID());
		Map<String, Role> pages = new LinkedHashMap<>();
		pages.put("/", Role.ANONYMOUS);
		pages.put("/assessments/new", Role.ANONYMOUS);
		pages.put("/assessments/" + assessment.getPublicId(), Role.ANONYMOUS);
		pages.put("/login", Role.ANONYMOUS);
		pages.put("/staff/assessments", Role.STAFF);
		pages.put("/staff/assessments/" + assessment.getPublicId(), Role.ADMIN);
		pages.put("/staff/admin/assessments/" + assessment.getPublicId() + "/delete", Role.ADMIN);
		pages.put("/staff/admin/audit", Role.ADMIN);
		pages.forEach((path, role) -> {
			MvcTestResult result = this.mvc.get().uri(path).with(role.processor()).exchange();
			assertThat(result).as(path).hasStatusOk();
			Document html = Jsoup.parse(contentOf(result.getResponse()));
			assertThat(html.select("script:not([src])")).as(path + ": inline script").isEmpty();
			assertThat(html.select("style")).as(path + ": style element").isEmpty();
			assertThat(html.select("[style]")).as(path + ": style attribute").isEmpty();
			assertThat(html.select("[^on]")).as(path + ": event handler attribute").isEmpty();
			assertThat(html.select("[href^=javascript:], [src^=javascript:]")).as(path + ": javascript URL").isEmpty();
		});
	}

	@Test
	void everyFormThatChangesSomethingCarriesACsrfToken() {
		Assessment assessment = createAssessment("Forms " + UUID.randomUUID());
		Map<String, Role> pages = new LinkedHashMap<>();
		pages.put("/assessments/new", Role.ANONYMOUS);
		pages.put("/login", Role.ANONYMOUS);
		pages.put("/staff/assessments/" + assessment.getPublicId(), Role.STAFF);
		pages.put("/staff/admin/assessments/" + assessment.getPublicId() + "/delete", Role.ADMIN);
		pages.forEach((path, role) -> {
			Document html = Jsoup
				.parse(contentOf(this.mvc.get().uri(path).with(role.processor()).exchange().getResponse()));
			assertThat(html.select("form[method=post]")).as(path)
				.isNotEmpty()
				.allSatisfy((form) -> assertThat(form.select("input[type=hidden][name=_csrf]").attr("value"))
					.as(path + " " + form.attr("action"))
					.isNotBlank());
		});
	}

	private Assessment createAssessment(String name) {
		return this.assessments.create(name, null, Locale.ENGLISH,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.NOT_SURE)
					.pain(6, PainDuration.CHRONIC)
					.build());
	}

	private StaffUser createAccount(String stem, StaffRole role) {
		return this.accounts.create(stem + "-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD, role, "test");
	}

	private static void questionnaire(MockMvcRequestBuilder request, String name) {
		request.param("clientName", name)
			.param("goal", "CHRONIC_PAIN")
			.param("lifestyle", "DESK_WORKER")
			.param("massageType", "NOT_SURE")
			.param("painLevel", "6")
			.param("painDuration", "CHRONIC")
			.param("signs", "POOR_SLEEP")
			.param("sessionPrice", "80")
			.param("monthlyBudget", "400")
			.param("consent", "true");
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
