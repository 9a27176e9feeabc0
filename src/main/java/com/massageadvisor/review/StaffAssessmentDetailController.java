package com.massageadvisor.review;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.ResultPageSection;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.system.PublicIds;
import com.massageadvisor.system.RepeatedParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.massageadvisor.system.RecentPasswordRequired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One saved assessment for staff: the detail with the answers, the plan and the review
 * form, the review itself, the withdrawal of the client's link and, for administrators,
 * the deletion. Every opening of the detail is recorded in the audit trail.
 */
@Controller
class StaffAssessmentDetailController {

	/** The fields of the review form, in the order of the page. */
	static final List<String> REVIEW_FIELDS = List.of("status", "note", "version");

	private final StaffAssessments assessments;

	private final PlanPresenter presenter;

	private final AuditTrail audit;

	private final ObjectProvider<ResultPageSection> sections;

	StaffAssessmentDetailController(StaffAssessments assessments, PlanPresenter presenter, AuditTrail audit,
			ObjectProvider<ResultPageSection> sections) {
		this.assessments = assessments;
		this.presenter = presenter;
		this.audit = audit;
		this.sections = sections;
	}

	@InitBinder("review")
	void initReviewBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields(REVIEW_FIELDS.toArray(String[]::new));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("statuses", ReviewStatus.values());
	}

	@GetMapping("/staff/assessments/{publicId}")
	String detail(@PathVariable UUID publicId, Locale locale, Model model, Principal principal,
			HttpServletRequest request) {
		Assessment assessment = find(publicId);
		// every look at a client's answers is on the trail
		this.audit.recordNow(principal.getName(), AuditAction.VIEWED, assessment.getPublicId(), (String) null);
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
	String review(@PathVariable UUID publicId, @Valid @ModelAttribute("review") ReviewForm form, BindingResult result,
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

	/** Withdraws the client's link; the assessment stays on this page, marked so. */
	@PostMapping("/staff/assessments/{publicId}/withdraw")
	String withdraw(@PathVariable UUID publicId, Principal principal, RedirectAttributes redirect) {
		Assessment assessment = find(publicId);
		if (this.assessments.withdrawLink(assessment.getPublicId(), principal.getName())) {
			redirect.addFlashAttribute("withdrawn", true);
		}
		return "redirect:/staff/assessments/" + assessment.getPublicId();
	}

	@GetMapping("/staff/admin/assessments/{publicId}/delete")
	String confirmDelete(@PathVariable UUID publicId, Model model) {
		model.addAttribute("assessment", find(publicId));
		return "staff/delete";
	}

	@PostMapping("/staff/admin/assessments/{publicId}/delete")
	@RecentPasswordRequired
	String delete(@PathVariable UUID publicId, Principal principal, RedirectAttributes redirect) {
		Assessment assessment = find(publicId);
		this.assessments.delete(assessment.getPublicId(), principal.getName());
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/staff/assessments";
	}

	private String detailView(Assessment assessment, Locale locale, Model model, HttpServletRequest request) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("plan", this.presenter.present(assessment.getRecommendation(), locale));
		// what other modules show of the assessment, such as its check-ins
		this.sections.orderedStream().forEach((section) -> section.addTo(assessment, locale, model));
		if (request.isUserInRole("ADMIN")) {
			model.addAttribute("events", this.audit.forAssessment(assessment.getPublicId()));
			model.addAttribute("auditTrail", this.audit);
		}
		return "staff/detail";
	}

	private Assessment find(UUID publicId) {
		return PublicIds.found(this.assessments.find(publicId));
	}

}
