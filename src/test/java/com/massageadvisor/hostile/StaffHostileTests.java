package com.massageadvisor.hostile;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.assessment.NameWords;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.hostile.Hostile.Failures;
import com.massageadvisor.hostile.Hostile.Verdict;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.system.ClinicProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.massageadvisor.hostile.Hostile.IMG;
import static com.massageadvisor.hostile.Hostile.SCRIPT;
import static com.massageadvisor.hostile.Hostile.SQL_DROP;
import static com.massageadvisor.hostile.Hostile.SQL_OR;
import static com.massageadvisor.hostile.Hostile.chance;
import static com.massageadvisor.hostile.Hostile.pick;
import static com.massageadvisor.hostile.Hostile.printable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile and random input thrown at the staff forms: the list's search and filters
 * ({@code GET /staff/assessments}, and its CSV export), the review ({@code POST
 * /staff/assessments/{id}/review}) and the log-in ({@code POST /login}). The number of
 * matches the list shows is checked against a count the test makes itself with plain SQL
 * (a prefix compared with {@code LEFT}, not {@code LIKE}), so that a wildcard or a quote
 * in a search can neither widen nor break it; a review is checked against what is stored
 * after it; a log-in never lets anyone in nor creates anything.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class StaffHostileTests {

	static final int FILTER_CASES = 1000;

	static final int REVIEW_CASES = 400;

	static final int LOGIN_CASES = 80;

	private static final String REVIEWER = "hostile-reviewer";

	private static final RequestPostProcessor STAFF = user(REVIEWER).roles("STAFF");

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@Autowired
	private AssessmentRepository repository;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ClinicProperties clinic;

	@Test
	void everyGeneratedFilterListsExactlyWhatMatchesOrIsRefusedWithAMessage() {
		long seed = Hostile.seed();
		Random random = new Random(seed);
		List<String> names = fixtures(random);
		Failures failures = new Failures("GET /staff/assessments", seed);
		int listed = 0;
		int refused = 0;
		for (int i = 0; i < FILTER_CASES; i++) {
			Filter filter = filter(random, names);
			failures.count();
			boolean export = chance(random, 0.05);
			MvcTestResult result = filter.exchange(this.mvc,
					export ? "/staff/assessments/export.csv" : "/staff/assessments");
			List<String> problems = new ArrayList<>(Hostile.generalProblems(result));
			if (problems.isEmpty()) {
				problems.addAll(export ? checkExport(filter, result) : checkList(filter, result));
				listed += (result.getResponse().getStatus() == 200) ? 1 : 0;
				refused += (result.getResponse().getStatus() == 400) ? 1 : 0;
			}
			failures.add(i, filter.describe(export), result, problems);
		}
		System.out.printf("hostile: %d generated staff filters (%d listed, %d refused), seed %d%n", failures.cases(),
				listed, refused, seed);
		assertThat(failures.isEmpty()).as(failures::report).isTrue();
		assertThat(listed).as("filters listed (seed %d)", seed).isGreaterThan(FILTER_CASES / 4);
		assertThat(refused).as("filters refused (seed %d)", seed).isGreaterThan(FILTER_CASES / 10);
	}

	@Test
	void everyGeneratedReviewIsSavedExactlyOrRefusedWithoutChangingAnything() {
		long seed = Hostile.seed() + 1;
		Random random = new Random(seed);
		Assessment assessment = create("Hostile review " + UUID.randomUUID(), Goal.CHRONIC_PAIN);
		String path = "/staff/assessments/" + assessment.getPublicId() + "/review";
		Failures failures = new Failures("POST " + path, seed);
		int saved = 0;
		for (int i = 0; i < REVIEW_CASES; i++) {
			Assessment before = reload(assessment);
			Review review = review(random, before.getVersion());
			failures.count();
			MvcTestResult result = this.mvc.perform(review.request(path));
			List<String> problems = new ArrayList<>(Hostile.generalProblems(result));
			if (problems.isEmpty()) {
				problems.addAll(checkReview(review, result, before, reload(assessment), random));
				saved += (result.getResponse().getStatus() == 302) ? 1 : 0;
			}
			failures.add(i, review.describe(path), result, problems);
		}
		System.out.printf("hostile: %d generated reviews (%d saved), seed %d%n", failures.cases(), saved, seed);
		assertThat(failures.isEmpty()).as(failures::report).isTrue();
		assertThat(saved).as("reviews saved (seed %d)", seed).isGreaterThan(REVIEW_CASES / 4);
	}

	@Test
	void everyGeneratedLogInFailsQuietlyAndCreatesNothing() {
		long seed = Hostile.seed() + 2;
		Random random = new Random(seed);
		Failures failures = new Failures("POST /login", seed);
		Long staff = this.jdbc.queryForObject("SELECT COUNT(*) FROM staff_user", Long.class);
		for (int i = 0; i < LOGIN_CASES; i++) {
			String username = pick(random,
					List.of("", " ", "x".repeat(51), "x".repeat(10 * 1024), "a\u0000b", "\u0007", "\u001b[2J", SCRIPT,
							IMG, SQL_OR, SQL_DROP, "admin' --", "' OR '1'='1", "*", "%", "_", "😀", "مريم",
							"hostile-" + Hostile.randomText(random, 4), "nobody-" + i));
			Long exists = this.jdbc.queryForObject("SELECT COUNT(*) FROM staff_user WHERE username = ?", Long.class,
					username);
			if (exists != null && exists > 0) {
				continue;
			}
			String password = pick(random, List.of("", "p", "x".repeat(72), "é".repeat(37), "x".repeat(73),
					"x".repeat(10 * 1024), "\u0000", SCRIPT, SQL_OR, "😀".repeat(30), Hostile.randomText(random, 5)));
			failures.count();
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/login")
				.param("username", username)
				.param("password", password);
			boolean withToken = !chance(random, 0.05);
			MvcTestResult result = this.mvc.perform(withToken ? request.with(csrf()) : request);
			List<String> problems = new ArrayList<>(Hostile.generalProblems(result));
			if (problems.isEmpty()) {
				int status = result.getResponse().getStatus();
				String location = result.getResponse().getRedirectedUrl();
				if (withToken && !(status == 302 && "/login?error".equals(location))) {
					problems.add("status " + status + " to " + location
							+ " where a redirection to /login?error was expected");
				}
				if (!withToken && status != 403) {
					problems.add("status " + status + " without a CSRF token");
				}
			}
			failures.add(i, "POST /login username=" + printable(username) + " password=" + printable(password)
					+ (withToken ? "" : " (no CSRF token)"), result, problems);
		}
		assertThat(failures.isEmpty()).as(failures::report).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM staff_user", Long.class)).isEqualTo(staff);
	}

	@Test
	void hostileIdsInStaffLinksAreNotFoundNeverA5xx() {
		for (String id : List.of("0", "-1", "null", "%00", "..%2F..%2Fetc%2Fpasswd",
				"00000000-0000-0000-0000-000000000000", "1-1-1-1-1", "x".repeat(5000), "' OR 1=1 --", "%3Cscript%3E",
				UUID.randomUUID().toString())) {
			for (String path : List.of("/staff/assessments/" + id, "/staff/assessments/" + id + "/review")) {
				MockHttpServletRequestBuilder request = path.endsWith("/review") ? MockMvcRequestBuilders.post(path)
					.with(csrf())
					.param("status", "REVIEWED")
					.param("version", "0") : MockMvcRequestBuilders.get(path);
				MvcTestResult result = this.mvc.perform(request.with(STAFF));
				assertThat(Hostile.generalProblems(result)).as(path).isEmpty();
				assertThat(result.getResponse().getStatus()).as(path).isIn(400, 404);
			}
		}
	}

	/**
	 * A parameter naming an index of a field that has none ({@code q[0]=x},
	 * {@code goal[1]=x}) made the binder throw, a 500 on the list, the export and the
	 * review; the binders now take their own fields only, so it is ignored.
	 */
	@Test
	void anIndexedParameterIsIgnoredOrRefusedNotA500() {
		Assessment assessment = create("Hostile index " + UUID.randomUUID(), Goal.RELAXATION);
		List<MvcTestResult> results = List.of(
				this.mvc.get().uri("/staff/assessments").with(STAFF).param("q[0]", "x").exchange(),
				this.mvc.get().uri("/staff/assessments").with(STAFF).param("q", "a").param("q[0]", "x").exchange(),
				this.mvc.get().uri("/staff/assessments").with(STAFF).param("goal[1]", "x").exchange(),
				this.mvc.get().uri("/staff/assessments/export.csv").with(STAFF).param("q[0]", "x").exchange(),
				this.mvc.post()
					.uri("/staff/assessments/" + assessment.getPublicId() + "/review")
					.with(STAFF)
					.with(csrf())
					.param("status", "REVIEWED")
					.param("version", "0")
					.param("note[0]", "x")
					.exchange());
		assertThat(results).allSatisfy((result) -> {
			assertThat(Hostile.generalProblems(result)).isEmpty();
			assertThat(result.getResponse().getStatus()).isLessThan(500);
		});
	}

	/**
	 * A review whose version is not a number is refused with 422 and the page says why
	 * (it used to say nothing).
	 */
	@Test
	void aVersionThatIsNotANumberIsRefusedWithAMessage() {
		Assessment assessment = create("Hostile version " + UUID.randomUUID(), Goal.RELAXATION);
		MvcTestResult result = this.mvc.post()
			.uri("/staff/assessments/" + assessment.getPublicId() + "/review")
			.with(STAFF)
			.with(csrf())
			.param("status", "REVIEWED")
			.param("version", "abc")
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(Jsoup.parse(Hostile.body(result)).select(".field-error, .error-summary")).isNotEmpty();
	}

	// --- the filter ---

	/**
	 * Assessments to find: hostile names, several goals, reviews and days far apart, so
	 * that generated filters match something.
	 */
	private List<String> fixtures(Random random) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String name = pick(random, Hostile.VALID_TEXTS);
			if (name.length() > 95) {
				name = name.substring(0, 95);
			}
			Assessment assessment = create(name, pick(random, List.of(Goal.values())));
			names.add(name);
			if (chance(random, 0.5)) {
				// far from the days other tests keep to themselves (1980s, today)
				LocalDate day = LocalDate.of(3000 + random.nextInt(6999), 1 + random.nextInt(12),
						1 + random.nextInt(28));
				OffsetDateTime time = OffsetDateTime.ofInstant(day.atStartOfDay(this.clinic.zone()).toInstant(),
						ZoneOffset.UTC);
				this.jdbc.update("UPDATE assessment SET created_at = ? WHERE public_id = ?", time,
						assessment.getPublicId());
				// the words of the name keep it too, for the name search's order
				this.jdbc.update("UPDATE assessment_name_word SET created_at = ? WHERE assessment_id = ?", time,
						assessment.getId());
			}
			if (chance(random, 0.5)) {
				this.jdbc.update("UPDATE assessment SET review_status = ? WHERE public_id = ?",
						pick(random, List.of(ReviewStatus.values())).name(), assessment.getPublicId());
			}
		}
		return names;
	}

	private static Filter filter(Random random, List<String> names) {
		Filter filter = new Filter();
		double hostility = pick(random, List.of(0.0, 0.1, 0.3, 0.6));
		param(random, hostility, filter, "q", () -> search(random, names));
		param(random, hostility, filter, "goal", () -> choice(random, Goal.values()));
		param(random, hostility, filter, "lifestyle", () -> choice(random, Lifestyle.values()));
		// the severity is text: two values are joined with a comma, which no level
		// matches
		param(random, hostility, filter, "severity", () -> {
			Drawn drawn = choice(random, new String[] { "STOP", "CONSULT", "CAUTION", "INFO", "NONE" });
			return (drawn.values().size() > 1) ? new Drawn(drawn.values(), Verdict.INVALID) : drawn;
		});
		param(random, hostility, filter, "status", () -> choice(random, ReviewStatus.values()));
		param(random, hostility, filter, "from", () -> date(random));
		param(random, hostility, filter, "to", () -> date(random));
		param(random, hostility, filter, pick(random, List.of("after", "before")), () -> position(random));
		if (chance(random, 0.1)) {
			List<String[]> extras = new ArrayList<>(List.of(
					new String[] { "sort", "client_name; DROP TABLE assessment" }, new String[] { "size", "100000" },
					new String[] { "class.module.classLoader.x", "1" }, new String[] { "filter.q", SCRIPT },
					new String[] { SCRIPT, SQL_OR }, new String[] { "order", SQL_DROP }));
			extras.addAll(List.of(new String[] { "q[0]", "x" }, new String[] { "goal[1]", "x" },
					new String[] { "after[0]", "1" }));
			filter.params.add(pick(random, extras));
		}
		java.util.Collections.shuffle(filter.params, random);
		return filter;
	}

	/**
	 * Draws a parameter: with the probability {@code hostility} anything, else a valid
	 * value.
	 */
	private static void param(Random random, double hostility, Filter filter, String name, Supplier<Drawn> draw) {
		boolean bad = chance(random, hostility);
		Drawn drawn = draw.get();
		for (int attempt = 0; attempt < 100 && !bad && drawn.verdict() != Verdict.VALID; attempt++) {
			drawn = draw.get();
		}
		for (String value : drawn.values()) {
			filter.params.add(new String[] { name, value });
		}
		filter.verdict = filter.verdict.and(drawn.verdict());
		if (drawn.verdict() == Verdict.VALID && !drawn.values().isEmpty()) {
			// one value, or the same one twice
			String value = drawn.values().get(0).trim();
			filter.values.put(name, value.isEmpty() ? null : value);
		}
	}

	private static Drawn search(Random random, List<String> names) {
		if (chance(random, 0.4)) {
			return new Drawn(List.of(), Verdict.VALID);
		}
		String q;
		int kind = random.nextInt(100);
		if (kind < 35) {
			String name = pick(random, names);
			q = name.substring(0, 1 + random.nextInt(name.length()));
			q = chance(random, 0.3) ? q.toUpperCase(Locale.ROOT) : q;
		}
		else if (kind < 70) {
			q = pick(random,
					List.of("", "  ", "a", "%", "_", "\\", "%%", "50%", "_off_", "'", "''", "\"", SQL_OR, SQL_DROP,
							SCRIPT, IMG, "<", "😀", "مر", "İ", "i̇", "\u0000", "a\u0000b", "\u001b[2J", "\u202E",
							"${7*7}", "*", "x".repeat(100), "İ".repeat(100), "%".repeat(100), "x".repeat(101),
							"x".repeat(10 * 1024)));
		}
		else {
			q = Hostile.randomText(random, 5);
		}
		Verdict verdict = (q.trim().length() > 100) ? Verdict.INVALID : Verdict.VALID;
		if (chance(random, 0.03)) {
			return new Drawn(List.of(q, "x"), q.trim().equals("x") ? verdict : Verdict.INVALID);
		}
		return new Drawn(List.of(q), verdict);
	}

	private static Drawn choice(Random random, Object[] values) {
		if (chance(random, 0.6)) {
			return new Drawn(List.of(), Verdict.VALID);
		}
		String name = values[random.nextInt(values.length)].toString();
		int kind = random.nextInt(100);
		String value;
		if (kind < 70) {
			value = chance(random, 0.1) ? " " + name + "\u0000" : name;
		}
		else if (kind < 75) {
			value = "";
		}
		else {
			value = pick(random, List.of(name.toLowerCase(Locale.ROOT), "UNKNOWN", "1", SCRIPT, SQL_OR, SQL_DROP,
					name + "|" + name, name + ".*", "x".repeat(10 * 1024), name + "\u00A0", "null"));
		}
		String trimmed = value.trim();
		boolean known = trimmed.isEmpty()
				|| java.util.Arrays.stream(values).map(Object::toString).anyMatch(trimmed::equals);
		Verdict verdict = known ? Verdict.VALID : Verdict.INVALID;
		if (chance(random, 0.03)) {
			String second = values[random.nextInt(values.length)].toString();
			// in any order, and the binder keeps the first
			return new Drawn(List.of(value, second), trimmed.equals(second) ? Verdict.VALID : Verdict.INVALID);
		}
		return new Drawn(List.of(value), verdict);
	}

	private static Drawn date(Random random) {
		if (chance(random, 0.65)) {
			return new Drawn(List.of(), Verdict.VALID);
		}
		int kind = random.nextInt(100);
		String value;
		if (kind < 60) {
			value = LocalDate.of(1900 + random.nextInt(8100), 1 + random.nextInt(12), 1 + random.nextInt(28))
				.toString();
		}
		else if (kind < 70) {
			value = pick(random, List.of("1900-01-01", "9999-12-30", LocalDate.now(ZoneOffset.UTC).toString(), "",
					"2026-01-01+01:00"));
		}
		else {
			value = pick(random,
					List.of("2026-02-30", "2026-13-01", "2026-00-10", "1899-12-31", "9999-12-31", "+10000-01-01",
							"-999999999-01-01", "+999999999-12-31", "yesterday", "2026/01/01", "01/02/2026", "20260101",
							"2026-01-01T00:00", SCRIPT, SQL_OR, "1e309", "٢٠٢٦-٠١-٠١", " 2026-01-01 ",
							"x".repeat(10 * 1024)));
		}
		return new Drawn(List.of(value), dateVerdict(value));
	}

	private static Verdict dateVerdict(String value) {
		if (value.isEmpty()) {
			return Verdict.VALID;
		}
		if (!value.equals(value.trim()) || value.matches("\\d{4}-\\d{2}-\\d{2}[+-]\\d{2}:\\d{2}")) {
			// blanks around, or an offset, which ISO.DATE allows and the list ignores
			return Verdict.EITHER;
		}
		try {
			LocalDate date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
			return (date.isBefore(EARLIEST) || date.isAfter(LATEST)) ? Verdict.INVALID : Verdict.VALID;
		}
		catch (DateTimeParseException ex) {
			return Verdict.INVALID;
		}
	}

	private static Drawn position(Random random) {
		if (chance(random, 0.7)) {
			return new Drawn(List.of(), Verdict.VALID);
		}
		int kind = random.nextInt(100);
		if (kind < 60) {
			// anywhere between the fixtures' years and today's
			Instant at = Instant.parse("1900-01-01T00:00:00Z")
				.plusSeconds((long) (random.nextDouble() * 255_000_000_000L))
				.plusNanos(1000L * random.nextInt(1_000_000));
			return new Drawn(List.of(at + "_" + random.nextInt(2_000_000)), Verdict.VALID);
		}
		if (kind < 75) {
			return new Drawn(List.of(pick(random, List.of("1900-01-01T00:00:00Z_0", "1900-01-01T00:00:00Z_-1",
					"9999-12-31T00:00:00Z_9223372036854775807", Instant.now() + "_1"))), Verdict.VALID);
		}
		if (kind < 80) {
			return new Drawn(List.of(pick(random, List.of("", " ", " 2026-01-01T00:00:00Z_1 "))), Verdict.EITHER);
		}
		return new Drawn(List.of(pick(random,
				List.of("abc", "2026-01-01_1", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z_", "_5", "1", SCRIPT,
						SQL_OR, "0001-01-01T00:00:00Z_1", "+10000-01-01T00:00:00Z_1", "2026-01-01T00:00:00Z_1e3",
						"2026-01-01T00:00:00Z_99999999999999999999", "2026-13-01T00:00:00Z_1"))),
				Verdict.INVALID);
	}

	private List<String> checkList(Filter filter, MvcTestResult result) {
		List<String> problems = new ArrayList<>();
		int status = result.getResponse().getStatus();
		Verdict verdict = filter.verdict;
		if (status == 200 && verdict != Verdict.INVALID) {
			Document page = Jsoup.parse(Hostile.body(result));
			Element count = page.selectFirst("p.count");
			if (count == null) {
				problems.add("a list without its count");
				return problems;
			}
			if (verdict == Verdict.VALID) {
				long expected = expectedCount(filter, false);
				long shown = shownCount(count.text());
				boolean more = count.text().startsWith("More than");
				// the list counts up to 100, a search of several words up to a page (25),
				// then says "More than ..."
				String q = filter.values.get("q");
				long limit = (q != null && NameWords.ofSearch(q).size() > 1) ? 25 : 100;
				if ((expected > limit) ? (!more || shown != limit) : (more || shown != expected)) {
					problems.add("the list says \"" + count.text() + "\" where the database has " + expected);
				}
				int rows = page.select("table.staff-list tbody tr").size();
				long expectedRows = Math.min(25, expectedCount(filter, true));
				if (rows != expectedRows) {
					problems.add(rows + " rows shown where " + expectedRows + " were expected");
				}
			}
		}
		else if (status == 400 && verdict != Verdict.VALID) {
			Document page = Jsoup.parse(Hostile.body(result));
			if (page.select(".error-summary li").isEmpty()
					&& !filter.params.stream().anyMatch((param) -> Hostile.refusedByFirewall(param[0]))) {
				problems.add("a refusal without an error summary");
			}
			page.select(".error-summary li").forEach((line) -> {
				if (line.text().isBlank()) {
					problems.add("an empty line in the error summary");
				}
			});
		}
		else {
			problems.add("status " + status + " where "
					+ ((verdict == Verdict.VALID) ? "200" : (verdict == Verdict.INVALID) ? "400" : "200 or 400")
					+ " was expected");
		}
		return problems;
	}

	private List<String> checkExport(Filter filter, MvcTestResult result) {
		List<String> problems = new ArrayList<>();
		int status = result.getResponse().getStatus();
		if (filter.verdict == Verdict.INVALID && status != 400) {
			problems.add("status " + status + " where 400 was expected");
		}
		else if (filter.verdict == Verdict.VALID && status != 200) {
			problems.add("status " + status + " where 200 was expected");
		}
		else if (status == 200) {
			try (CSVParser csv = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(Hostile.body(result).replace("\uFEFF", "")))) {
				long rows = csv.getRecords().size();
				if (filter.verdict == Verdict.VALID && rows != expectedCount(filter, false)) {
					problems
						.add("the export has " + rows + " rows where the database has " + expectedCount(filter, false));
				}
			}
			catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
				problems.add("an export that is not CSV: " + ex.getMessage());
			}
		}
		return problems;
	}

	/**
	 * The number of assessments a valid filter matches, counted with plain SQL: the name
	 * search compares the start of the names' folded words with {@code LEFT}, so that no
	 * character of the search is ever a wildcard.
	 */
	/**
	 * How many assessments match the filter, counted straight in the database; with
	 * {@code fromPosition}, only those after (older than) or before (newer than) its
	 * position, as the page shows them.
	 */
	private long expectedCount(Filter filter, boolean fromPosition) {
		StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM assessment WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		String after = filter.values.get("after");
		String before = filter.values.get("before");
		String position = (after != null) ? after : before;
		if (fromPosition && position != null) {
			int at = position.lastIndexOf('_');
			OffsetDateTime time = OffsetDateTime.ofInstant(Instant.parse(position.substring(0, at)), ZoneOffset.UTC);
			long id = Long.parseLong(position.substring(at + 1));
			String direction = (after != null) ? "<" : ">";
			sql.append(" AND (created_at ")
				.append(direction)
				.append(" ? OR (created_at = ? AND id ")
				.append(direction)
				.append(" ?))");
			args.add(time);
			args.add(time);
			args.add(id);
		}
		String q = filter.values.get("q");
		if (q != null && !q.isBlank()) {
			// every word of the search starts a word of the name; none: nothing matches
			List<String> words = NameWords.ofSearch(q);
			if (words.isEmpty()) {
				sql.append(" AND 1 = 0");
			}
			for (String word : words) {
				sql.append(" AND EXISTS (SELECT 1 FROM assessment_name_word w"
						+ " WHERE w.assessment_id = assessment.id AND LEFT(w.word, ?) = ?)");
				args.add(word.length());
				args.add(word);
			}
		}
		for (String[] column : new String[][] { { "goal", "goal" }, { "lifestyle", "lifestyle" },
				{ "status", "review_status" } }) {
			String value = filter.values.get(column[0]);
			if (value != null) {
				sql.append(" AND ").append(column[1]).append(" = ?");
				args.add(value);
			}
		}
		String severity = filter.values.get("severity");
		if ("NONE".equals(severity)) {
			sql.append(" AND highest_severity IS NULL");
		}
		else if (severity != null) {
			sql.append(" AND highest_severity = ?");
			args.add(Severity.valueOf(severity).name());
		}
		ZoneId zone = this.clinic.zone();
		String from = filter.values.get("from");
		if (from != null) {
			sql.append(" AND created_at >= ?");
			args.add(OffsetDateTime.ofInstant(LocalDate.parse(from).atStartOfDay(zone).toInstant(), ZoneOffset.UTC));
		}
		String to = filter.values.get("to");
		if (to != null) {
			sql.append(" AND created_at < ?");
			args.add(OffsetDateTime.ofInstant(LocalDate.parse(to).plusDays(1).atStartOfDay(zone).toInstant(),
					ZoneOffset.UTC));
		}
		Long count = this.jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
		return Objects.requireNonNullElse(count, 0L);
	}

	/**
	 * The number in "No assessment matches", "One assessment matches", "42 assessments
	 * match", "More than 100 assessments match".
	 */
	private static long shownCount(String text) {
		String digits = text.replaceAll("[^0-9]", "");
		if (!digits.isEmpty()) {
			return Long.parseLong(digits);
		}
		return text.startsWith("One") ? 1 : 0;
	}

	// --- the review ---

	private static Review review(Random random, int version) {
		Review review = new Review();
		double hostility = pick(random, List.of(0.0, 0.1, 0.4));
		boolean bad = chance(random, hostility);
		int kind = random.nextInt(100);
		if (kind < 3 && bad) {
			review.statusVerdict = Verdict.INVALID;
		}
		else if (kind < 20 && bad) {
			String status = pick(random, List.of("reviewed", "UNKNOWN", "", "1", SCRIPT, SQL_OR, "REVIEWED,NEW",
					"x".repeat(10 * 1024), "NEW\u00A0"));
			review.params.add(new String[] { "status", status });
			review.statusVerdict = Verdict.INVALID;
		}
		else {
			ReviewStatus status = pick(random, List.of(ReviewStatus.values()));
			review.params.add(new String[] { "status", chance(random, 0.1) ? " " + status + "\u0007" : status.name() });
			review.status = status;
		}
		bad = chance(random, hostility);
		String note;
		int noteKind = random.nextInt(100);
		if (noteKind < 25) {
			note = null;
		}
		else if (noteKind < 55) {
			note = pick(random, Hostile.VALID_TEXTS);
		}
		else if (noteKind < 65) {
			note = "Line one\r\nLine two\n\tindented " + pick(random, Hostile.VALID_TEXTS) + "\n";
		}
		else if (noteKind < 70) {
			note = "n".repeat(2000);
		}
		else {
			note = pick(random,
					List.of("n".repeat(2001), "x".repeat(10 * 1024), "a\u0000b", "a\u0007b", "a\u001b[2Jb", "a\u007fb",
							"a\u202Eb", "a\u2066b", "a\u000Bb", "a\u0085b", "a\u009Bb", Hostile.randomText(random, 6)));
		}
		Verdict noteVerdict = (note != null) ? Hostile.text(note, 2000, false, true) : Verdict.VALID;
		if (!bad) {
			while (noteVerdict != Verdict.VALID) {
				note = pick(random, Hostile.VALID_TEXTS);
				noteVerdict = Hostile.text(note, 2000, false, true);
			}
		}
		if (note != null) {
			review.params.add(new String[] { "note", note });
			String trimmed = note.trim();
			review.note = trimmed.isEmpty() ? null : trimmed;
		}
		review.noteVerdict = noteVerdict;
		bad = chance(random, hostility);
		int versionKind = random.nextInt(100);
		if (!bad || versionKind < 60) {
			review.params.add(new String[] { "version", Integer.toString(version) });
			review.version = version;
		}
		else if (versionKind < 75) {
			int stale = version + pick(random, List.of(-1, 1, 1000));
			review.params.add(new String[] { "version", Integer.toString(stale) });
			review.version = stale;
		}
		else if (versionKind < 80) {
			review.version = 0;
		}
		else {
			review.params.add(new String[] { "version",
					pick(random, List.of("abc", "", "1.5", "99999999999", SCRIPT, SQL_OR, "1e309")) });
			review.versionVerdict = Verdict.INVALID;
		}
		int mode = random.nextInt(100);
		if (mode < 2) {
			review.mode = "no-csrf";
		}
		else if (mode < 4) {
			review.mode = "oversized";
		}
		java.util.Collections.shuffle(review.params, random);
		return review;
	}

	private List<String> checkReview(Review review, MvcTestResult result, Assessment before, Assessment after,
			Random random) {
		List<String> problems = new ArrayList<>();
		int status = result.getResponse().getStatus();
		Verdict verdict = review.statusVerdict.and(review.noteVerdict).and(review.versionVerdict);
		int expected;
		if (review.mode.equals("no-csrf")) {
			expected = 403;
		}
		else if (review.mode.equals("oversized")) {
			expected = 413;
		}
		else if (verdict == Verdict.INVALID) {
			expected = 422;
		}
		else if (review.version != before.getVersion()) {
			expected = 409;
		}
		else if (verdict == Verdict.EITHER) {
			expected = (status == 422) ? 422 : 302;
		}
		else {
			expected = 302;
		}
		if (status != expected) {
			problems.add("status " + status + " where " + expected + " was expected");
		}
		if (status == 302) {
			if (after.getVersion() != before.getVersion() + 1 || after.getReviewStatus() != review.status
					|| !Objects.equals(after.getReviewNote(), review.note) || !REVIEWER.equals(after.getReviewedBy())) {
				problems.add("saved as " + after.getReviewStatus() + " [" + printable(after.getReviewNote())
						+ "] version " + after.getVersion() + " by " + after.getReviewedBy());
			}
			else if (chance(random, 0.2)) {
				problems.addAll(detailProblems(after));
			}
		}
		else if (after.getVersion() != before.getVersion() || after.getReviewStatus() != before.getReviewStatus()
				|| !Objects.equals(after.getReviewNote(), before.getReviewNote())) {
			problems.add("refused, yet the review changed");
		}
		if (status == 422) {
			Document page = Jsoup.parse(Hostile.body(result));
			if (page.select(".field-error, .error-summary").isEmpty()) {
				problems.add("a refusal without a message");
			}
		}
		return problems;
	}

	/** The detail page shows the name and the saved note exactly, as text. */
	private List<String> detailProblems(Assessment assessment) {
		MvcTestResult page = this.mvc.get()
			.uri("/staff/assessments/" + assessment.getPublicId())
			.with(STAFF)
			.exchange();
		List<String> problems = new ArrayList<>(Hostile.generalProblems(page));
		if (!problems.isEmpty()) {
			return problems;
		}
		Document document = Jsoup.parse(Hostile.body(page));
		Element note = document.selectFirst("textarea#note");
		String expected = Objects.requireNonNullElse(assessment.getReviewNote(), "").replace("\r\n", "\n");
		if (note == null || !note.val().replace("\r\n", "\n").equals(expected)) {
			problems.add("the detail page shows the note as ["
					+ ((note != null) ? printable(note.val()) : "no textarea") + "]");
		}
		Element heading = document.selectFirst("h1");
		if (heading == null || !heading.wholeText().equals(assessment.getClientName())) {
			problems.add("the detail page does not show the name as text");
		}
		return problems;
	}

	// --- helpers ---

	private Assessment create(String name, Goal goal) {
		return this.assessments.create(name, null, Locale.ENGLISH,
				Answers.builder(goal, Lifestyle.DESK_WORKER, MassageType.NOT_SURE)
					.pain(goal == Goal.CHRONIC_PAIN ? 6 : 2, PainDuration.CHRONIC)
					.conditions(
							goal == Goal.ACUTE_INJURY ? new Condition[] { Condition.HERNIATED_DISC } : new Condition[0])
					.build());
	}

	private Assessment reload(Assessment assessment) {
		return this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
	}

	private record Drawn(List<String> values, Verdict verdict) {
	}

	/** A generated filter, its verdict and, when valid, its values after trimming. */
	private static final class Filter {

		private final List<String[]> params = new ArrayList<>();

		private final java.util.Map<String, @Nullable String> values = new java.util.HashMap<>();

		private Verdict verdict = Verdict.VALID;

		/** Sends the filter; the tester's own exchange waits for a streamed export. */
		MvcTestResult exchange(MockMvcTester mvc, String path) {
			MockMvcTester.MockMvcRequestBuilder request = mvc.get()
				.uri(path)
				.with(STAFF)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en");
			for (String[] param : this.params) {
				request.param(param[0], param[1]);
			}
			return request.exchange();
		}

		String describe(boolean export) {
			StringBuilder text = new StringBuilder("GET /staff/assessments").append(export ? "/export.csv" : "")
				.append('?');
			for (String[] param : this.params) {
				text.append(printable(param[0])).append('=').append(printable(param[1])).append('&');
			}
			return text.append(" (expected ").append(this.verdict).append(')').toString();
		}

	}

	/** A generated review and what must become of it. */
	private static final class Review {

		private final List<String[]> params = new ArrayList<>();

		private Verdict statusVerdict = Verdict.VALID;

		private Verdict noteVerdict = Verdict.VALID;

		private Verdict versionVerdict = Verdict.VALID;

		private @Nullable ReviewStatus status;

		private @Nullable String note;

		private int version;

		private String mode = "normal";

		MockHttpServletRequestBuilder request(String path) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(STAFF);
			if (!this.mode.equals("no-csrf")) {
				request.with(csrf());
			}
			if (this.mode.equals("oversized")) {
				return request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("status=NEW&version=0&note=" + "n".repeat(100 * 1024));
			}
			for (String[] param : this.params) {
				request.param(param[0], param[1]);
			}
			return request;
		}

		String describe(String path) {
			StringBuilder text = new StringBuilder("POST ").append(path).append(" [").append(this.mode).append("] ");
			for (String[] param : this.params) {
				text.append(param[0]).append('=').append(printable(param[1])).append(" & ");
			}
			return text.toString();
		}

	}

}
