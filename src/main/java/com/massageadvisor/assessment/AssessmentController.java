package com.massageadvisor.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.WorkingDays;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A client's result page, found by the random public id of its link. */
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
	String show(@PathVariable String publicId, Locale locale, Model model) {
		Assessment assessment = this.assessments.findByPublicId(publicId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("assessment", assessment);
		model.addAttribute("createdOn",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(assessment.getCreatedAt().atZone(this.clinic.zone())));
		model.addAttribute("plan", this.presenter.present(assessment.getRecommendation(), locale));
		model.addAttribute("scheduleStart", WorkingDays.after(LocalDate.now(this.clock.withZone(this.clinic.zone()))));
		this.sections.orderedStream().forEach((section) -> section.addTo(assessment, locale, model));
		return "assessment/result";
	}

}
