package com.massageadvisor.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
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
import com.massageadvisor.rules.Sign;
import com.massageadvisor.system.ClinicProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.massageadvisor.review.ReviewFixtures.at;
import static com.massageadvisor.review.ReviewFixtures.createdAt;
import static com.massageadvisor.review.ReviewFixtures.unique;
import static com.massageadvisor.review.ReviewFixtures.uniqueDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The CSV export: exactly the rows of the filtered list, as a UTF-8 file with a byte
 * order mark that a spreadsheet opens right, with no cell it would run as a formula, and
 * audited without client data. The export streams its body asynchronously;
 * {@link MockMvcTester} waits for it and dispatches the result.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class CsvExportTests {

	private static final RequestPostProcessor ADMIN = user("csv-admin").roles("ADMIN");

	private static final RequestPostProcessor STAFF = user("csv-staff").roles("STAFF");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@Autowired
	private StaffAssessments staffAssessments;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ClinicProperties clinic;

	@Test
	void anExportOfAFilteredListHasExactlyItsRowsNewestFirst() {
		String prefix = unique("Csv");
		Instant start = Instant.now().minus(2, ChronoUnit.HOURS);
		Assessment older = create(prefix + " older", "older@example.com",
				Answers.builder(Goal.MAINTENANCE, Lifestyle.ATHLETE, MassageType.SPORTS)
					.conditions(Condition.HERNIATED_DISC)
					.pain(4, PainDuration.SUBACUTE)
					.signs(Sign.HIGH_STRESS, Sign.HEADACHES)
					.sessionPrice("65.5")
					.monthlyBudget("200")
					.build());
		createdAt(this.jdbc, older, start);
		Assessment newer = create(prefix + " newer", null,
				Answers.builder(Goal.MAINTENANCE, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build());
		createdAt(this.jdbc, newer, start.plus(1, ChronoUnit.MINUTES));
		create(prefix + " other goal", null,
				Answers.builder(Goal.RELAXATION, Lifestyle.ATHLETE, MassageType.SWEDISH).build());
		this.staffAssessments.review(older.getPublicId(), 0, ReviewStatus.FOLLOW_UP, "Ring back", "csv-reviewer");

		List<CSVRecord> rows = csv(export(ADMIN, "q", prefix, "goal", "MAINTENANCE"));
		assertThat(rows).extracting((row) -> row.get("public_id"))
			.containsExactly(newer.getPublicId().toString(), older.getPublicId().toString());
		CSVRecord row = rows.get(1);
		assertThat(row.get("client_name")).isEqualTo(prefix + " older");
		assertThat(row.get("email")).isEqualTo("older@example.com");
		assertThat(row.get("goal")).isEqualTo("MAINTENANCE");
		assertThat(row.get("lifestyle")).isEqualTo("ATHLETE");
		assertThat(row.get("massage_type")).isEqualTo("SPORTS");
		assertThat(row.get("conditions")).isEqualTo("HERNIATED_DISC");
		assertThat(row.get("pain_level")).isEqualTo("4");
		assertThat(row.get("pain_duration")).isEqualTo("SUBACUTE");
		assertThat(row.get("signs")).isEqualTo("HEADACHES HIGH_STRESS");
		assertThat(row.get("session_price")).isEqualTo("65.50");
		assertThat(row.get("monthly_budget")).isEqualTo("200.00");
		assertThat(row.get("highest_severity")).isEqualTo("CONSULT");
		assertThat(row.get("massage_advisable")).isEqualTo("true");
		assertThat(row.get("plan")).isNotBlank();
		assertThat(row.get("rules_version")).isEqualTo(older.getRulesVersion());
		assertThat(row.get("review_status")).isEqualTo("FOLLOW_UP");
		assertThat(row.get("reviewed_by")).isEqualTo("csv-reviewer");
		assertThat(row.get("reviewed_at")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(row.get("review_note")).isEqualTo("Ring back");
		assertThat(row.get("created_at"))
			.isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(start.atZone(this.clinic.zone())));
		CSVRecord unreviewed = rows.get(0);
		assertThat(unreviewed.get("email")).isEmpty();
		assertThat(unreviewed.get("highest_severity")).isEmpty();
		assertThat(unreviewed.get("session_price")).isEmpty();
		assertThat(unreviewed.get("reviewed_by")).isEmpty();
		assertThat(unreviewed.get("review_status")).isEqualTo("NEW");

		assertThat(csv(export(ADMIN, "q", prefix))).hasSize(3);
		assertThat(csv(export(ADMIN, "q", prefix, "status", "FOLLOW_UP"))).extracting((r) -> r.get("public_id"))
			.containsExactly(older.getPublicId().toString());
		assertThat(csv(export(ADMIN, "q", prefix + " nobody"))).as("only the header").isEmpty();
	}

	@Test
	void theExportMatchesTheListPageForTheSameFilter() {
		String prefix = unique("Same");
		for (int i = 0; i < 4; i++) {
			create(prefix + " " + i, null,
					Answers
						.builder((i % 2 == 0) ? Goal.CHRONIC_PAIN : Goal.RELAXATION, Lifestyle.OTHER,
								MassageType.SWEDISH)
						.build());
		}
		MvcTestResult list = this.mvc.get()
			.uri("/staff/assessments")
			.param("q", prefix)
			.param("goal", "CHRONIC_PAIN")
			.with(STAFF)
			.exchange();
		assertThat(list).hasStatusOk();
		List<String> listed = ReviewFixtures.names(ReviewFixtures.html(list));
		String href = ReviewFixtures.html(list).select("a[href^=/staff/assessments/export.csv]").attr("href");
		MvcTestResult export = this.mvc.get().uri(URI.create(href)).with(STAFF).exchange();
		assertThat(csv(export)).extracting((row) -> row.get("client_name"))
			.containsExactlyElementsOf(listed)
			.hasSize(2);
	}

	@Test
	void anExportIsAUtf8FileWithAByteOrderMarkToDownload() {
		String prefix = unique("Bom");
		create(prefix + " Zoë", null, simpleAnswers());
		MvcTestResult result = export(ADMIN, "q", prefix);
		assertThat(result).hasStatusOk();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").isEqualTo(BOM);
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
			.isEqualTo(new MediaType("text", "csv", StandardCharsets.UTF_8));
		ContentDisposition disposition = ContentDisposition
			.parse(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION));
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename()).matches("assessments-\\d{4}-\\d{2}-\\d{2}\\.csv");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");

		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text.substring(1)).startsWith(String.join(",", AssessmentCsv.HEADER) + "\r\n");
		assertThat(text).contains(prefix + " Zoë");
	}

	@Test
	void cellsASpreadsheetWouldRunAsAFormulaArePrefixedWithAnApostrophe() {
		LocalDate day = uniqueDay();
		List<String> hostile = List.of("=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx",
				"=HYPERLINK(\"http://evil.example\",\"click\")");
		Map<String, String> idToName = new LinkedHashMap<>();
		for (String name : hostile) {
			Assessment assessment = create(name, null, simpleAnswers());
			createdAt(this.jdbc, assessment, at(day, LocalTime.NOON, this.clinic.zone()));
			idToName.put(assessment.getPublicId().toString(), name);
		}
		Assessment harmless = create("Anna = Bob + 1", "=1+1@example.com", simpleAnswers());
		createdAt(this.jdbc, harmless, at(day, LocalTime.NOON, this.clinic.zone()));
		this.staffAssessments.review(harmless.getPublicId(), 0, ReviewStatus.REVIEWED, "-1 day late", "@reviewer");

		Map<String, CSVRecord> rows = byPublicId(csv(export(ADMIN, "from", day.toString(), "to", day.toString())));
		assertThat(rows).hasSize(hostile.size() + 1);
		idToName.forEach((id, name) -> assertThat(rows.get(id).get("client_name")).as(name).isEqualTo("'" + name));
		CSVRecord row = rows.get(harmless.getPublicId().toString());
		assertThat(row.get("client_name")).isEqualTo("Anna = Bob + 1");
		assertThat(row.get("email")).isEqualTo("'=1+1@example.com");
		assertThat(row.get("review_note")).isEqualTo("'-1 day late");
		assertThat(row.get("reviewed_by")).isEqualTo("'@reviewer");
		for (CSVRecord record : rows.values()) {
			for (String cell : record.values()) {
				assertThat(cell).as("no cell starts like a formula")
					.doesNotStartWith("=")
					.doesNotStartWith("+")
					.doesNotStartWith("-")
					.doesNotStartWith("@")
					.doesNotStartWith("\t")
					.doesNotStartWith("\r");
			}
		}
	}

	@Test
	void namesWithCommasQuotesLineBreaksAndAccentsComeBackUnchanged() {
		LocalDate day = uniqueDay();
		List<String> names = List.of("Doe, \"JJ\"\nsecond line", "Zoë Ångström-Çelik", "Łukasz Żółć, “quoted”",
				"東京 クリニック", "Müller;Weiß\r\nthird", "emoji \uD83D\uDE00 name", "trailing comma,");
		Map<String, String> idToName = new LinkedHashMap<>();
		for (String name : names) {
			Assessment assessment = create(name, null, simpleAnswers());
			createdAt(this.jdbc, assessment, at(day, LocalTime.of(10, 0), this.clinic.zone()));
			idToName.put(assessment.getPublicId().toString(), name);
		}
		Map<String, CSVRecord> rows = byPublicId(csv(export(STAFF, "from", day.toString(), "to", day.toString())));
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(idToName.keySet());
		idToName.forEach((id, name) -> assertThat(rows.get(id).get("client_name")).isEqualTo(name));
		assertThat(rows.values()).allSatisfy((row) -> assertThat(row.size()).isEqualTo(AssessmentCsv.HEADER.length));
	}

	@Test
	void anExportIsAuditedWithItsRowCountAndNoClientData() {
		String prefix = unique("Audit");
		String actor = unique("exporter-");
		for (int i = 0; i < 3; i++) {
			create(prefix + " Client" + i, "client" + i + "@example.com",
					Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build());
		}
		create(prefix + " Skipped", null, simpleAnswers());

		MvcTestResult result = export(user(actor).roles("STAFF"), "q", prefix, "goal", "CHRONIC_PAIN");
		assertThat(csv(result)).hasSize(3);

		List<AuditEvent> events = this.audit.page(0)
			.getContent()
			.stream()
			.filter((event) -> event.getActor().equals(actor))
			.toList();
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.getAction()).isEqualTo(AuditAction.EXPORTED);
			assertThat(event.getAssessmentPublicId()).isNull();
			assertThat(this.audit.describe(event, Locale.ENGLISH))
				.isEqualTo("rows exported: 3; filter: "
						+ "Name or reference: given, not recorded; Goal: Easing long-lasting back pain or stiffness")
				.doesNotContain(prefix, "Client", "@example.com");
			assertThat(this.audit.describe(event, Locale.FRENCH))
				.isEqualTo("lignes exportées : 3 ; filtre : " + "Nom ou référence : saisi, non enregistré ; "
						+ "Objectif : Soulager un mal de dos ou une raideur de longue durée");
		});

		Map<String, String> audited = ReviewFixtures
			.html(this.mvc.get().uri("/staff/admin/audit").with(ADMIN).exchange())
			.select("tbody tr")
			.stream()
			.filter((row) -> row.text().contains(actor))
			.collect(Collectors.toMap((row) -> row.select("td").get(2).text(), (row) -> row.text()));
		assertThat(audited).hasSize(1);
		assertThat(audited.values())
			.allSatisfy((text) -> assertThat(text).contains("rows exported: 3").doesNotContain(prefix));
	}

	@Test
	void staffMayExport() {
		String prefix = unique("Staff");
		Assessment assessment = create(prefix + " one", null, simpleAnswers());
		MvcTestResult result = export(STAFF, "q", prefix);
		assertThat(result).hasStatusOk();
		assertThat(csv(result)).extracting((row) -> row.get("public_id"))
			.containsExactly(assessment.getPublicId().toString());
	}

	@Test
	void anonymousVisitorsCannotExport() {
		MvcTestResult result = this.mvc.get().uri("/staff/assessments/export.csv").exchange();
		assertThat(result).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
	}

	// ---------------------------------------------------------------------------------
	// AssessmentCsv.safe
	// ---------------------------------------------------------------------------------

	static Stream<Arguments> formulas() {
		return Stream
			.of("=1+1", "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=", "+", "-", "@", "\t", "\r")
			.map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("formulas")
	void safePrefixesWhatStartsLikeAFormula(String text) {
		assertThat(AssessmentCsv.safe(text)).isEqualTo("'" + text);
	}

	static Stream<Arguments> plainTexts() {
		return Stream
			.of("Anna", "a=b", "1+1", "x-2", "mail@example.com", "'quoted", "Zoë", "line\nbreak", " lead space",
					"\"quoted\"", "Doe, Jane")
			.map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("plainTexts")
	void safeLeavesOtherTextUnchanged(String text) {
		assertThat(AssessmentCsv.safe(text)).isEqualTo(text);
	}

	@Test
	void safeTurnsNothingIntoAnEmptyCell() {
		assertThat(AssessmentCsv.safe(null)).isEmpty();
		assertThat(AssessmentCsv.safe("")).isEmpty();
	}

	// ---------------------------------------------------------------------------------

	private MvcTestResult export(RequestPostProcessor who, String... params) {
		var request = this.mvc.get().uri("/staff/assessments/export.csv").with(who);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	/**
	 * Reads an export back: it must start with the byte order mark and the header.
	 */
	private static List<CSVRecord> csv(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").isEqualTo(BOM);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			assertThat(parser.getHeaderNames()).containsExactly(AssessmentCsv.HEADER);
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, CSVRecord> byPublicId(List<CSVRecord> rows) {
		return rows.stream()
			.collect(Collectors.toMap((row) -> row.get("public_id"), Function.identity(), (a, b) -> a,
					LinkedHashMap::new));
	}

	private Assessment create(String name, String email, Answers answers) {
		return this.assessments.create(name, email, Locale.ENGLISH, answers);
	}

	private static Answers simpleAnswers() {
		return Answers.builder(Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH).build();
	}

}
