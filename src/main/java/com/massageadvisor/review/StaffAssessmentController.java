package com.massageadvisor.review;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.ResultPageSection;
import com.massageadvisor.checkin.CheckIns;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.RepeatedParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff review area: the list of saved assessments, the detail with the review, the
 * CSV export and, for administrators, the deletion.
 */
@Controller
class StaffAssessmentController {

	/** The fields of the review form, in the order of the page. */
	static final List<String> REVIEW_FIELDS = List.of("status", "note", "version");

	private final StaffAssessments assessments;

	private final PlanPresenter presenter;

	private final RecommendationMessages messages;

	private final AuditTrail audit;

	private final ClinicProperties clinic;

	private final ObjectProvider<ResultPageSection> sections;

	private final CheckIns checkIns;

	StaffAssessmentController(StaffAssessments assessments, PlanPresenter presenter, RecommendationMessages messages,
			AuditTrail audit, ClinicProperties clinic, ObjectProvider<ResultPageSection> sections, CheckIns checkIns) {
		this.assessments = assessments;
		this.presenter = presenter;
		this.messages = messages;
		this.audit = audit;
		this.clinic = clinic;
		this.sections = sections;
		this.checkIns = checkIns;
	}

	/**
	 * A row of the list.
	 *
	 * @param publicId the assessment's id in links
	 * @param created when it was made
	 * @param client the client's name or reference
	 * @param goal the goal
	 * @param plan the plan in a few words
	 * @param severity the most severe warning, or null
	 * @param status the review status
	 */
	record Row(UUID publicId, String created, String client, String goal, String plan, @Nullable Severity severity,
			ReviewStatus status) {
	}

	/**
	 * An answer on the detail page.
	 *
	 * @param label the question
	 * @param value the answer
	 */
	record AnswerLine(String label, String value) {
	}

	/**
	 * Only the filter's own fields are bound: any other parameter, and an indexed one
	 * such as {@code q[0]}, is ignored rather than handed to the binder.
	 */
	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields(AssessmentFilter.FIELDS.toArray(String[]::new));
	}

	@InitBinder("review")
	void initReviewBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields(REVIEW_FIELDS.toArray(String[]::new));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("goals", Goal.values());
		model.addAttribute("lifestyles", Lifestyle.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("statuses", ReviewStatus.values());
	}

	@GetMapping("/staff/assessments")
	String list(@Valid @ModelAttribute("filter") AssessmentFilter filter, BindingResult result, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		RepeatedParameters.reject(request, result, AssessmentFilter.FIELDS);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("rows", List.of());
			return "staff/list";
		}
		StaffAssessments.ListPage page = this.assessments.page(filter);
		model.addAttribute("page", page);
		model.addAttribute("rows", page.rows().stream().map((a) -> row(a, locale)).toList());
		model.addAttribute("attention",
				this.checkIns.needingAttention(page.rows().stream().map(Assessment::getPublicId).toList()));
		return "staff/list";
	}

	@GetMapping(path = "/staff/assessments/export.csv")
	ResponseEntity<StreamingResponseBody> export(@Valid @ModelAttribute("filter") AssessmentFilter filter,
			BindingResult result, Locale locale, Principal principal, HttpServletRequest request) {
		RepeatedParameters.reject(request, result, AssessmentFilter.FIELDS);
		if (result.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String actor = principal.getName();
		StreamingResponseBody body = (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			this.assessments.export(filter, writer,
					new AssessmentCsv(this.presenter, locale, this.clinic.zone(), this.checkIns::latest), actor);
			writer.flush();
		};
		String filename = "assessments-" + LocalDate.now(this.clinic.zone()) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/staff/assessments/{publicId}")
	String detail(@PathVariable String publicId, Locale locale, Model model, HttpServletRequest request) {
		Assessment assessment = find(publicId);
		if (!model.containsAttribute("review")) {
			ReviewForm form = new ReviewForm();
			form.setStatus(assessment.getReviewStatus());
			form.setNote(assessment.getReviewNote());
			form.setVersion(assessment.getVersion());
			model.addAttribute("review", form);
		}
		return detailView(assessment, locale, model, request);
	}

	@PostMapping("/staff/assessments/{publicId}/review")
	String review(@PathVariable String publicId, @Valid @ModelAttribute("review") ReviewForm form, BindingResult result,
			Locale locale, Model model, Principal principal, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Assessment assessment = find(publicId);
		RepeatedParameters.reject(request, result, REVIEW_FIELDS);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return detailView(assessment, locale, model, request);
		}
		try {
			this.assessments.review(assessment.getPublicId(), form.getVersion(), form.getStatus(), form.getNote(),
					principal.getName());
		}
		catch (StaffAssessments.ReviewConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			// show what is saved now; the reviewer's own text stays in the form to apply
			// again
			Assessment current = find(publicId);
			form.setVersion(current.getVersion());
			return detailView(current, locale, model, request);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/assessments/" + assessment.getPublicId();
	}

	@GetMapping("/staff/admin/assessments/{publicId}/delete")
	String confirmDelete(@PathVariable String publicId, Locale locale, Model model) {
		Assessment assessment = find(publicId);
		model.addAttribute("assessment", assessment);
		model.addAttribute("created", date(assessment, locale));
		return "staff/delete";
	}

	@PostMapping("/staff/admin/assessments/{publicId}/delete")
	String delete(@PathVariable String publicId, Principal principal, RedirectAttributes redirect) {
		Assessment assessment = find(publicId);
		this.assessments.delete(assessment.getPublicId(), principal.getName());
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/staff/assessments";
	}

	private String detailView(Assessment assessment, Locale locale, Model model, HttpServletRequest request) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("created", date(assessment, locale));
		model.addAttribute("answers", answers(assessment, locale));
		model.addAttribute("plan", this.presenter.present(assessment.getRecommendation(), locale));
		// what other modules show of the assessment, such as its check-ins
		this.sections.orderedStream().forEach((section) -> section.addTo(assessment, locale, model));
		if (assessment.getReviewedAt() != null) {
			model.addAttribute("reviewedAt",
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(locale)
						.format(assessment.getReviewedAt().atZone(this.clinic.zone())));
		}
		if (request.isUserInRole("ADMIN")) {
			model.addAttribute("events", this.audit.forAssessment(assessment.getPublicId()));
		}
		return "staff/detail";
	}

	private Assessment find(String publicId) {
		try {
			return this.assessments.find(UUID.fromString(publicId))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private Row row(Assessment assessment, Locale locale) {
		return new Row(assessment.getPublicId(), date(assessment, locale), assessment.getClientName(),
				this.messages.text("goal." + assessment.getAnswers().goal(), locale),
				this.presenter.brief(assessment.getRecommendation(), locale), assessment.getHighestSeverity(),
				assessment.getReviewStatus());
	}

	private String date(Assessment assessment, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(assessment.getCreatedAt().atZone(this.clinic.zone()));
	}

	private List<AnswerLine> answers(Assessment assessment, Locale locale) {
		var answers = assessment.getAnswers();
		String none = this.messages.text("staff.answers.none", locale);
		return List.of(
				line("staff.answers.email", StringUtils.hasText(assessment.getEmail()) ? assessment.getEmail() : none,
						locale),
				line("staff.answers.goal", this.messages.text("goal." + answers.goal(), locale), locale),
				line("staff.answers.lifestyle", this.messages.text("lifestyle." + answers.lifestyle(), locale), locale),
				line("staff.answers.massageType", this.messages.text("massageType." + answers.massageType(), locale),
						locale),
				line("staff.answers.conditions", labels("condition.", answers.conditions(), none, locale), locale),
				line("staff.answers.painLevel", Integer.toString(answers.painLevel()), locale),
				line("staff.answers.painDuration", this.messages.text("painDuration." + answers.painDuration(), locale),
						locale),
				line("staff.answers.signs", labels("sign.", answers.signs(), none, locale), locale),
				line("staff.answers.sore",
						this.messages.text(answers.soreAfterLastMassage() ? "staff.yes" : "staff.no", locale), locale),
				line("staff.answers.sessionPrice",
						(answers.sessionPrice() != null) ? this.messages.money(answers.sessionPrice(), locale) : none,
						locale),
				line("staff.answers.monthlyBudget",
						(answers.monthlyBudget() != null) ? this.messages.money(answers.monthlyBudget(), locale) : none,
						locale),
				line("staff.answers.language", assessment.getLocale().getDisplayLanguage(locale), locale));
	}

	private AnswerLine line(String key, String value, Locale locale) {
		return new AnswerLine(this.messages.text(key, locale), value);
	}

	private String labels(String prefix, java.util.Set<? extends Enum<?>> values, String none, Locale locale) {
		if (values.isEmpty()) {
			return none;
		}
		return String.join(", ",
				values.stream().map((value) -> this.messages.text(prefix + value.name(), locale)).toList());
	}

}
