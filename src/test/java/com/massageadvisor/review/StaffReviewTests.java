package com.massageadvisor.review;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.system.StaffPages;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditEvent;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.system.ClinicProperties;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static com.massageadvisor.review.ReviewFixtures.at;
import static com.massageadvisor.review.ReviewFixtures.body;
import static com.massageadvisor.review.ReviewFixtures.count;
import static com.massageadvisor.review.ReviewFixtures.createdAt;
import static com.massageadvisor.review.ReviewFixtures.html;
import static com.massageadvisor.review.ReviewFixtures.names;
import static com.massageadvisor.review.ReviewFixtures.rowsWithPublicId;
import static com.massageadvisor.review.ReviewFixtures.unique;
import static com.massageadvisor.review.ReviewFixtures.uniqueDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The staff review area as staff use it: the list with its search, filters, count and
 * pages; the detail with the answers, the plan and the review; optimistic locking between
 * two reviewers; the audit trail; and the deletion by an administrator. Texts are read
 * from {@code messages.properties}.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class StaffReviewTests {

	private static final RequestPostProcessor STAFF = user("reviewer").roles("STAFF");

	private static final RequestPostProcessor ADMIN = StaffPages.admin("boss");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@Autowired
	private StaffAssessments staffAssessments;

	@Autowired
	private AssessmentRepository repository;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ClinicProperties clinic;

	@Autowired
	private MessageSource messages;

	// ---------------------------------------------------------------------------------
	// The list: search and filters
	// ---------------------------------------------------------------------------------

	@Test
	void theGoalFilterListsOnlyThatGoal() {
		String prefix = unique("Goal");
		create(prefix + " relax", Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH);
		create(prefix + " pain", Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH);
		create(prefix + " keep", Goal.MAINTENANCE, Lifestyle.DESK_WORKER, MassageType.SWEDISH);
		create(prefix + " keep too", Goal.MAINTENANCE, Lifestyle.ATHLETE, MassageType.SWEDISH);

		assertThat(names(list("q", prefix))).hasSize(4);
		assertThat(names(list("q", prefix, "goal", "MAINTENANCE"))).containsExactly(prefix + " keep too",
				prefix + " keep");
		assertThat(names(list("q", prefix, "goal", "RELAXATION"))).containsExactly(prefix + " relax");
		assertThat(names(list("q", prefix, "goal", "ACUTE_INJURY"))).isEmpty();
	}

	@Test
	void theLifestyleFilterListsOnlyThatLifestyle() {
		String prefix = unique("Life");
		create(prefix + " desk", Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH);
		create(prefix + " athlete", Goal.RELAXATION, Lifestyle.ATHLETE, MassageType.SWEDISH);
		create(prefix + " parent", Goal.MAINTENANCE, Lifestyle.PARENT_CAREGIVER, MassageType.SWEDISH);

		assertThat(names(list("q", prefix, "lifestyle", "ATHLETE"))).containsExactly(prefix + " athlete");
		assertThat(names(list("q", prefix, "lifestyle", "PARENT_CAREGIVER"))).containsExactly(prefix + " parent");
		assertThat(names(list("q", prefix, "lifestyle", "SENIOR"))).isEmpty();
		assertThat(names(list("q", prefix, "lifestyle", "DESK_WORKER", "goal", "MAINTENANCE"))).isEmpty();
	}

	@Test
	void theSeverityFilterListsOnlyThatMostSeriousWarningAndNoneListsThoseWithout() {
		String prefix = unique("Sev");
		Map<String, Answers> bySeverity = new LinkedHashMap<>();
		bySeverity.put("STOP",
				Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
					.conditions(Condition.FRACTURE)
					.build());
		bySeverity.put("CONSULT",
				Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
					.conditions(Condition.HERNIATED_DISC)
					.build());
		bySeverity.put("CAUTION",
				Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
					.soreAfterLastMassage()
					.build());
		bySeverity.put("INFO",
				Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
					.conditions(Condition.SPINE_SPECIALIST_CARE)
					.build());
		bySeverity.put("NONE", Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build());
		bySeverity.forEach((severity, answers) -> {
			Assessment assessment = this.assessments.create(prefix + " " + severity, null, Locale.ENGLISH, answers);
			Severity highest = assessment.getHighestSeverity();
			assertThat((highest != null) ? highest.name() : "NONE").as("test data").isEqualTo(severity);
		});

		for (String severity : bySeverity.keySet()) {
			assertThat(names(list("q", prefix, "severity", severity))).as(severity)
				.containsExactly(prefix + " " + severity);
		}
		assertThat(names(list("q", prefix))).hasSize(5);
	}

	@Test
	void theStatusFilterListsOnlyThatReviewStatus() {
		String prefix = unique("Status");
		Assessment fresh = create(prefix + " new", Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		Assessment reviewed = create(prefix + " reviewed", Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		Assessment followUp = create(prefix + " follow", Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		this.staffAssessments.review(reviewed.getPublicId(), 0, ReviewStatus.REVIEWED, null, "setup");
		this.staffAssessments.review(followUp.getPublicId(), 0, ReviewStatus.FOLLOW_UP, "call", "setup");

		assertThat(names(list("q", prefix, "status", "NEW"))).containsExactly(fresh.getClientName());
		assertThat(names(list("q", prefix, "status", "REVIEWED"))).containsExactly(reviewed.getClientName());
		assertThat(names(list("q", prefix, "status", "FOLLOW_UP"))).containsExactly(followUp.getClientName());
	}

	@Test
	void theDateFiltersIncludeWholeDaysInTheClinicsTimeZone() {
		String prefix = unique("Date");
		ZoneId zone = this.clinic.zone();
		LocalDate day = uniqueDay();
		createOn(prefix + " eve", at(day.minusDays(1), LocalTime.of(23, 59), zone));
		createOn(prefix + " first", at(day, LocalTime.MIDNIGHT, zone));
		createOn(prefix + " middle", at(day.plusDays(1), LocalTime.NOON, zone));
		createOn(prefix + " last", at(day.plusDays(2), LocalTime.of(23, 59), zone));
		createOn(prefix + " after", at(day.plusDays(3), LocalTime.MIDNIGHT, zone));

		assertThat(names(list("q", prefix, "from", day.toString(), "to", day.plusDays(2).toString())))
			.containsExactly(prefix + " last", prefix + " middle", prefix + " first");
		assertThat(names(list("q", prefix, "from", day.plusDays(1).toString()))).containsExactly(prefix + " after",
				prefix + " last", prefix + " middle");
		assertThat(names(list("q", prefix, "to", day.toString()))).containsExactly(prefix + " first", prefix + " eve");
		assertThat(names(list("q", prefix, "from", day.plusDays(1).toString(), "to", day.plusDays(1).toString())))
			.containsExactly(prefix + " middle");
		assertThat(names(list("q", prefix, "from", day.plusDays(2).toString(), "to", day.toString()))).isEmpty();
	}

	@Test
	void theNameSearchFindsTheStartOfAnyWordOfANameWhateverItsCaseAndAccents() {
		String tag = unique("");
		Assessment mueller = this.assessments.create("Müller " + tag, null, Locale.ENGLISH, simpleAnswers());
		Assessment mueller2 = this.assessments.create("Mueller " + tag, null, Locale.ENGLISH, simpleAnswers());
		this.assessments.create("Amüller " + tag, null, Locale.ENGLISH, simpleAnswers());
		Assessment chloe = this.assessments.create("ÉLODIE Chloé " + tag, null, Locale.ENGLISH, simpleAnswers());

		assertThat(names(list("q", "mü " + tag))).as("accents folded: ü is u")
			.containsExactlyInAnyOrder(mueller.getClientName(), mueller2.getClientName());
		assertThat(names(list("q", "MULLER"))).contains(mueller.getClientName()).doesNotContain("Amüller " + tag);
		assertThat(names(list("q", "müLLER " + tag.toUpperCase(Locale.ROOT)))).containsExactly(mueller.getClientName());
		assertThat(names(list("q", "  müller " + tag + "  "))).as("spaces around are ignored")
			.containsExactly(mueller.getClientName());
		assertThat(names(list("q", tag + " chloe elodie"))).as("any word, in any order")
			.containsExactly(chloe.getClientName());
		assertThat(names(list("q", "ller " + tag))).as("the start of a word, not its middle").isEmpty();
	}

	@Test
	void aSurnameFindsTheClientWhateverComesBeforeIt() {
		Assessment zed = this.assessments.create("Zed Quillfeather", null, Locale.ENGLISH, simpleAnswers());
		Assessment helene = this.assessments.create("Hélène " + unique("Q"), null, Locale.ENGLISH, simpleAnswers());

		assertThat(names(list("q", "quill"))).contains(zed.getClientName());
		assertThat(names(list("q", "Quillfeather"))).contains(zed.getClientName());
		assertThat(names(list("q", "helene"))).contains(helene.getClientName());
	}

	@Test
	void wildcardsInTheSearchSeparateWordsAndNeverMatchAnything() {
		String tag = unique("Wild");
		Assessment percent = this.assessments.create(tag + " 50%off", null, Locale.ENGLISH, simpleAnswers());
		this.assessments.create(tag + " axb", null, Locale.ENGLISH, simpleAnswers());
		Assessment backslash = this.assessments.create(tag + " c\\d", null, Locale.ENGLISH, simpleAnswers());

		assertThat(names(list("q", tag + " 50%"))).containsExactly(percent.getClientName());
		assertThat(names(list("q", tag + " %ff"))).as("not a wildcard").isEmpty();
		assertThat(names(list("q", tag + " _xb"))).as("not a wildcard").isEmpty();
		assertThat(names(list("q", tag + " c\\d"))).containsExactly(backslash.getClientName());
		assertThat(names(list("q", "%"))).as("no letter nor digit: nothing").isEmpty();
		assertThat(names(list("q", "_"))).isEmpty();
		assertThat(names(list("q", tag))).hasSize(3);
	}

	@Test
	void theCountSaysHowManyAssessmentsMatch() {
		String prefix = unique("Count");
		for (int i = 0; i < 3; i++) {
			create(prefix + " " + i, Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		}
		assertThat(count(list("q", prefix))).isEqualTo(text("staff.list.count", 3L)).isEqualTo("3 assessments match");
		assertThat(count(list("q", prefix + " 1"))).isEqualTo(text("staff.list.count", 1L));
		assertThat(count(list("q", prefix + " 9"))).isEqualTo(text("staff.list.count", 0L));
		Document none = list("q", prefix + " 9");
		assertThat(none.select("table.staff-list")).isEmpty();
		assertThat(none.select("a[href^=/staff/assessments/export.csv]")).as("nothing to export").isEmpty();
	}

	@Test
	void thirtyMatchesMakeTwoPagesNewestFirstAndThePageLinksKeepTheFilters() {
		// one word: a search of several counts up to a page only (NameSearchTests)
		String prefix = unique("Pâge");
		Instant start = Instant.now().minus(1, ChronoUnit.DAYS);
		List<String> newestFirst = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String name = prefix + String.format("%02d", i);
			Assessment assessment = create(name, Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH);
			// two at each instant, so that the id has to break the ties between pages
			createdAt(this.jdbc, assessment, start.plus(i / 2, ChronoUnit.MINUTES));
			newestFirst.add(0, name);
		}
		for (int i = 0; i < 3; i++) {
			// newer, but another goal: filtered out
			create(prefix + "other " + i, Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH);
		}

		Document first = list("q", prefix, "goal", "CHRONIC_PAIN");
		assertThat(count(first)).isEqualTo(text("staff.list.count", 30L));
		assertThat(names(first)).containsExactlyElementsOf(newestFirst.subList(0, 25));
		assertThat(first.select("nav.pagination a[rel=prev]")).isEmpty();
		String next = first.select("nav.pagination a[rel=next]").attr("href");
		assertThat(queryOf(next)).containsEntry("q", List.of(prefix))
			.containsEntry("goal", List.of("CHRONIC_PAIN"))
			.containsKey("after");
		String export = first.select("a[href^=/staff/assessments/export.csv]").attr("href");
		assertThat(queryOf(export)).containsEntry("q", List.of(prefix))
			.containsEntry("goal", List.of("CHRONIC_PAIN"))
			.doesNotContainKeys("after", "before");

		Document second = html(this.mvc.get().uri(URI.create(next)).with(STAFF).exchange());
		assertThat(count(second)).isEqualTo(text("staff.list.count", 30L));
		assertThat(names(second)).containsExactlyElementsOf(newestFirst.subList(25, 30));
		assertThat(second.select("nav.pagination a[rel=next]")).isEmpty();
		String previous = second.select("nav.pagination a[rel=prev]").attr("href");
		assertThat(queryOf(previous)).containsEntry("q", List.of(prefix))
			.containsEntry("goal", List.of("CHRONIC_PAIN"))
			.containsKey("before");
		Document backAgain = html(this.mvc.get().uri(URI.create(previous)).with(STAFF).exchange());
		assertThat(names(backAgain)).containsExactlyElementsOf(newestFirst.subList(0, 25));
		assertThat(backAgain.select("nav.pagination a[rel=prev]")).isEmpty();
		assertThat(backAgain.select("nav.pagination a[rel=next]").attr("href")).isEqualTo(next);
	}

	@Test
	void aHundredMatchesAreCountedAndMoreAreSaidToBeMore() {
		String prefix = unique("Cöunt");
		for (int i = 0; i < StaffAssessments.COUNT_LIMIT + 1; i++) {
			create(prefix + i, Goal.MAINTENANCE, Lifestyle.OTHER, MassageType.SWEDISH);
		}
		assertThat(count(list("q", prefix))).isEqualTo(text("staff.list.countMore", 100L));
		// "1", "10" to "19" and "100"
		assertThat(count(list("q", prefix + "1"))).isEqualTo(text("staff.list.count", 12L));
	}

	@Test
	void aLinkFromAPositionWithNothingLeftSaysSoAndLeadsBackToTheNewest() {
		Document page = list("q", unique("Nöthing "), "after", "2000-01-01T00:00:00Z_1");
		assertThat(names(page)).isEmpty();
		assertThat(page.select("a[href^=/staff/assessments?q=]").eachText()).contains(text("staff.list.newest"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			goal      | FOO        | typeMismatch.filter.goal
			lifestyle | SURFER     | typeMismatch.filter.lifestyle
			severity  | BAD        | Pattern.filter.severity
			severity  | stop       | Pattern.filter.severity
			status    | DONE       | typeMismatch.filter.status
			after     | yesterday  | typeMismatch.filter.after
			after     | 2026-11-21T09:30:00Z | typeMismatch.filter.after
			after     | 2026-11-21T09:30:00Z_x | typeMismatch.filter.after
			after     | +1000000000-01-01T00:00:00Z_1 | typeMismatch.filter.after
			before    | 0001-01-01T00:00:00Z_1 | typeMismatch.filter.before
			before    | _1         | typeMismatch.filter.before
			from      | notadate   | typeMismatch.filter.from
			to        | 31/12/2026 | typeMismatch.filter.to
			""")
	void anInvalidFilterIsABadRequestWithAMessageNeverAServerError(String name, String value, String message) {
		MvcTestResult result = this.mvc.get().uri("/staff/assessments").param(name, value).with(STAFF).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = html(result);
		assertThat(page.select(".error-summary h2").text()).isEqualTo(text("staff.filter.invalid"));
		assertThat(page.select(".error-summary li").eachText()).containsExactly(text(message));
		assertThat(body(result)).doesNotContain("Exception", "java.", "Failed to convert");

		assertThat(this.mvc.get().uri("/staff/assessments/export.csv").param(name, value).with(STAFF))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aTooLongSearchIsABadRequestWithAMessage() {
		MvcTestResult result = this.mvc.get()
			.uri("/staff/assessments")
			.param("q", "x".repeat(101))
			.with(STAFF)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(html(result).select(".error-summary li").eachText()).containsExactly(text("Size.filter.q"));
	}

	@Test
	void aPositionFarBeyondTheEndIsNeverAServerError() {
		SoftAssertions softly = new SoftAssertions();
		for (String position : new String[] { "1900-01-01T00:00:00Z_-9223372036854775808",
				"9999-12-31T00:00:00Z_9223372036854775807", "1970-01-01T00:00:00.000000001Z_0" }) {
			for (String direction : new String[] { "after", "before" }) {
				MvcTestResult result = this.mvc.get()
					.uri("/staff/assessments")
					.param(direction, position)
					.with(STAFF)
					.exchange();
				neverAServerError(softly, result, direction + "=" + position);
			}
		}
		for (String page : new String[] { "100000", "42949673", "2147483647" }) {
			MvcTestResult result = this.mvc.get().uri("/staff/admin/audit").param("page", page).with(ADMIN).exchange();
			neverAServerError(softly, result, "audit page=" + page);
		}
		softly.assertAll();
	}

	@Test
	void datesFarInThePastOrFutureAreNeverAServerError() {
		SoftAssertions softly = new SoftAssertions();
		String[][] filters = { { "from", "0001-01-01" }, { "to", "9999-12-31" }, { "from", "+10000-01-01" },
				{ "to", "+999999999-12-31" }, { "from", "-999999999-01-01" } };
		for (String[] filter : filters) {
			MvcTestResult result = this.mvc.get()
				.uri("/staff/assessments")
				.param(filter[0], filter[1])
				.with(STAFF)
				.exchange();
			neverAServerError(softly, result, filter[0] + "=" + filter[1]);
		}
		softly.assertAll();
	}

	private static void neverAServerError(SoftAssertions softly, MvcTestResult result, String what) {
		Exception failure = result.getUnresolvedException();
		softly.assertThat(failure).as(what + ": a server error").isNull();
		if (failure == null) {
			softly.assertThat(result.getResponse().getStatus()).as(what).isIn(200, 400);
		}
	}

	@Test
	void thePageAndExportLinksKeepASearchWithAPlusSign() {
		// a container reads a link's query as a form: an unencoded + is a space
		String prefix = unique("Plus ") + " C++";
		for (int i = 0; i < 26; i++) {
			create(prefix + " " + i, Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		}
		Document first = list("q", prefix);
		// three words: counted up to a page
		assertThat(count(first)).isEqualTo(text("staff.list.countMore", 25L));
		assertThat(queryOf(first.select("nav.pagination a[rel=next]").attr("href"))).containsEntry("q",
				List.of(prefix));
		assertThat(queryOf(first.select("a[href^=/staff/assessments/export.csv]").attr("href"))).containsEntry("q",
				List.of(prefix));
	}

	@Test
	void aLongNameWithACapitalDottedIIsStoredAndFound() {
		// U+0130 lowers to two characters: the search key can outgrow the name
		String tag = unique("");
		String name = "İ" + tag + "x".repeat(100 - 1 - tag.length());
		assertThat(name).hasSize(100);
		Assessment assessment = this.assessments.create(name, null, Locale.ENGLISH, simpleAnswers());
		assertThat(names(list("q", "İ" + tag))).containsExactly(assessment.getClientName());
	}

	// ---------------------------------------------------------------------------------
	// The detail and the review
	// ---------------------------------------------------------------------------------

	@Test
	void theDetailShowsTheAnswersThePlanAndTheReviewForm() {
		Assessment assessment = this.assessments.create(unique("Detail "), "ana@example.com", Locale.FRENCH,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.NOT_SURE)
					.pain(6, PainDuration.CHRONIC)
					.signs(Sign.POOR_SLEEP)
					.sessionPrice("80")
					.monthlyBudget("400")
					.build());
		MvcTestResult result = detail(assessment, STAFF);
		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.select("h1").text()).isEqualTo(assessment.getClientName());

		Map<String, String> answers = new LinkedHashMap<>();
		Element facts = page.selectFirst("section[aria-labelledby=answers-heading] dl");
		assertThat(facts).isNotNull();
		List<String> labels = facts.select("dt").eachText();
		List<String> values = facts.select("dd").eachText();
		assertThat(labels).hasSameSizeAs(values);
		for (int i = 0; i < labels.size(); i++) {
			answers.put(labels.get(i), values.get(i));
		}
		assertThat(answers).containsEntry(text("staff.answers.email"), "ana@example.com")
			.containsEntry(text("staff.answers.goal"), text("goal.CHRONIC_PAIN"))
			.containsEntry(text("staff.answers.lifestyle"), text("lifestyle.DESK_WORKER"))
			.containsEntry(text("staff.answers.massageType"), text("massageType.NOT_SURE"))
			.containsEntry(text("staff.answers.conditions"), text("staff.answers.none"))
			.containsEntry(text("staff.answers.painLevel"), "6")
			.containsEntry(text("staff.answers.painDuration"), text("painDuration.CHRONIC"))
			.containsEntry(text("staff.answers.signs"), text("sign.POOR_SLEEP"))
			.containsEntry(text("staff.answers.sore"), text("staff.no"))
			.containsEntry(text("staff.answers.language"), "French");
		assertThat(answers.get(text("staff.answers.sessionPrice"))).contains("80");
		assertThat(answers.get(text("staff.answers.monthlyBudget"))).contains("400");

		Element plan = page.selectFirst("section[aria-labelledby=plan-heading]");
		assertThat(plan).isNotNull();
		assertThat(plan.select("h2").first().text()).isEqualTo(text("staff.plan.heading"));
		assertThat(plan.select(".headline").text()).isNotBlank();
		assertThat(plan.select("table.phases tbody tr")).hasSize(3);

		Element form = page.selectFirst("form[action=/staff/assessments/" + assessment.getPublicId() + "/review]");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualToIgnoringCase("post");
		assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(form.select("input[type=hidden][name=version]").attr("value")).isEqualTo("0");
		assertThat(form.select("input[type=radio][name=status]").eachAttr("value")).containsExactly("NEW", "REVIEWED",
				"FOLLOW_UP");
		assertThat(form.select("input[type=radio][name=status][checked]").attr("value")).isEqualTo("NEW");
		assertThat(form.select("textarea[name=note]")).hasSize(1);
		assertThat(page.text()).contains(text("staff.review.never"));
	}

	@Test
	void anUnknownOrMalformedIdIsNotFound() {
		for (String id : new String[] { UUID.randomUUID().toString(), "not-a-uuid", "1" }) {
			assertThat(this.mvc.get().uri("/staff/assessments/" + id).with(STAFF)).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.post()
				.uri("/staff/assessments/" + id + "/review")
				.with(STAFF)
				.with(csrf())
				.param("status", "REVIEWED")
				.param("version", "0")).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void aReviewSavesTheStatusAndNoteWithWhoAndWhenAndIsAudited() {
		Assessment assessment = create(unique("Review "), Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		MvcTestResult result = review(assessment, user("alice").roles("STAFF"), "FOLLOW_UP", "Call her back on Monday",
				0);
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/staff/assessments/" + assessment.getPublicId());
		assertThat(result).flash().containsEntry("saved", true);

		Assessment saved = this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
		assertThat(saved.getReviewStatus()).isEqualTo(ReviewStatus.FOLLOW_UP);
		assertThat(saved.getReviewNote()).isEqualTo("Call her back on Monday");
		assertThat(saved.getReviewedBy()).isEqualTo("alice");
		assertThat(saved.getReviewedAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
		assertThat(saved.getVersion()).isEqualTo(1);

		List<AuditEvent> events = this.audit.forAssessment(assessment.getPublicId());
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.getAction()).isEqualTo(AuditAction.REVIEWED);
			assertThat(event.getActor()).isEqualTo("alice");
			// a sentence in the reader's language, not status=FOLLOW_UP, and never the
			// note
			assertThat(this.audit.describe(event, Locale.ENGLISH))
				.isEqualTo("status changed from New to Follow up, note changed");
			assertThat(this.audit.describe(event, Locale.FRENCH))
				.isEqualTo("statut changé de " + this.messages.getMessage("review.NEW", null, Locale.FRENCH) + " à "
						+ this.messages.getMessage("review.FOLLOW_UP", null, Locale.FRENCH) + ", note modifiée");
		});

		// the reviewer sees what was saved
		Document staffPage = html(detail(assessment, STAFF));
		assertThat(staffPage.select("textarea[name=note]").text()).isEqualTo("Call her back on Monday");
		assertThat(staffPage.select("input[type=radio][name=status][checked]").attr("value")).isEqualTo("FOLLOW_UP");
		assertThat(staffPage.select("input[type=hidden][name=version]").attr("value")).isEqualTo("1");
		assertThat(staffPage.select(".review-box").text()).contains("alice", text("review.FOLLOW_UP"));
		// staff do not see the audit trail, nor the deletion
		assertThat(staffPage.select("#audit-heading")).isEmpty();
		assertThat(staffPage.select("ul.audit")).isEmpty();
		assertThat(staffPage.select("a[href$=/delete]")).isEmpty();

		// an administrator sees it on the detail page
		Document adminPage = html(detail(assessment, ADMIN));
		assertThat(adminPage.select("#audit-heading").text()).isEqualTo(text("staff.audit.heading"));
		// with the openings of the detail, each one on the trail too
		assertThat(adminPage.select("ul.audit li").eachText())
			.filteredOn((item) -> item.contains(text("audit.REVIEWED")))
			.singleElement()
			.satisfies(
					(item) -> assertThat(item).contains("alice", "status changed from New to Follow up, note changed"));
		assertThat(adminPage.select("ul.audit li").eachText()).filteredOn((item) -> item.contains(text("audit.VIEWED")))
			.hasSize(2);
		assertThat(adminPage.select("a[href=/staff/admin/assessments/" + assessment.getPublicId() + "/delete]"))
			.hasSize(1);

		// and in the audit trail
		Element row = auditRow(assessment.getPublicId(), AuditAction.REVIEWED);
		assertThat(row.select("td").eachText()).containsSubsequence("alice", text("audit.REVIEWED"),
				assessment.getPublicId().toString(), "status changed from New to Follow up, note changed");
	}

	@Test
	void anInvalidReviewIsRefusedWithTheFormAgainAndNothingSaved() {
		Assessment assessment = create(unique("Bad review "), Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		MvcTestResult missingStatus = this.mvc.post()
			.uri("/staff/assessments/{id}/review", assessment.getPublicId())
			.with(STAFF)
			.with(csrf())
			.param("note", "no status")
			.param("version", "0")
			.exchange();
		assertThat(missingStatus).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(html(missingStatus).select(".field-error").text()).isNotBlank();
		assertThat(review(assessment, STAFF, "DONE", "bad status", 0)).hasStatus4xxClientError();
		assertThat(review(assessment, STAFF, "REVIEWED", "bell \u0007 ring", 0))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(review(assessment, STAFF, "REVIEWED", "bidi \u202E override", 0))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

		Assessment after = this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
		assertThat(after.getReviewStatus()).isEqualTo(ReviewStatus.NEW);
		assertThat(after.getReviewedBy()).isNull();
		assertThat(this.audit.forAssessment(assessment.getPublicId())).isEmpty();
	}

	@Test
	void aNoteOfTheLongestAllowedLengthIsSavedAndALongerOneIsRefused() {
		Assessment assessment = create(unique("Long note "), Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		String longest = "Line of a long note.\n".repeat(100);
		assertThat(longest).hasSize(2100);
		longest = longest.substring(0, 2000);

		MvcTestResult tooLong = review(assessment, STAFF, "REVIEWED", longest + "x", 0);
		assertThat(tooLong.getUnresolvedException()).as("a server error").isNull();
		assertThat(tooLong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.repository.findByPublicId(assessment.getPublicId()).orElseThrow().getReviewNote()).isNull();

		MvcTestResult saved = review(assessment, STAFF, "REVIEWED", longest, 0);
		assertThat(saved.getUnresolvedException()).as("a server error").isNull();
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		// like every text field, the note is trimmed: this one ends with "Line "
		assertThat(this.repository.findByPublicId(assessment.getPublicId()).orElseThrow().getReviewNote())
			.isEqualTo(longest.strip());
	}

	@Test
	void theSecondOfTwoReviewersGetsAConflictAndTheFirstOnesReviewIsKept() {
		Assessment assessment = create(unique("Conflict "), Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		RequestPostProcessor first = user("first-reviewer").roles("STAFF");
		RequestPostProcessor second = user("second-reviewer").roles("ADMIN");
		int firstVersion = Integer
			.parseInt(html(detail(assessment, first)).select("input[type=hidden][name=version]").attr("value"));
		int secondVersion = Integer
			.parseInt(html(detail(assessment, second)).select("input[type=hidden][name=version]").attr("value"));
		assertThat(firstVersion).isEqualTo(secondVersion);

		assertThat(review(assessment, first, "REVIEWED", "First note", firstVersion)).hasStatus(HttpStatus.FOUND);
		MvcTestResult conflict = review(assessment, second, "FOLLOW_UP", "Second note", secondVersion);

		assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
		Document page = html(conflict);
		assertThat(page.select(".error-summary h2").text()).isEqualTo(text("staff.review.conflict.title"));
		assertThat(page.select(".error-summary p").text()).isEqualTo(text("staff.review.conflict"));
		// the page shows what the first reviewer saved, and keeps the second one's text
		assertThat(page.select(".review-box").text()).contains("first-reviewer", text("review.REVIEWED"));
		assertThat(page.select("textarea[name=note]").text()).isEqualTo("Second note");
		String newVersion = page.select("input[type=hidden][name=version]").attr("value");
		assertThat(newVersion).isEqualTo(Integer.toString(firstVersion + 1));

		Assessment saved = this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
		assertThat(saved.getReviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
		assertThat(saved.getReviewNote()).isEqualTo("First note");
		assertThat(saved.getReviewedBy()).isEqualTo("first-reviewer");
		assertThat(reviews(assessment)).singleElement()
			.satisfies((event) -> assertThat(event.getActor()).isEqualTo("first-reviewer"));

		// having read the first review, the second reviewer saves again
		assertThat(review(assessment, second, "FOLLOW_UP", "Second note", Integer.parseInt(newVersion)))
			.hasStatus(HttpStatus.FOUND);
		Assessment resaved = this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
		assertThat(resaved.getReviewNote()).isEqualTo("Second note");
		assertThat(resaved.getReviewedBy()).isEqualTo("second-reviewer");
		assertThat(reviews(assessment)).hasSize(2);
	}

	/**
	 * The reviews of an assessment on its audit trail (the openings of its detail left
	 * out).
	 */
	private List<AuditEvent> reviews(Assessment assessment) {
		return this.audit.forAssessment(assessment.getPublicId())
			.stream()
			.filter((event) -> event.getAction() == AuditAction.REVIEWED)
			.toList();
	}

	@Test
	void ofManyReviewersSavingTheSameVersionAtOnceExactlyOneWins() throws Exception {
		Assessment assessment = create(unique("Race "), Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		int reviewers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(reviewers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MvcTestResult>> results = new ArrayList<>();
		try {
			for (int i = 0; i < reviewers; i++) {
				String name = "racer-" + i;
				results.add(pool.submit(() -> {
					start.await();
					return review(assessment, user(name).roles("STAFF"), "REVIEWED", "by " + name, 0);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<MvcTestResult> result : results) {
				MvcTestResult done = result.get(30, TimeUnit.SECONDS);
				assertThat(done.getUnresolvedException()).as("a server error").isNull();
				statuses.add(done.getResponse().getStatus());
			}
			assertThat(statuses).containsOnlyOnce(302).containsOnly(302, 409);
		}
		finally {
			pool.shutdownNow();
		}
		Assessment saved = this.repository.findByPublicId(assessment.getPublicId()).orElseThrow();
		assertThat(saved.getVersion()).isEqualTo(1);
		assertThat(saved.getReviewNote()).isEqualTo("by " + saved.getReviewedBy());
		assertThat(this.audit.forAssessment(assessment.getPublicId())).singleElement()
			.satisfies((event) -> assertThat(event.getActor()).isEqualTo(saved.getReviewedBy()));
	}

	@Test
	void aNoteWithMarkupIsShownAsText() {
		Assessment assessment = create(unique("Markup "), Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		String note = "<script>alert('x')</script><b>bold</b>";
		assertThat(review(assessment, STAFF, "REVIEWED", note, 0)).hasStatus(HttpStatus.FOUND);
		for (RequestPostProcessor who : List.of(STAFF, ADMIN)) {
			String html = body(detail(assessment, who));
			assertThat(html).doesNotContain("<script>alert", "<b>bold</b>");
			Document page = html(detail(assessment, who));
			// the application's own script files only: none from the note
			assertThat(page.select("script")).allSatisfy((script) -> {
				assertThat(script.attr("src")).startsWith("/js/");
				assertThat(script.data()).isBlank();
			});
			assertThat(page.select("b")).isEmpty();
			assertThat(page.select("textarea[name=note]").text()).isEqualTo(note);
		}
	}

	@Test
	void aClientNameWithMarkupIsShownAsTextInTheListAndTheDetail() {
		String prefix = unique("Mark ");
		Assessment assessment = create(prefix + "<img src=x onerror=alert(1)>", Goal.RELAXATION, Lifestyle.OTHER,
				MassageType.SWEDISH);
		Document list = list("q", prefix);
		assertThat(names(list)).containsExactly(assessment.getClientName());
		assertThat(list.select("img")).isEmpty();
		Document detail = html(detail(assessment, ADMIN));
		assertThat(detail.select("h1").text()).isEqualTo(assessment.getClientName());
		assertThat(detail.select("img")).isEmpty();
	}

	// ---------------------------------------------------------------------------------
	// Deletion
	// ---------------------------------------------------------------------------------

	@Test
	void anAdministratorDeletesAnAssessmentForGoodAndTheAuditKeepsOnlyThatItHappened() {
		String name = unique("Delete Me ");
		Assessment assessment = this.assessments.create(name, "delete.me@example.com", Locale.ENGLISH, simpleAnswers());
		UUID id = assessment.getPublicId();
		assertThat(review(assessment, STAFF, "REVIEWED", "Seen by staff", 0)).hasStatus(HttpStatus.FOUND);

		MvcTestResult confirm = this.mvc.get().uri("/staff/admin/assessments/{id}/delete", id).with(ADMIN).exchange();
		assertThat(confirm).hasStatusOk();
		Document page = html(confirm);
		assertThat(page.select("h1").text()).isEqualTo(text("staff.delete.heading"));
		assertThat(page.text()).contains(name);
		Element form = page.selectFirst("form[action=/staff/admin/assessments/" + id + "/delete]");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualToIgnoringCase("post");
		assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(rowsWithPublicId(this.jdbc, id)).as("showing the confirmation deletes nothing").isOne();

		MvcTestResult deleted = this.mvc.post()
			.uri("/staff/admin/assessments/{id}/delete", id)
			.with(StaffPages.admin("remover"))
			.with(csrf())
			.exchange();
		assertThat(deleted).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/staff/assessments");
		assertThat(deleted).flash().containsEntry("deleted", true);

		assertThat(rowsWithPublicId(this.jdbc, id)).isZero();
		assertThat(this.repository.findByPublicId(id)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE client_name = ?", Long.class, name))
			.isZero();
		assertThat(this.mvc.get().uri("/assessments/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/staff/assessments/{id}", id).with(ADMIN)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/staff/admin/assessments/{id}/delete", id).with(ADMIN).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);

		List<AuditEvent> events = this.audit.forAssessment(id);
		assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditAction.DELETED, AuditAction.REVIEWED);
		AuditEvent deletion = events.get(0);
		assertThat(deletion.getActor()).isEqualTo("remover");
		assertThat(deletion.getAssessmentPublicId()).isEqualTo(id);
		assertThat(events).allSatisfy((event) -> assertThat(this.audit.describe(event, Locale.ENGLISH))
			.doesNotContain(name, "delete.me@example.com", "Seen by staff"));

		Element row = auditRow(id, AuditAction.DELETED);
		assertThat(row.text()).contains("remover", id.toString()).doesNotContain(name, "delete.me");
		assertThat(body(this.mvc.get().uri("/staff/admin/audit").with(ADMIN).exchange())).doesNotContain(name,
				"delete.me@example.com");
	}

	@Test
	void staffCannotDelete() {
		Assessment assessment = create(unique("Keep "), Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH);
		UUID id = assessment.getPublicId();
		assertThat(this.mvc.get().uri("/staff/admin/assessments/{id}/delete", id).with(STAFF))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/staff/admin/assessments/{id}/delete", id).with(STAFF).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(rowsWithPublicId(this.jdbc, id)).isOne();
		assertThat(this.audit.forAssessment(id)).isEmpty();
		assertThat(this.mvc.get().uri("/staff/admin/audit").with(STAFF)).hasStatus(HttpStatus.FORBIDDEN);
	}

	// ---------------------------------------------------------------------------------

	private Document list(String... params) {
		var request = this.mvc.get().uri("/staff/assessments").with(STAFF);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return html(result);
	}

	private MvcTestResult detail(Assessment assessment, RequestPostProcessor who) {
		return this.mvc.get().uri("/staff/assessments/{id}", assessment.getPublicId()).with(who).exchange();
	}

	private MvcTestResult review(Assessment assessment, RequestPostProcessor who, String status, String note,
			int version) {
		return this.mvc.post()
			.uri("/staff/assessments/{id}/review", assessment.getPublicId())
			.with(who)
			.with(csrf())
			.param("status", status)
			.param("note", note)
			.param("version", Integer.toString(version))
			.exchange();
	}

	/** The row of the audit page for an assessment and an action, newest first. */
	private Element auditRow(UUID publicId, AuditAction action) {
		MvcTestResult result = this.mvc.get().uri("/staff/admin/audit").with(ADMIN).exchange();
		assertThat(result).hasStatusOk();
		return html(result).select("tbody tr")
			.stream()
			.filter((row) -> row.text().contains(publicId.toString()) && row.text().contains(text("audit." + action)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + action + " row for " + publicId));
	}

	private Assessment create(String name, Goal goal, Lifestyle lifestyle, MassageType type) {
		return this.assessments.create(name, null, Locale.ENGLISH, Answers.builder(goal, lifestyle, type).build());
	}

	private void createOn(String name, Instant created) {
		createdAt(this.jdbc, this.assessments.create(name, null, Locale.ENGLISH, simpleAnswers()), created);
	}

	private static Answers simpleAnswers() {
		return Answers.builder(Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH).build();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

	private static MultiValueMap<String, String> queryOf(String href) {
		assertThat(href).startsWith("/staff/assessments");
		MultiValueMap<String, String> raw = UriComponentsBuilder.fromUriString(href).build().getQueryParams();
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		// as a servlet container reads a query string: a form, where + is a space
		raw.forEach((key, values) -> values
			.forEach((value) -> decoded.add(key, URLDecoder.decode(value, StandardCharsets.UTF_8))));
		return decoded;
	}

}
