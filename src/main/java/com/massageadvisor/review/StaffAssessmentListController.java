package com.massageadvisor.review;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.checkin.CheckIns;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.RepeatedParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The saved assessments as staff search them: the list, a page at a time, and the same
 * search as a CSV file.
 */
@Controller
class StaffAssessmentListController {

	static final String VIEW = "staff/list";

	private final StaffAssessments assessments;

	private final PlanPresenter presenter;

	private final ClinicProperties clinic;

	private final CheckIns checkIns;

	StaffAssessmentListController(StaffAssessments assessments, PlanPresenter presenter, ClinicProperties clinic,
			CheckIns checkIns) {
		this.assessments = assessments;
		this.presenter = presenter;
		this.clinic = clinic;
		this.checkIns = checkIns;
	}

	/**
	 * A row of the list: the template shows the assessment's fields.
	 *
	 * @param assessment the assessment
	 * @param plan its plan in a few words
	 */
	record Row(Assessment assessment, String plan) {
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
			return VIEW;
		}
		StaffAssessments.ListPage page = this.assessments.page(filter);
		model.addAttribute("page", page);
		model.addAttribute("rows",
				page.rows()
					.stream()
					.map((assessment) -> new Row(assessment, this.presenter.brief(assessment.getBrief(), locale)))
					.toList());
		return VIEW;
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
					new AssessmentCsv(this.presenter, locale, this.clinic.zone(), this.checkIns::latestOf), actor);
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

}
