package com.massageadvisor.sheet;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.assessment.ResultPageSection;
import com.massageadvisor.checkin.CheckInRecord;
import com.massageadvisor.checkin.CheckIns;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.plan.PlanView;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.Schedule;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.WebConfiguration;
import com.massageadvisor.system.WorkingDays;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The plan to take home: {@code /sheet} is a page made for paper, {@code /sheet.pdf} the
 * same template as a PDF, {@code /schedule.ics} the proposed sessions for a calendar.
 */
@Controller
class SheetController {

	static final String TEMPLATE = "sheet/sheet";

	static final String REFUSED = "sheet/schedule-refused";

	/**
	 * How far ahead the calendar proposes sessions: the same twelve weeks as the
	 * timeline.
	 */
	static final int SCHEDULE_DAYS = PlanPresenter.TIMELINE_WEEKS * 7;

	private final Assessments assessments;

	private final PlanPresenter presenter;

	private final RecommendationMessages messages;

	private final SpringTemplateEngine templates;

	private final SheetPdf pdf;

	private final ClinicProperties clinic;

	private final Clock clock;

	private final CheckIns checkIns;

	private final ObjectProvider<ResultPageSection> sections;

	/**
	 * The address clients use ({@code app.public-url}, without a final slash), for the
	 * links that leave the site; empty when unset. Never taken from a request's
	 * {@code Host} header, which anyone can forge.
	 */
	private final String publicUrl;

	SheetController(Assessments assessments, PlanPresenter presenter, RecommendationMessages messages,
			SpringTemplateEngine templates, SheetPdf pdf, ClinicProperties clinic, Clock clock, CheckIns checkIns,
			ObjectProvider<ResultPageSection> sections, @Value("${app.public-url:}") String publicUrl) {
		this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
		this.assessments = assessments;
		this.presenter = presenter;
		this.messages = messages;
		this.templates = templates;
		this.pdf = pdf;
		this.clinic = clinic;
		this.clock = clock;
		this.checkIns = checkIns;
		this.sections = sections;
	}

	@GetMapping("/assessments/{publicId}/sheet")
	String sheet(@PathVariable UUID publicId, @RequestParam(required = false) @Nullable String paper, Locale locale,
			HttpServletRequest request, Model model) {
		model.addAllAttributes(sheetModel(find(publicId), locale,
				Paper.of(paper, WebConfiguration.formatLocale(locale, request)), "/css/"));
		return TEMPLATE;
	}

	@GetMapping("/assessments/{publicId}/sheet.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID publicId, @RequestParam(required = false) @Nullable String paper,
			Locale locale, HttpServletRequest request) {
		Assessment assessment = find(publicId);
		Context context = new Context(locale, sheetModel(assessment, locale,
				Paper.of(paper, WebConfiguration.formatLocale(locale, request)), "css/"));
		context.setVariable("pdf", true);
		byte[] document = this.pdf.render(this.templates.process(TEMPLATE, context));
		String filename = "massage-plan-" + LocalDate.ofInstant(assessment.getCreatedAt(), this.clinic.zone()) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document);
	}

	@GetMapping("/assessments/{publicId}/schedule.ics")
	ResponseEntity<String> schedule(@PathVariable UUID publicId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate start,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime time,
			Locale locale) {
		Assessment assessment = find(publicId);
		// the plan in force: the one the latest check-in produced, from its date on
		Optional<CheckInRecord> latest = this.checkIns.latestRecord(assessment.getPublicId());
		Recommendation plan = latest.map(CheckInRecord::getPlan).orElse(assessment.getRecommendation());
		if (!plan.massageAdvisable()) {
			// nothing to book: no events at all, and a page that says why
			throw new ScheduleRefused(HttpStatus.NOT_FOUND, "schedule.refused.notAdvisable", assessment);
		}
		LocalDate today = LocalDate.now(this.clock.withZone(this.clinic.zone()));
		// a plan that waits for a doctor's go-ahead has no default start: the client
		// picks the date once the doctor agrees, and every event says so
		boolean clearance = plan.clearanceRequired();
		if (clearance && start == null) {
			throw new ScheduleRefused(HttpStatus.BAD_REQUEST, "schedule.refused.clearance", assessment);
		}
		LocalDate first = (start != null) ? start : WorkingDays.after(today);
		if (start == null && latest.isPresent() && plan.interval() != null) {
			// the next session of the adapted plan: its shortest gap after the check-in
			LocalDate next = latest.get().getDate().plusDays(plan.interval().min());
			first = next.isAfter(first) ? next : first;
		}
		if (first.isBefore(today.minusDays(1)) || first.isAfter(today.plusYears(1))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The start date must be within the next year");
		}
		// the link back to the plan, from the configured public address only: without
		// one the events carry no link rather than one a forged Host header could point
		// elsewhere
		String link = this.publicUrl.isEmpty() ? null
				: UriComponentsBuilder.fromUriString(this.publicUrl)
					.path("/assessments/{id}")
					.buildAndExpand(assessment.getPublicId())
					.toUriString();
		String type = this.messages.text("massageType." + plan.recommendedMassageType() + ".phrase", locale);
		String suffix = clearance ? ".clearance" : "";
		ScheduleCalendar.Texts texts = new ScheduleCalendar.Texts(
				this.messages.format("schedule.summary" + suffix, locale, type, this.clinic.name()),
				(link != null) ? this.messages.format("schedule.description" + suffix, locale, link)
						: this.messages.text("schedule.description" + suffix + ".noLink", locale),
				this.clinic.address(), this.messages.format("schedule.reminder" + suffix, locale, type),
				this.messages.text("schedule.buffer.before" + suffix, locale),
				this.messages.text("schedule.buffer.after" + suffix, locale),
				this.messages.text("schedule.buffer.description", locale));
		String ics = ScheduleCalendar.write(assessment.getPublicId(), Schedule.propose(plan.phases(), SCHEDULE_DAYS),
				first, (time != null) ? time : LocalTime.of(10, 0), this.clinic.zone(),
				plan.sessionLength().minutes().max(), this.clinic.calendarBuffer(), texts, this.clock.instant());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("massage-sessions.ics").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(ics);
	}

	/**
	 * A calendar file that is refused: a page that says why, with the link back to the
	 * plan, and the status of the refusal.
	 */
	@ExceptionHandler
	ModelAndView refused(ScheduleRefused refused) {
		ModelAndView page = new ModelAndView(REFUSED);
		page.addObject("reason", refused.reason);
		page.addObject("assessment", refused.assessment);
		// what the layout needs (its advice does not reach an exception handler's model)
		page.addObject("clinic", this.clinic);
		page.addObject("languagePath", "/assessments/" + refused.assessment.getPublicId());
		page.setStatus(refused.status);
		return page;
	}

	/** Why no calendar file is given for a plan. */
	static final class ScheduleRefused extends RuntimeException {

		private final HttpStatus status;

		private final String reason;

		private final transient Assessment assessment;

		ScheduleRefused(HttpStatus status, String reason, Assessment assessment) {
			super(reason, null, false, false);
			this.status = status;
			this.reason = reason;
			this.assessment = assessment;
		}

	}

	/**
	 * The paper the sheet is laid out for: {@code ?paper=a4} or {@code ?paper=letter};
	 * without one, Letter for a reader in the United States or Canada (by the region the
	 * request's {@code Accept-Language} gives the page's language: en-US, fr-CA), A4
	 * elsewhere.
	 */
	enum Paper {

		A4("a4"), LETTER("letter");

		private final String id;

		Paper(String id) {
			this.id = id;
		}

		/**
		 * @return its name in the link and in its stylesheet's name
		 */
		String id() {
			return this.id;
		}

		static Paper of(@Nullable String paper, Locale locale) {
			if (paper == null || paper.isBlank()) {
				String region = locale.getCountry();
				return ("US".equals(region) || "CA".equals(region)) ? LETTER : A4;
			}
			for (Paper size : values()) {
				if (size.id.equalsIgnoreCase(paper.strip())) {
					return size;
				}
			}
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The paper is a4 or letter");
		}

	}

	private Map<String, Object> sheetModel(Assessment assessment, Locale locale, Paper paper, String styles) {
		PlanView plan = this.presenter.present(assessment.getRecommendation(), locale);
		ExtendedModelMap model = new ExtendedModelMap();
		// what other modules add to the assessment's pages: the check-ins, the plan in
		// force (the template shows it rather than the first plan) and the pain history
		this.sections.orderedStream().forEach((section) -> section.addTo(assessment, locale, model));
		model.put("assessment", assessment);
		model.put("plan", plan);
		model.put("clinic", this.clinic);
		model.put("stylesheet", styles + "sheet.css");
		// the page size is a stylesheet of its own: @page size is read from a style
		// sheet, and the strict policy allows no style in the page
		model.put("paperStylesheet", styles + "sheet-" + paper.id() + ".css");
		model.put("paper", paper.id());
		model.put("pdf", false);
		// the fragments of the plan leave out the guideline codes: the sheet gives them
		// in its small print
		model.put("clientView", true);
		return model;
	}

	private Assessment find(UUID publicId) {
		return this.assessments.openLink(publicId);
	}

}
