package com.massageadvisor.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.WebConfiguration;
import com.massageadvisor.system.WorkingDays;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A client's result page, found by the random public id of its link, and the withdrawal
 * of that link by the client (a confirmation page, then a post): afterwards every page of
 * the link answers 410 Gone ({@link Assessments#openLink}).
 */
@Controller
class AssessmentController {

	private final Assessments assessments;

	private final PlanPresenter presenter;

	private final ClinicProperties clinic;

	private final Clock clock;

	private final ObjectProvider<ResultPageSection> sections;

	AssessmentController(Assessments assessments, PlanPresenter presenter, ClinicProperties clinic, Clock clock,
			ObjectProvider<ResultPageSection> sections) {
		this.assessments = assessments;
		this.presenter = presenter;
		this.clinic = clinic;
		this.clock = clock;
		this.sections = sections;
	}

	@GetMapping("/assessments/{publicId}")
	String show(@PathVariable UUID publicId, Locale locale, HttpServletRequest request, Model model) {
		Assessment assessment = this.assessments.openLink(publicId);
		Recommendation recommendation = assessment.getRecommendation();
		LocalDate start = WorkingDays.after(LocalDate.now(this.clock.withZone(this.clinic.zone())));
		model.addAttribute("assessment", assessment);
		// the timeline's dates count from the proposed first session; a plan waiting
		// for a doctor's go-ahead has none, and counts weeks
		model.addAttribute("plan", this.presenter.present(recommendation, locale,
				WebConfiguration.formatLocale(locale, request), recommendation.clearanceRequired() ? null : start));
		model.addAttribute("scheduleStart", start);
		this.sections.orderedStream().forEach((section) -> section.addTo(assessment, locale, model));
		return "assessment/result";
	}

	@GetMapping("/assessments/{publicId}/withdraw")
	String confirmWithdrawal(@PathVariable UUID publicId, Model model) {
		model.addAttribute("assessment", this.assessments.openLink(publicId));
		return "assessment/withdraw";
	}

	/**
	 * Withdraws the link; nothing about who asked is stored, only the moment. The
	 * redirect leads to the link itself, which now says it was withdrawn.
	 */
	@PostMapping("/assessments/{publicId}/withdraw")
	String withdraw(@PathVariable UUID publicId) {
		Assessment assessment = this.assessments.openLink(publicId);
		this.assessments.withdrawLink(assessment.getPublicId());
		return "redirect:/assessments/" + assessment.getPublicId();
	}

}
