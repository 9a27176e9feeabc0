package com.massageadvisor.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.hostile.Hostile.Failures;
import com.massageadvisor.hostile.Hostile.Verdict;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.system.ClinicProperties;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.hostile.Hostile.IMG;
import static com.massageadvisor.hostile.Hostile.SCRIPT;
import static com.massageadvisor.hostile.Hostile.SQL_OR;
import static com.massageadvisor.hostile.Hostile.chance;
import static com.massageadvisor.hostile.Hostile.pick;
import static com.massageadvisor.hostile.Hostile.printable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile ids and query parameters on the public pages: the start page, the
 * questionnaire, a result and its sheet, PDF and calendar file. An id that is not an
 * assessment's is not found, a calendar start or time the page does not understand is a
 * {@code 400}, a language that does not exist falls back to English; never a 5xx. The
 * error page itself shows no internals, whatever exception it is given.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesHostileTests {

	static final int CASES = 600;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@Autowired
	private ClinicProperties clinic;

	@Test
	void everyGeneratedPageRequestIsAnsweredOrRefusedNeverA5xx() {
		long seed = Hostile.seed() + 3;
		Random random = new Random(seed);
		Assessment advisable = create("Hostile page " + UUID.randomUUID());
		Assessment withheld = create("Hostile withheld " + UUID.randomUUID(), Condition.FRACTURE);
		LocalDate today = LocalDate.now(this.clinic.zone());
		Failures failures = new Failures("GET public pages", seed);
		int ok = 0;
		for (int i = 0; i < CASES; i++) {
			failures.count();
			PageCase page = generate(random, advisable, withheld, today);
			MockMvcTester.MockMvcRequestBuilder request = this.mvc.get().uri(page.uri());
			for (String[] param : page.params) {
				request.param(param[0], param[1]);
			}
			if (page.language != null) {
				request.header(HttpHeaders.ACCEPT_LANGUAGE, page.language);
			}
			MvcTestResult result = request.exchange();
			List<String> problems = new ArrayList<>(Hostile.generalProblems(result));
			if (problems.isEmpty()) {
				int status = result.getResponse().getStatus();
				if (!page.allowed.contains(status)) {
					problems.add("status " + status + " where one of " + page.allowed + " was expected");
				}
				else if (status == 200) {
					ok++;
					String type = String.valueOf(result.getResponse().getContentType());
					if (!type.startsWith(page.type)) {
						problems.add("a " + type + " answer where " + page.type + " was expected");
					}
					if (page.type.startsWith("text/calendar") && !Hostile.body(result).startsWith("BEGIN:VCALENDAR")) {
						problems.add("a calendar file that is not one");
					}
				}
			}
			failures.add(i, page.describe(), result, problems);
		}
		System.out.printf("hostile: %d generated page requests (%d answered), seed %d%n", failures.cases(), ok, seed);
		assertThat(failures.isEmpty()).as(failures::report).isTrue();
		assertThat(ok).as("pages answered (seed %d)", seed).isGreaterThan(CASES / 5);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorStatuses")
	void theErrorPageShowsNoInternalsWhateverTheException(int status) {
		Exception exception = new IllegalStateException("SECRET-7f3a in com.massageadvisor.Internal",
				new java.sql.SQLException("SELECT secret FROM assessment", "42000"));
		for (MediaType accept : List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)) {
			MvcTestResult result = this.mvc.get()
				.uri("/error")
				.accept(accept)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, exception)
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, "SECRET-7f3a")
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/assessments")
				.exchange();
			// the page of a 5xx answers with its status, as it should
			assertThat(Hostile.generalProblems(result)).as(accept.toString())
				.allSatisfy((problem) -> assertThat(problem).startsWith("status 5"));
			String body = Hostile.body(result);
			assertThat(body).as(accept.toString())
				.doesNotContain("SECRET")
				.doesNotContain("IllegalStateException")
				.doesNotContain("SQLException")
				.doesNotContain("SELECT")
				.doesNotContain("\"trace\"")
				.doesNotContain("\"exception\"");
			assertThat(result.getResponse().getStatus()).isEqualTo(status);
			if (accept.equals(MediaType.TEXT_HTML)) {
				assertThat(org.jsoup.Jsoup.parse(body).select("h1").text()).as("a heading that says what happened")
					.isNotBlank();
			}
		}
	}

	static Stream<Integer> errorStatuses() {
		return Stream.of(400, 403, 404, 405, 413, 422, 429, 500, 503);
	}

	@Test
	void theStartPageAndTheQuestionnaireIgnoreHostileLanguages() {
		for (String language : List.of(SCRIPT, IMG, SQL_OR, "xx-INVALID-!!", "", "fr_FR_%00", "../../etc",
				"x".repeat(5000), "😀", "ar", "he")) {
			for (String path : List.of("/", "/assessments/new")) {
				MvcTestResult result = this.mvc.get().uri(path).param("lang", language).exchange();
				assertThat(Hostile.generalProblems(result)).as(path + "?lang=" + printable(language)).isEmpty();
				assertThat(result).as(path + "?lang=" + printable(language)).hasStatusOk();
				assertThat(Hostile.body(result))
					.contains("<html lang=\"" + ("fr".equals(language) ? "fr" : "en") + "\"");
			}
		}
	}

	// --- the generator ---

	private static PageCase generate(Random random, Assessment advisable, Assessment withheld, LocalDate today) {
		PageCase page = new PageCase();
		int which = random.nextInt(100);
		String id;
		boolean found;
		boolean plan = true;
		if (which < 45) {
			id = advisable.getPublicId().toString();
			found = true;
		}
		else if (which < 55) {
			id = withheld.getPublicId().toString();
			found = true;
			plan = false;
		}
		else if (which < 60) {
			id = UUID.randomUUID().toString();
			found = false;
		}
		else if (which < 63) {
			// the same id in capitals: a UUID all the same
			id = advisable.getPublicId().toString().toUpperCase(Locale.ROOT);
			found = true;
			page.verdict = Verdict.EITHER;
		}
		else {
			id = pick(random,
					List.of("0", "-1", "null", "undefined", "%00", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "1-1-1-1-1",
							"x".repeat(5000), enc(SQL_OR), enc(SCRIPT), enc(IMG), "%E2%80%AE" + advisable.getPublicId(),
							"%7B" + advisable.getPublicId() + "%7D", advisable.getPublicId() + "%20",
							advisable.getPublicId() + ";x=1", "00000000-0000-0000-0000-000000000000", "%F0%9F%98%80",
							"%FF%FE"));
			found = false;
		}
		int kind = random.nextInt(100);
		String suffix = (kind < 35) ? "" : (kind < 60) ? "/sheet" : (kind < 63) ? "/sheet.pdf" : "/schedule.ics";
		page.path = "/assessments/" + id + suffix;
		page.type = switch (suffix) {
			case "/sheet.pdf" -> MediaType.APPLICATION_PDF_VALUE;
			case "/schedule.ics" -> "text/calendar";
			default -> MediaType.TEXT_HTML_VALUE;
		};
		Verdict verdict = page.verdict;
		if (suffix.equals("/schedule.ics")) {
			verdict = verdict.and(start(random, page, today)).and(time(random, page));
		}
		if (chance(random, 0.2)) {
			page.params
				.add(new String[] { "lang", pick(random, List.of("fr", "en", "de", SCRIPT, "", "x".repeat(300))) });
		}
		if (chance(random, 0.1)) {
			page.params
				.add(new String[] { pick(random, List.of("id", "publicId", SCRIPT, "class.module.x", "start[0]")),
						pick(random, List.of("1", SQL_OR, IMG)) });
		}
		if (chance(random, 0.2)) {
			page.language = pick(random, List.of("fr", "fr-CA,fr;q=0.9", "xx;q=abc,,,;;", "*", SCRIPT, "de-DE"));
		}
		if (!found) {
			page.allowed = List.of(400, 404);
		}
		else if (suffix.equals("/schedule.ics") && !plan) {
			page.allowed = (verdict == Verdict.INVALID) ? List.of(400, 404) : List.of(404);
		}
		else {
			page.allowed = switch (verdict) {
				case VALID -> List.of(200);
				case INVALID -> List.of(400);
				default -> List.of(200, 400, 404);
			};
		}
		return page;
	}

	private static Verdict start(Random random, PageCase page, LocalDate today) {
		int kind = random.nextInt(100);
		if (kind < 40) {
			return Verdict.VALID;
		}
		String value;
		Verdict verdict;
		if (kind < 65) {
			value = today.plusDays(2 + random.nextInt(350)).toString();
			verdict = Verdict.VALID;
		}
		else if (kind < 70) {
			value = "";
			verdict = Verdict.VALID;
		}
		else if (kind < 80) {
			value = pick(random, List.of(today.minusDays(3).toString(), today.plusYears(2).toString(), "1900-01-01",
					"9999-12-31", "+999999999-12-31", "-999999999-01-01"));
			verdict = Verdict.INVALID;
		}
		else {
			value = pick(random, List.of("tomorrow", "2026-02-30", "2026/12/01", "1e309", SCRIPT, SQL_OR,
					"x".repeat(5000), "99999999999999999999", "2026-13-01"));
			verdict = Verdict.INVALID;
		}
		page.params.add(new String[] { "start", value });
		if (chance(random, 0.05)) {
			page.params.add(new String[] { "start", "x" });
			return Verdict.EITHER;
		}
		return verdict;
	}

	private static Verdict time(Random random, PageCase page) {
		int kind = random.nextInt(100);
		if (kind < 50) {
			return Verdict.VALID;
		}
		if (kind < 75) {
			page.params
				.add(new String[] { "time", String.format("%02d:%02d", random.nextInt(24), random.nextInt(60)) });
			return Verdict.VALID;
		}
		if (kind < 80) {
			page.params.add(new String[] { "time", pick(random, List.of("10:00:00", "9:05", "10:00Z", "", " 10:00")) });
			return Verdict.EITHER;
		}
		page.params.add(new String[] { "time", pick(random,
				List.of("25:99", "24:00", "-1:00", "noon", "10h00", SCRIPT, SQL_OR, "1e309", "x".repeat(5000))) });
		return Verdict.INVALID;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private Assessment create(String name, Condition... conditions) {
		return this.assessments.create(name, null, Locale.ENGLISH,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.NOT_SURE)
					.conditions(conditions)
					.build());
	}

	/** A generated page request and the statuses it may get. */
	private static final class PageCase {

		private final List<String[]> params = new ArrayList<>();

		private String path = "/";

		private String type = MediaType.TEXT_HTML_VALUE;

		private Verdict verdict = Verdict.VALID;

		private List<Integer> allowed = List.of(200);

		private @org.jspecify.annotations.Nullable String language;

		java.net.URI uri() {
			return java.net.URI.create(this.path);
		}

		String describe() {
			StringBuilder text = new StringBuilder("GET ").append(printable(this.path)).append('?');
			for (String[] param : this.params) {
				text.append(printable(param[0])).append('=').append(printable(param[1])).append('&');
			}
			if (this.language != null) {
				text.append(" Accept-Language: ").append(printable(this.language));
			}
			return text.append(" (expected ").append(this.allowed).append(')').toString();
		}

	}

}
