package com.massageadvisor.demo;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.assessment.NameWords;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RulesEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The demo data generator, run at start with the profile {@code demo-data} on a database
 * of its own: it adds exactly the rows asked for, every one of them opens through the
 * application as a real assessment, the application's own inserts go on working after it,
 * and the values are spread as the documentation says.
 */
@Tag("integration")
@SpringBootTest(properties = { "demo.count=" + DemoDataGeneratorTests.COUNT, "demo.templates=50", "demo.batch=100",
		"demo.years=" + DemoDataGeneratorTests.YEARS, "demo.seed=42", "demo.exit=false",
		"clinic.time-zone=" + DemoDataGeneratorTests.ZONE,
		"spring.datasource.url=jdbc:h2:mem:demo-data-test;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("demo-data")
@AutoConfigureMockMvc
class DemoDataGeneratorTests {

	static final int COUNT = 300;

	static final int YEARS = 3;

	static final String ZONE = "Europe/Paris";

	private static final Set<String> STAFF = Set.of("alice", "bruno", "chloe", "dmitri", "elena");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AssessmentRepository repository;

	@Autowired
	private Assessments assessments;

	@Autowired
	private RulesEngine engine;

	@Autowired
	private MockMvcTester mvc;

	/** Rows a test of this class adds are named so; generated names never are. */
	private static final String OURS = "client_name_key LIKE '%after the demo%'";

	/** The generated rows: those not made by a test of this class. */
	private List<Map<String, Object>> generated() {
		return this.jdbc.queryForList("SELECT * FROM assessment WHERE NOT " + OURS + " ORDER BY id");
	}

	private long count(String where) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE " + where, Long.class);
		assertThat(count).isNotNull();
		return count;
	}

	private long highestGeneratedId() {
		Long highest = this.jdbc.queryForObject("SELECT MAX(id) FROM assessment WHERE NOT " + OURS, Long.class);
		assertThat(highest).isNotNull();
		return highest;
	}

	@Test
	void addsExactlyTheRowsAskedForAndNothingElse() {
		assertThat(count("NOT " + OURS)).isEqualTo(COUNT);
		Long lowest = this.jdbc.queryForObject("SELECT MIN(id) FROM assessment WHERE NOT " + OURS, Long.class);
		assertThat(highestGeneratedId() - lowest + 1).as("the ids form one block").isEqualTo(COUNT);
		assertThat(count("client_name = 'template'")).as("the template rows are rolled back").isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT public_id) FROM assessment WHERE NOT " + OURS,
				Long.class))
			.isEqualTo(COUNT);
	}

	@Test
	void everyRowLoadsThroughTheEntityWithThePlanTheEngineGivesForItsAnswers() {
		List<Assessment> all = this.repository.findAll()
			.stream()
			.filter((assessment) -> !assessment.getClientName().toLowerCase(Locale.ROOT).contains("after the demo"))
			.toList();
		assertThat(all).hasSize(COUNT);
		for (Assessment assessment : all) {
			Answers answers = assessment.getAnswers();
			Recommendation plan = assessment.getRecommendation();
			assertThat(plan).as("stored plan of %s", assessment.getPublicId()).isEqualTo(this.engine.evaluate(answers));
			assertThat(assessment.isMassageAdvisable()).isEqualTo(plan.massageAdvisable());
			assertThat(assessment.getHighestSeverity()).isEqualTo(plan.highestSeverity());
			assertThat(assessment.getRulesVersion()).isEqualTo(plan.rulesVersion());
			assertThat(assessment.getLocale()).isIn(Locale.ENGLISH, Locale.FRENCH);
			assertThat(assessment.getConsentAt()).isEqualTo(assessment.getCreatedAt());
		}
	}

	@Test
	void resultPagesOpenAndShowTheClientsName() throws UnsupportedEncodingException {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT public_id, client_name FROM assessment WHERE id IN (SELECT MIN(id) FROM assessment WHERE NOT "
						+ OURS + " GROUP BY massage_advisable, locale) OR id = ?",
				highestGeneratedId());
		assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
		for (Map<String, Object> row : rows) {
			String name = (String) row.get("client_name");
			MvcTestResult result = this.mvc.get().uri("/assessments/" + row.get("public_id")).exchange();
			assertThat(result).as("result page of %s", name).hasStatusOk();
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select(".eyebrow").text()).startsWith("For " + name + ",");
		}
	}

	@Test
	void theApplicationsOwnInsertsWorkAfterTheGeneratedIds() {
		long highest = highestGeneratedId();
		long lowest = highest - COUNT + 1;
		Answers answers = Answers.builder(Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH).build();
		// more than one allocation of 50, so that Hibernate takes a new block of ids from
		// the
		// sequence the generator moved; what is left of the block it held before the
		// generator ran may still be used first, and lies below the generated ids
		Set<Long> ids = new HashSet<>();
		long lastId = 0;
		for (int i = 0; i < 60; i++) {
			Assessment created = this.assessments.create("After the demo " + i, null, Locale.ENGLISH, answers);
			assertThat(created.getId()).as("id of insert %s", i).isNotNull();
			lastId = created.getId();
			assertThat(lastId < lowest || lastId > highest).as("id %s outside the generated ids", lastId).isTrue();
			assertThat(this.assessments.findByPublicId(created.getPublicId())).isPresent();
			ids.add(lastId);
		}
		assertThat(ids).hasSize(60);
		assertThat(lastId).as("once Hibernate takes a new block").isGreaterThan(highest);
		MvcTestResult result = this.mvc.post()
			.uri("/assessments")
			.with(csrf())
			.param("clientName", "Submitted after the demo")
			.param("goal", "RELAXATION")
			.param("lifestyle", "OTHER")
			.param("massageType", "SWEDISH")
			.param("painLevel", "0")
			.param("painDuration", "NONE")
			.param("consent", "true")
			.exchange();
		assertThat(result).hasStatus(302);
		String location = String.valueOf(result.getResponse().getRedirectedUrl());
		assertThat(location).matches("/assessments/[0-9a-f-]{36}");
		Assessment submitted = this.repository
			.findByPublicId(UUID.fromString(location.substring("/assessments/".length())))
			.orElseThrow();
		assertThat(submitted.getId()).isGreaterThan(highest);
		assertThat(count("id BETWEEN " + lowest + " AND " + highest)).as("the generated rows are untouched")
			.isEqualTo(COUNT);
		assertThat(count("NOT " + OURS)).isEqualTo(COUNT);
	}

	@Test
	void valuesAreSpreadRealistically() {
		List<Map<String, Object>> rows = generated();
		assertThat(rows).hasSize(COUNT);
		assertThat(distinct(rows, "goal")).hasSizeGreaterThan(2);
		assertThat(distinct(rows, "lifestyle")).hasSizeGreaterThan(2);
		assertThat(distinct(rows, "massage_type")).hasSizeGreaterThan(2);
		assertThat(distinct(rows, "massage_advisable")).containsExactlyInAnyOrder(true, false);
		assertThat(distinct(rows, "locale")).containsExactlyInAnyOrder("en", "fr");
		assertThat(distinct(rows, "review_status")).containsExactlyInAnyOrder("NEW", "REVIEWED", "FOLLOW_UP");
		long withEmail = rows.stream().filter((row) -> row.get("email") != null).count();
		assertThat(withEmail).isBetween(COUNT * 4L / 10, COUNT * 8L / 10);
		assertThat(distinct(rows, "client_name")).hasSizeGreaterThan(COUNT / 2);
	}

	@Test
	void namesHaveTheirSearchKeyAndEmailsLookReal() {
		for (Map<String, Object> row : generated()) {
			String name = (String) row.get("client_name");
			assertThat(row.get("client_name_key")).as("key of %s", name).isEqualTo(Assessment.searchKey(name));
			assertThat(row.get("client_name_key")).isEqualTo(name.toLowerCase(Locale.ROOT));
			// the words of the name for the staff search, with the row's creation time
			assertThat(this.jdbc.queryForList(
					"SELECT word FROM assessment_name_word WHERE assessment_id = ? " + "AND created_at = ?",
					String.class, row.get("id"), row.get("created_at")))
				.as("words of %s", name)
				.containsExactlyInAnyOrderElementsOf(NameWords.of(name));
			assertThat(name).hasSizeLessThanOrEqualTo(100).isEqualTo(name.strip());
			Object email = row.get("email");
			if (email != null) {
				assertThat((String) email).matches("[a-z]+\\.[a-z]+[0-9]{1,2}@example\\.(com|fr)");
			}
		}
	}

	@Test
	void reviewsAreConsistentWithTheirStatus() {
		List<Map<String, Object>> rows = generated();
		long reviewed = 0;
		for (Map<String, Object> row : rows) {
			ReviewStatus status = ReviewStatus.valueOf((String) row.get("review_status"));
			Instant created = instant(row.get("created_at"));
			int version = ((Number) row.get("version")).intValue();
			if (status == ReviewStatus.NEW) {
				assertThat(row.get("reviewed_by")).isNull();
				assertThat(row.get("reviewed_at")).isNull();
				assertThat(row.get("review_note")).isNull();
				assertThat(version).isZero();
			}
			else {
				reviewed++;
				assertThat(STAFF).contains((String) row.get("reviewed_by"));
				Instant reviewedAt = instant(row.get("reviewed_at"));
				assertThat(reviewedAt).isAfterOrEqualTo(created).isBeforeOrEqualTo(Instant.now());
				assertThat(version).isOne();
				if (Boolean.FALSE.equals(row.get("massage_advisable"))) {
					assertThat(status).as("a row where massage is not advisable is followed up")
						.isEqualTo(ReviewStatus.FOLLOW_UP);
				}
				if (status == ReviewStatus.FOLLOW_UP) {
					assertThat(row.get("review_note")).as("a follow-up has a note").isNotNull();
				}
			}
		}
		// most rows are older than two weeks, and 95 % of those are reviewed
		assertThat(reviewed).isGreaterThan(COUNT * 8L / 10).isLessThan(COUNT);
	}

	@Test
	void datesSpanTheYearsGrowMostlyOnWeekdaysInOpeningHours() {
		ZoneId zone = ZoneId.of(ZONE);
		Instant now = Instant.now();
		Instant start = now.minus(Duration.ofDays(YEARS * 365L + 1));
		Instant yearAgo = now.minus(Duration.ofDays(365));
		Instant twoYearsAgo = now.minus(Duration.ofDays(2 * 365));
		int lastYear = 0;
		int firstYear = 0;
		int weekend = 0;
		for (Map<String, Object> row : generated()) {
			Instant created = instant(row.get("created_at"));
			assertThat(created).isAfter(start).isBefore(now.plusSeconds(1));
			ZonedDateTime local = created.atZone(zone);
			// opening hours 7:00 to 21:54, give or take the hour of a change of clocks
			assertThat(local.getHour()).as("hour of %s", local).isBetween(6, 22);
			if (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
				weekend++;
			}
			if (created.isAfter(yearAgo)) {
				lastYear++;
			}
			else if (created.isBefore(twoYearsAgo)) {
				firstYear++;
			}
		}
		assertThat(lastYear).as("the clinic grows").isGreaterThan(2 * firstYear);
		assertThat(firstYear).as("the oldest year has some").isPositive();
		// 2/7 of days are at the weekend, but most weekend days are skipped
		assertThat(weekend).isPositive().isLessThan(COUNT / 5);
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalArgumentException("Not a time: " + value);
	}

	private static Set<Object> distinct(List<Map<String, Object>> rows, String column) {
		return rows.stream().map((row) -> row.get(column)).collect(Collectors.toSet());
	}

}
