package com.massageadvisor.sheet;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.checkin.CheckInRecord;
import com.massageadvisor.checkin.CheckIns;
import com.massageadvisor.rules.AnswerSamples;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.Soreness;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Schedule;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.system.WorkingDays;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The sheet, its PDF and the calendar, over HTTP as a client gets them. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clinic.name=Clinique Rue Verte", "clinic.address=12 rue Verte, 75011 Paris",
				"clinic.phone=+33 1 23 45 67 89", "clinic.time-zone=Europe/Paris", "clinic.calendar-buffer=20m" })
@AutoConfigureRestTestClient
class SheetTests {

	/** The clinic's zone, as configured above: its days and hours are the calendar's. */
	private static final ZoneId CLINIC = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	@Autowired
	private RestTestClient client;

	@Autowired
	private Assessments assessments;

	@Autowired
	private CheckIns checkIns;

	/** A typical plan: chronic pain from sitting, a sign, no cost questions. */
	private Assessment typical(String name, Locale locale) {
		return this.assessments.create(name, null, locale,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
					.pain(5, PainDuration.SUBACUTE)
					.signs(Sign.HEADACHES)
					.build());
	}

	private Assessment stopped(String name) {
		return this.assessments.create(name, null, Locale.ENGLISH,
				Answers.builder(Goal.RELAXATION, Lifestyle.SENIOR, MassageType.SWEDISH)
					.conditions(Condition.DVT)
					.pain(4, PainDuration.ACUTE)
					.build());
	}

	/**
	 * The longest plan the engine makes: a price and a budget it exceeds, a condition
	 * that needs a doctor's go-ahead (not given), several conditions, every sign,
	 * soreness after the last massage, deep tissue asked, chronic pain at 7, a desk
	 * worker.
	 */
	private Assessment longest(String name, Locale locale) {
		return this.assessments.create(name, null, locale, AnswerSamples.longest());
	}

	/** A plan that stops at several red flags and contraindications at once. */
	private Assessment longestStop(String name, Locale locale) {
		return this.assessments.create(name, null, locale,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
					.pain(8, PainDuration.CHRONIC)
					.conditions(Condition.DVT, Condition.CANCER, Condition.FRACTURE, Condition.OPEN_WOUND,
							Condition.SEVERE_OSTEOPOROSIS, Condition.PREGNANCY, Condition.HERNIATED_DISC)
					.signs(Sign.values())
					.redFlags(RedFlag.values())
					.sessionPrice("95")
					.monthlyBudget("60")
					.build());
	}

	private byte[] get(String path, MediaType type, String language) {
		return this.client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(type)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private static String text(PDDocument pdf) throws Exception {
		return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
	}

	@Test
	void theSheetIsAPageForPaperWithEverythingTheClientNeeds() {
		Assessment assessment = typical("Chloé Dupré", Locale.ENGLISH);
		Document sheet = Jsoup
			.parse(new String(get("/assessments/" + assessment.getPublicId() + "/sheet", MediaType.TEXT_HTML, "en"),
					java.nio.charset.StandardCharsets.UTF_8));
		assertThat(sheet.select(".sheet-header .clinic").text()).contains("Clinique Rue Verte", "12 rue Verte",
				"+33 1 23 45 67 89");
		assertThat(sheet.select(".sheet-header .client").text()).contains("Chloé Dupré");
		assertThat(sheet.select(".answer").text()).startsWith("Once a doctor");
		assertThat(sheet.select("table.phases tbody tr")).hasSize(3);
		assertThat(sheet.select(".timeline svg circle")).isNotEmpty();
		assertThat(sheet.select(".warnings li").eachText()).anyMatch((w) -> w.startsWith("Take care"));
		assertThat(sheet.select(".notes").text()).contains("Therapist's notes", "signature");
		assertThat(sheet.select(".footer").text()).contains(RulesEngine.RULES_VERSION);
		assertThat(sheet.select("nav.sheet-tools [data-print]")).hasSize(1);
		// its print styles: the page rules and the tools hidden on paper
		assertThat(sheet.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/sheet.css");
		String css = new String(get("/css/sheet.css", new MediaType("text", "css"), "en"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(css).contains("@page", "@media print", ".sheet-tools { display: none; }");
	}

	@Test
	void theResultPageAndTheStaffPageLinkToTheSheet() {
		Assessment assessment = typical("Ref 17", Locale.ENGLISH);
		Document result = Jsoup
			.parse(new String(get("/assessments/" + assessment.getPublicId(), MediaType.TEXT_HTML, "en"),
					java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.select("a[href$=/sheet]")).hasSize(1);
		assertThat(result.select("a[href$=/sheet.pdf]")).hasSize(1);
	}

	@Test
	void aPlanWaitingForAGoAheadProposedTomorrow_theCalendarFormHasNoDefaultStartAndSaysWhyBesideIt() {
		Assessment waiting = typical("Ref 23", Locale.ENGLISH);
		assertThat(waiting.getRecommendation().clearanceRequired()).isTrue();
		Document result = page("/assessments/" + waiting.getPublicId());
		Element start = result.selectFirst("form[action$=/schedule.ics] input[name=start]");
		assertThat(start).isNotNull();
		assertThat(start.hasAttr("value")).as("a default start date").isFalse();
		Element note = result.getElementById("calendar-clearance");
		assertThat(note).as("the note beside the calendar form").isNotNull();
		assertThat(note.text()).startsWith("These dates are for after your doctor's go-ahead");
		assertThat(start.attr("aria-describedby")).isEqualTo("calendar-clearance");
		assertThat(note.parent()).isEqualTo(start.closest("form").parent());

		Assessment ready = this.assessments.create("Ref 24", null, Locale.ENGLISH,
				Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build());
		Document plain = page("/assessments/" + ready.getPublicId());
		assertThat(plain.select("form[action$=/schedule.ics] input[name=start]").attr("value"))
			.isEqualTo(WorkingDays.after(LocalDate.now(CLINIC)).toString());
		assertThat(plain.getElementById("calendar-clearance")).isNull();
	}

	@Test
	void aRedFlagPlanPrintedATypeToBook_theSheetAndPdfShowOnlyTheUrgentDoctorAdviceAndTheStop() throws Exception {
		Assessment assessment = this.assessments.create("Ref 25", null, Locale.ENGLISH,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
					.pain(5, PainDuration.SUBACUTE)
					.redFlags(RedFlag.LEG_WEAKNESS)
					.sessionPrice("80")
					.build());
		Document sheet = page("/assessments/" + assessment.getPublicId() + "/sheet");
		Element stop = sheet.selectFirst("main .stop-box");
		assertThat(stop).isNotNull();
		assertThat(sheet.select("main h1 + *").first()).as("the stop comes right after the title").isEqualTo(stop);
		assertThat(stop.select(".headline").text()).isEqualTo("Please do not book a massage: see a doctor today.");
		assertThat(stop.select(".instead").text()).contains("needs a doctor urgently");
		assertThat(sheet.select("table.phases, dl.facts, table.costs, .timeline, .answer")).isEmpty();
		try (PDDocument pdf = Loader
			.loadPDF(get("/assessments/" + assessment.getPublicId() + "/sheet.pdf", MediaType.APPLICATION_PDF, "en"))) {
			String text = text(pdf);
			assertThat(text).contains("see a doctor today", "needs a doctor urgently", "Leg weakness")
				.doesNotContain("Deep tissue", "Swedish", "every 3 to 5 days", "minutes", "Minimum gap",
						"Initial series", "What it costs", "€");
		}
	}

	@Test
	void theTypicalSheetIsOnePdfPageWithThePlanTheWarningsAndTheName() throws Exception {
		Assessment assessment = typical("Chloé Dupré-Müller", Locale.ENGLISH);
		for (String language : List.of("en", "fr")) {
			byte[] bytes = get("/assessments/" + assessment.getPublicId() + "/sheet.pdf", MediaType.APPLICATION_PDF,
					language);
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				assertThat(pdf.getNumberOfPages()).as("pages in " + language).isEqualTo(1);
				String text = text(pdf);
				assertThat(text).contains("Chloé Dupré-Müller", "Clinique Rue Verte", RulesEngine.RULES_VERSION);
				if (language.equals("en")) {
					assertThat(text).contains("every 3 to 5 days", "Initial series", "TAKE CARE", "Deep tissue");
				}
				else {
					assertThat(text).contains("tous les 3 à 5 jours", "Série initiale", "PRUDENCE");
				}
			}
		}
	}

	@Test
	void theLongestPlansPrintOnOnePageOfA4AndOfLetterInBothLanguagesWithTheirBodyTextAtTenPointsOrMore()
			throws Exception {
		for (String language : List.of("en", "fr")) {
			Locale locale = Locale.forLanguageTag(language);
			Assessment longest = longest("Chloé-Alexandrine Dupré-Müller de la Fontaine", locale);
			Assessment stop = longestStop("Chloé-Alexandrine Dupré-Müller de la Fontaine", locale);
			assertThat(longest.getRecommendation().massageAdvisable()).isTrue();
			assertThat(longest.getRecommendation().clearanceRequired()).isTrue();
			assertThat(stop.getRecommendation().massageAdvisable()).isFalse();
			// and the longest plan after two check-ins: the plan in force and the pain
			// history
			Assessment checkedIn = longest("Chloé-Alexandrine Dupré-Müller de la Fontaine", locale);
			LocalDate today = LocalDate.now(CLINIC);
			this.checkIns.record(checkedIn, today,
					new CheckIn(3, 6, 3, Soreness.UNDER_48H, Change.SLIGHTLY_BETTER, false, Set.of()));
			this.checkIns.record(checkedIn, today, new CheckIn(4, 5, 5, Soreness.NONE, Change.BETTER, false, Set.of()));
			for (Assessment assessment : List.of(longest, stop, checkedIn)) {
				Document sheet = page("/assessments/" + assessment.getPublicId() + "/sheet", language);
				String smallPrint = sheet.select(".small-print").text().replaceAll("[\\s\\h]+", "");
				// every warning is on the sheet, and so in the PDF
				List<String> warnings = sheet.select(".warnings li")
					.stream()
					.map((li) -> (li.selectFirst("span") != null) ? li.selectFirst("span").text() : li.text())
					.toList();
				Recommendation inForce = this.checkIns.latestRecord(assessment.getPublicId())
					.map(CheckInRecord::getPlan)
					.orElse(assessment.getRecommendation());
				assertThat(warnings).hasSize(inForce.warnings().size());
				for (String paper : List.of("a4", "letter")) {
					String what = paper + " " + language
							+ ((assessment == stop) ? " stop" : (assessment == checkedIn) ? " checked-in" : " longest");
					byte[] bytes = get("/assessments/" + assessment.getPublicId() + "/sheet.pdf?paper=" + paper,
							MediaType.APPLICATION_PDF, language);
					try (PDDocument pdf = Loader.loadPDF(bytes)) {
						assertThat(pdf.getNumberOfPages()).as("pages of " + what).isEqualTo(1);
						PDRectangle size = pdf.getPage(0).getMediaBox();
						PDRectangle expected = paper.equals("a4") ? PDRectangle.A4 : PDRectangle.LETTER;
						assertThat(size.getWidth()).as("width of " + what).isCloseTo(expected.getWidth(), within(1f));
						assertThat(size.getHeight()).as("height of " + what)
							.isCloseTo(expected.getHeight(), within(1f));
						FontSizes sizes = new FontSizes();
						String text = sizes.getText(pdf).replaceAll("\\s+", " ");
						assertThat(text).contains(RulesEngine.RULES_VERSION, "Chloé-Alexandrine");
						assertThat(text.replaceAll("[\\s\\h]+", "")).as("the warnings in " + what)
							.contains(warnings.stream().map((warning) -> warning.replaceAll("[\\s\\h]+", "")).toList());
						assertThat(sizes.smallest).as("the smallest text of " + what).isGreaterThanOrEqualTo(7f);
						// below 10 pt: only the small print of the guideline codes and
						// the
						// rules' version
						assertThat(sizes.below10).as("small text of " + what)
							.allSatisfy((line) -> assertThat(smallPrint).contains(line.replaceAll("[\\s\\h]+", "")));
						assertThat(sizes.atLeast10).as("body text of " + what).isGreaterThan(400);
					}
				}
			}
		}
	}

	@Test
	void thePaperIsA4ByDefaultLetterForTheUnitedStatesAndCanadaAndTheSheetLinksBoth() throws Exception {
		Assessment assessment = longest("Ref 30", Locale.ENGLISH);
		String path = "/assessments/" + assessment.getPublicId();
		for (String language : List.of("en", "en-GB", "fr", "fr-FR")) {
			try (PDDocument pdf = Loader.loadPDF(get(path + "/sheet.pdf", MediaType.APPLICATION_PDF, language))) {
				assertThat(pdf.getPage(0).getMediaBox().getHeight()).as(language)
					.isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			}
			assertThat(page(path + "/sheet", language).select("link[rel=stylesheet]").eachAttr("href"))
				.contains("/css/sheet-a4.css");
		}
		for (String language : List.of("en-US", "fr-CA,fr;q=0.9", "en-CA")) {
			try (PDDocument pdf = Loader.loadPDF(get(path + "/sheet.pdf", MediaType.APPLICATION_PDF, language))) {
				assertThat(pdf.getPage(0).getMediaBox().getHeight()).as(language)
					.isCloseTo(PDRectangle.LETTER.getHeight(), within(1f));
			}
			assertThat(page(path + "/sheet", language).select("link[rel=stylesheet]").eachAttr("href"))
				.contains("/css/sheet-letter.css");
		}
		Document letter = page(path + "/sheet?paper=letter", "en-GB");
		assertThat(letter.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/sheet-letter.css")
			.doesNotContain("/css/sheet-a4.css");
		assertThat(letter.select("nav.sheet-tools a[href$=sheet.pdf?paper=a4]").text()).isEqualTo("PDF, A4");
		assertThat(letter.select("nav.sheet-tools a[href$=sheet.pdf?paper=letter]").text()).isEqualTo("PDF, US Letter");
		String css = new String(get("/css/sheet-letter.css", new MediaType("text", "css"), "en"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(css).contains("size: letter");
		this.client.get().uri(path + "/sheet.pdf?paper=tabloid").exchange().expectStatus().isBadRequest();
		this.client.get().uri(path + "/sheet?paper=A5").exchange().expectStatus().isBadRequest();
	}

	/** The font sizes of a PDF's text, as PDFBox reads them. */
	private static final class FontSizes extends PDFTextStripper {

		float smallest = Float.MAX_VALUE;

		final List<String> below10 = new java.util.ArrayList<>();

		int atLeast10;

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
			StringBuilder small = new StringBuilder();
			for (TextPosition position : positions) {
				float size = position.getFontSizeInPt();
				if (position.getUnicode().isBlank()) {
					continue;
				}
				this.smallest = Math.min(this.smallest, size);
				if (size < 9.95f) {
					small.append(position.getUnicode());
				}
				else {
					this.atLeast10++;
				}
			}
			if (!small.isEmpty()) {
				this.below10.add(small.toString());
			}
			super.writeString(text, positions);
		}

	}

	@Test
	void thePdfDownloadsWithASensibleName() {
		Assessment assessment = typical("Ref 18", Locale.ENGLISH);
		this.client.get()
			.uri("/assessments/" + assessment.getPublicId() + "/sheet.pdf")
			.exchange()
			.expectHeader()
			.valueMatches(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"massage-plan-\\d{4}-\\d{2}-\\d{2}\\.pdf\"");
	}

	@Test
	void aStoppedPlanPrintsTheStopAndWhatToDoInsteadButHasNoSchedule() throws Exception {
		Assessment assessment = stopped("Ref 19");
		try (PDDocument pdf = Loader
			.loadPDF(get("/assessments/" + assessment.getPublicId() + "/sheet.pdf", MediaType.APPLICATION_PDF, "en"))) {
			assertThat(text(pdf)).contains("Please do not book a massage for now", "blood clot", "What to do instead");
		}
		String refusal = this.client.get()
			.uri("/assessments/" + assessment.getPublicId() + "/schedule.ics?start="
					+ LocalDate.now(CLINIC).plusDays(2))
			.header(HttpHeaders.ACCEPT, "text/calendar, */*")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refusal).doesNotContain("BEGIN:VCALENDAR", "VEVENT");
		Document page = Jsoup.parse(refusal);
		assertThat(page.select("h1").text()).isEqualTo("No calendar file for this plan");
		assertThat(page.select("[role=alert]").text()).startsWith("Your plan says not to book a massage for now");
		assertThat(page.select("a[href=/assessments/" + assessment.getPublicId() + "]")).hasSize(1);
		Document result = Jsoup
			.parse(new String(get("/assessments/" + assessment.getPublicId(), MediaType.TEXT_HTML, "en"),
					java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.select("form[action$=/schedule.ics]")).isEmpty();
	}

	@Test
	void theCalendarHasOneEventPerProposedSessionOnTheRightDates() throws Exception {
		Assessment assessment = typical("Ref 20", Locale.ENGLISH);
		LocalDate start = LocalDate.now(CLINIC).plusDays(3);
		String ics = new String(
				get("/assessments/" + assessment.getPublicId() + "/schedule.ics?start=" + start + "&time=09:30",
						new MediaType("text", "calendar"), "en"),
				java.nio.charset.StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = sessions(calendar);
		List<Schedule.Session> proposed = Schedule.propose(assessment.getRecommendation().phases(),
				SheetController.SCHEDULE_DAYS);
		assertThat(events).hasSize(proposed.size()).hasSizeGreaterThan(5);
		for (int i = 0; i < events.size(); i++) {
			assertThat(start(events.get(i))).isEqualTo(start.plusDays(proposed.get(i).day()).atTime(9, 30));
			assertThat(events.get(i).getComponents("VALARM")).hasSize(1);
			assertThat(events.get(i).getProperty("UID")).isPresent();
		}
		assertThat(start(events.get(0))).isEqualTo(start.atTime(9, 30));
		// this plan waits for a doctor's go-ahead (long-standing pain), and its events
		// say so
		assertThat(events.get(0).getProperty("SUMMARY").orElseThrow().getValue())
			.isEqualTo("Massage after your doctor's go-ahead: deep tissue massage (Clinique Rue Verte)");
		assertThat(ics).contains("LOCATION:12 rue Verte\\, 75011 Paris");
		// no app.public-url here: no link, rather than one built from the Host header
		assertThat(events.get(0).getProperty("DESCRIPTION").orElseThrow().getValue())
			.isEqualTo("A session of your massage plan, only once your doctor has said massage is safe for you. "
					+ "Your plan is at the link you received with it.");
		assertThat(ics).doesNotContain("localhost");
		List<VAlarm> alarms = events.get(0).getComponents("VALARM");
		assertThat(alarms.get(0).getProperty("TRIGGER").orElseThrow().getValue()).isEqualTo("-P1D");
	}

	@Test
	void eventsHadNoZoneAndNoBuffer_eachSessionIsInTheClinicsZoneAtItsAddressWithFreeTimeAround() throws Exception {
		Assessment assessment = this.assessments.create("Ref 26", null, Locale.ENGLISH,
				Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build());
		LocalDate start = LocalDate.now(CLINIC).plusDays(4);
		String ics = new String(
				get("/assessments/" + assessment.getPublicId() + "/schedule.ics?start=" + start + "&time=18:00",
						new MediaType("text", "calendar"), "en"),
				java.nio.charset.StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
			.extracting((zone) -> zone.getProperty("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Paris");
		List<VEvent> all = calendar.getComponents("VEVENT");
		List<VEvent> sessions = sessions(calendar);
		assertThat(all).hasSize(3 * sessions.size());
		int minutes = assessment.getRecommendation().sessionLength().minutes().max();
		for (VEvent event : all) {
			DtStart<?> dtStart = event.getProperty("DTSTART").map((p) -> (DtStart<?>) p).orElseThrow();
			assertThat(dtStart.getParameter("TZID").map(Parameter::getValue)).as("the zone of %s", event)
				.hasValue("Europe/Paris");
			assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("12 rue Verte, 75011 Paris");
		}
		for (VEvent session : sessions) {
			LocalDateTime begins = start(session);
			String uid = session.getProperty("UID").orElseThrow().getValue().replace("@massage-advisor", "");
			VEvent before = byUid(all, uid + "-before@massage-advisor");
			VEvent after = byUid(all, uid + "-after@massage-advisor");
			assertThat(start(before)).isEqualTo(begins.minusMinutes(20));
			assertThat(before.getProperty("DURATION").orElseThrow().getValue()).isEqualTo("PT20M");
			assertThat(start(after)).isEqualTo(begins.plusMinutes(minutes));
			assertThat(after.getProperty("DURATION").orElseThrow().getValue()).isEqualTo("PT20M");
			for (VEvent free : List.of(before, after)) {
				assertThat(free.getProperty("TRANSP").orElseThrow().getValue()).isEqualTo("TRANSPARENT");
				assertThat(free.getComponents("VALARM")).isEmpty();
			}
			assertThat(before.getProperty("SUMMARY").orElseThrow().getValue())
				.isEqualTo("Free time before your massage");
			assertThat(after.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Free time after your massage");
		}
	}

	@Test
	void aPlanThatWaitsForADoctorSaysSoInItsFreeTimeToo() throws Exception {
		Assessment assessment = typical("Ref 27", Locale.ENGLISH);
		String ics = new String(
				get("/assessments/" + assessment.getPublicId() + "/schedule.ics?start="
						+ LocalDate.now(CLINIC).plusDays(7), new MediaType("text", "calendar"), "en"),
				java.nio.charset.StandardCharsets.UTF_8);
		List<VEvent> all = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
		assertThat(all).isNotEmpty()
			.allSatisfy((event) -> assertThat(event.getProperty("SUMMARY").orElseThrow().getValue())
				.contains("after your doctor's go-ahead"));
	}

	@Test
	void aZoneUnderAnotherNameGaveATzidWithoutItsVtimezone_everyTzidNamesTheZoneTheFileHolds() throws Exception {
		ScheduleCalendar.Texts texts = new ScheduleCalendar.Texts("Massage", "A session", "", "Tomorrow", "Before",
				"After", "Keep it free");
		List<Schedule.Session> one = Schedule.propose(new RulesEngine()
			.evaluate(Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build())
			.phases(), 7);
		String utc = ScheduleCalendar.write(java.util.UUID.randomUUID(), one, LocalDate.of(2027, 1, 4),
				java.time.LocalTime.of(10, 0), ZoneId.of("UTC"), 60, java.time.Duration.ofMinutes(15), texts,
				java.time.Instant.now());
		Calendar calendar = new CalendarBuilder().build(new StringReader(utc));
		String tzid = calendar.<VTimeZone>getComponents("VTIMEZONE")
			.get(0)
			.getProperty("TZID")
			.orElseThrow()
			.getValue();
		for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
			DtStart<?> dtStart = event.getProperty("DTSTART").map((p) -> (DtStart<?>) p).orElseThrow();
			assertThat(dtStart.getParameter("TZID").map(Parameter::getValue)).hasValue(tzid);
		}
		// a bare offset has no VTIMEZONE: the times are written in UTC
		String offset = ScheduleCalendar.write(java.util.UUID.randomUUID(), one, LocalDate.of(2027, 1, 4),
				java.time.LocalTime.of(10, 0), java.time.ZoneOffset.ofHours(2), 60, java.time.Duration.ZERO, texts,
				java.time.Instant.now());
		assertThat(offset).doesNotContain("VTIMEZONE", "TZID").contains("DTSTART:20270104T080000Z");
	}

	private Document page(String path) {
		return page(path, "en");
	}

	private Document page(String path, String language) {
		return Jsoup
			.parse(new String(get(path, MediaType.TEXT_HTML, language), java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The sessions of a calendar: its busy events, not the free time around them. */
	private static List<VEvent> sessions(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter((event) -> event.getProperty("TRANSP").map((t) -> t.getValue().equals("OPAQUE")).orElse(true))
			.toList();
	}

	private static VEvent byUid(List<VEvent> events, String uid) {
		return events.stream()
			.filter((event) -> event.getProperty("UID").orElseThrow().getValue().equals(uid))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event " + uid));
	}

	/** When an event starts, in the clinic's local time, as the file writes it. */
	private static LocalDateTime start(VEvent event) {
		DtStart<?> dtStart = event.getProperty("DTSTART").map((p) -> (DtStart<?>) p).orElseThrow();
		return LocalDateTime.parse(dtStart.getValue(), ICS_TIME);
	}

	@Test
	void aPlanThatWaitsForADoctorHasNoDefaultStartAndEveryEventSaysSo() throws Exception {
		Assessment assessment = typical("Ref 22", Locale.ENGLISH);
		assertThat(assessment.getRecommendation().clearanceRequired()).isTrue();
		this.client.get()
			.uri("/assessments/" + assessment.getPublicId() + "/schedule.ics")
			.exchange()
			.expectStatus()
			.isBadRequest();
		String ics = new String(
				get("/assessments/" + assessment.getPublicId() + "/schedule.ics?start="
						+ LocalDate.now(CLINIC).plusDays(7), new MediaType("text", "calendar"), "en"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).contains("SUMMARY:Massage after your doctor's go-ahead").doesNotContain("SUMMARY:Massage: ");
	}

	@Test
	void theCalendarStartsOnTheNextWorkingDayByDefaultAndRefusesAnAbsurdStart() throws Exception {
		// a plan that needs no doctor's go-ahead first
		Assessment assessment = this.assessments.create("Ref 21", null, Locale.ENGLISH,
				Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build());
		String ics = new String(get("/assessments/" + assessment.getPublicId() + "/schedule.ics",
				new MediaType("text", "calendar"), "en"), java.nio.charset.StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		VEvent first = sessions(calendar).get(0);
		assertThat(start(first)).isEqualTo(WorkingDays.after(LocalDate.now(CLINIC)).atTime(10, 0));
		this.client.get()
			.uri("/assessments/" + assessment.getPublicId() + "/schedule.ics?start=2001-01-01")
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.client.get()
			.uri("/assessments/" + assessment.getPublicId() + "/schedule.ics?start=soon")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

}
