package com.massageadvisor.hostile;

import org.junit.jupiter.api.Tag;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.massageadvisor.hostile.Hostile.IMG;
import static com.massageadvisor.hostile.Hostile.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Markup typed by a client (as a name) or by staff (as a review note) is shown as text
 * everywhere it appears: the result page, the questionnaire shown again with an error,
 * the staff list and detail, the deletion page, the printable sheet, its PDF and the CSV
 * export. In every HTML page the payload must be in the visible text, literally, and must
 * not have become a script element or an event handler; in the PDF it must be in the
 * text; in the CSV it must be the cell, prefixed with an apostrophe only when it starts
 * like a spreadsheet formula.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class ShownAsTextTests {

	private static final RequestPostProcessor STAFF = user("hostile-text-staff").roles("STAFF");

	private static final RequestPostProcessor ADMIN = user("hostile-text-admin").roles("ADMIN");

	private static final Pattern RESULT_LINK = Pattern.compile("/assessments/([0-9a-f-]{36})");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AssessmentRepository repository;

	static Stream<Arguments> payloads() {
		return Stream.of(Arguments.of(SCRIPT, IMG), Arguments.of(IMG, SCRIPT), Arguments.of(SCRIPT, SCRIPT),
				Arguments.of(IMG, IMG), Arguments.of("<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>"),
				Arguments.of("=HYPERLINK(\"http://x\",\"" + SCRIPT + "\")", "=1+1"),
				Arguments.of("+" + IMG, "-" + SCRIPT), Arguments.of("@SUM(A1)" + SCRIPT, "@" + IMG));
	}

	@ParameterizedTest(name = "name {0}, note {1}")
	@MethodSource("payloads")
	void aNameAndANoteWithMarkupAreShownAsTextEverywhere(String name, String note) throws IOException {
		Assessment assessment = submit(name);
		review(assessment, note);
		String id = assessment.getPublicId().toString();

		Document result = page(this.mvc.get().uri("/assessments/" + id).exchange(), "result page");
		assertText(result, "result page", name);
		Element eyebrow = result.selectFirst("p.eyebrow");
		assertThat(eyebrow).as("the result's eyebrow").isNotNull();
		assertThat(eyebrow.wholeText()).contains(name);

		Document sheet = page(this.mvc.get().uri("/assessments/" + id + "/sheet").exchange(), "sheet");
		assertText(sheet, "sheet", name);
		assertThat(sheet.title()).contains(name);

		Document detail = page(this.mvc.get().uri("/staff/assessments/" + id).with(STAFF).exchange(), "staff detail");
		assertText(detail, "staff detail", name);
		Element heading = detail.selectFirst("h1");
		assertThat(heading).as("the detail's heading").isNotNull();
		assertThat(heading.wholeText()).isEqualTo(name);
		assertThat(detail.title()).contains(name);
		Element textarea = detail.selectFirst("textarea#note");
		assertThat(textarea).as("the note's text area").isNotNull();
		assertThat(textarea.val()).isEqualTo(note);
		assertThat(detail.select("textarea#note *")).as("elements inside the note").isEmpty();

		Document adminDetail = page(this.mvc.get().uri("/staff/assessments/" + id).with(ADMIN).exchange(),
				"staff detail for an administrator");
		assertText(adminDetail, "staff detail for an administrator", name);

		Document delete = page(this.mvc.get().uri("/staff/admin/assessments/" + id + "/delete").with(ADMIN).exchange(),
				"deletion page");
		assertText(delete, "deletion page", name);

		Document list = page(this.mvc.get().uri("/staff/assessments").param("q", name).with(STAFF).exchange(),
				"staff list");
		assertText(list, "staff list", name);
		assertThat(list.select("table.staff-list tbody tr td a").eachText()).contains(name);
		assertThat(list.select("input#q").attr("value")).isEqualTo(name);

		String pdf = pdfText(this.mvc.get().uri("/assessments/" + id + "/sheet.pdf").exchange());
		assertThat(normalize(pdf)).as("the PDF's text").contains(normalize(name));

		CSVRecord row = csvRow(
				this.mvc.get().uri("/staff/assessments/export.csv").param("q", name).with(STAFF).exchange(), id);
		assertThat(row.get("client_name")).isEqualTo(spreadsheetSafe(name));
		assertThat(row.get("review_note")).isEqualTo(spreadsheetSafe(note));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void aNameWithMarkupIsShownAsTextWhenTheFormComesBackWithAnError(String name) {
		MvcTestResult result = this.mvc.post()
			.uri("/assessments")
			.with(csrf())
			.param("clientName", name)
			.param("goal", "RELAXATION")
			.param("lifestyle", "ATHLETE")
			.param("painLevel", "<script>alert(2)</script>")
			.param("sessionPrice", IMG)
			.param("consent", "true")
			.exchange();
		assertThat(result).hasStatus(422);
		Document form = page(result, "questionnaire with errors");
		assertThat(form.select("input#clientName").attr("value")).isEqualTo(name);
		assertThat(form.select("input#painLevel").attr("value")).isEqualTo("<script>alert(2)</script>");
		assertThat(form.select("input#sessionPrice").attr("value")).isEqualTo(IMG);
	}

	static Stream<String> names() {
		return Stream.of(SCRIPT, IMG, "<svg onload=alert(1)>", "</textarea><script>alert(1)</script>",
				"\"onfocus=\"alert(1)\" autofocus=\"");
	}

	// --- helpers ---

	private Assessment submit(String name) {
		MvcTestResult result = this.mvc.post()
			.uri("/assessments")
			.with(csrf())
			.param("clientName", name)
			.param("email", "ana@example.com")
			.param("goal", "CHRONIC_PAIN")
			.param("lifestyle", "DESK_WORKER")
			.param("massageType", "NOT_SURE")
			.param("painLevel", "6")
			.param("painDuration", "CHRONIC")
			.param("signs", "POOR_SLEEP")
			.param("sessionPrice", "80")
			.param("monthlyBudget", "250")
			.param("consent", "true")
			.exchange();
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(302);
		Matcher link = RESULT_LINK.matcher(String.valueOf(result.getResponse().getRedirectedUrl()));
		assertThat(link.matches()).isTrue();
		Assessment assessment = this.repository.findByPublicId(UUID.fromString(link.group(1))).orElseThrow();
		assertThat(assessment.getClientName()).isEqualTo(name);
		return assessment;
	}

	private void review(Assessment assessment, String note) {
		MvcTestResult result = this.mvc.post()
			.uri("/staff/assessments/" + assessment.getPublicId() + "/review")
			.with(STAFF)
			.with(csrf())
			.param("status", "FOLLOW_UP")
			.param("note", note)
			.param("version", Integer.toString(assessment.getVersion()))
			.exchange();
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(302);
		assertThat(this.repository.findByPublicId(assessment.getPublicId()).orElseThrow().getReviewNote())
			.isEqualTo(note);
	}

	/**
	 * A page, which must pass the general checks: no 5xx, no internals, no injected
	 * script.
	 */
	private static Document page(MvcTestResult result, String what) {
		assertThat(Hostile.generalProblems(result)).as(what).isEmpty();
		assertThat(result.getResponse().getContentType()).as(what).startsWith(MediaType.TEXT_HTML_VALUE);
		return Jsoup.parse(Hostile.body(result));
	}

	/**
	 * The payload is in the visible text, literally, and nothing in the page came from
	 * it: no script element, no event handler, no element with its markup.
	 */
	private static void assertText(Document page, String what, String payload) {
		assertThat(page.body().wholeText()).as("the visible text of the " + what).contains(payload);
		assertThat(Hostile.scriptProblems(page)).as(what).isEmpty();
		assertThat(page.select("script:not([src])")).as("inline scripts in the " + what).isEmpty();
		assertThat(page.select("[onerror], [onload], [onfocus], img[src=x], svg[onload], a[href^=javascript]"))
			.as("elements from the payload in the " + what)
			.isEmpty();
		List<String> scripts = page.select("script").eachAttr("src");
		assertThat(scripts).as("scripts of the " + what).allSatisfy((src) -> assertThat(src).startsWith("/js/"));
	}

	private static String pdfText(MvcTestResult result) throws IOException {
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static CSVRecord csvRow(MvcTestResult result, String publicId) throws IOException {
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatusOk();
		String text = Hostile.body(result);
		assertThat(text).startsWith("\uFEFF");
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = format.parse(new StringReader(text.substring(1)))) {
			return parser.getRecords()
				.stream()
				.filter((row) -> row.get("public_id").equals(publicId))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + publicId + " in the export"));
		}
	}

	/**
	 * What a CSV cell must hold: the text, with an apostrophe if it starts like a
	 * formula.
	 */
	private static String spreadsheetSafe(String text) {
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@') ? "'" + text : text;
	}

	/** Whitespace as one space: the PDF's lines may break inside the payload. */
	private static String normalize(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
