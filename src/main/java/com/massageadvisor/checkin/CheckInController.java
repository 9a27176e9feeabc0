package com.massageadvisor.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Soreness;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.ErrorSummary;
import com.massageadvisor.system.FormSubmissions;
import com.massageadvisor.system.RepeatedParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
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

/**
 * The client's check-in: "How is your back now?", reached from the result page by the
 * assessment's public id. A valid check-in is judged, stored and redirected to the result
 * page, which leads with its step (post, redirect, get); an invalid one comes back with
 * every value kept, an error summary and a {@code 422} status.
 */
@Controller
class CheckInController {

	static final String FORM = "checkin/form";

	/** The fields in the order the page shows them, for the error summary. */
	static final List<String> FIELDS = List.of("date", "sessionsSinceLast", "painLevel", "reliefDays", "soreness",
			"change", "painDuringSession", "redFlags");

	private final Assessments assessments;

	private final CheckIns checkIns;

	private final MessageSource messages;

	private final ClinicProperties clinic;

	private final Clock clock;

	CheckInController(Assessments assessments, CheckIns checkIns, MessageSource messages, ClinicProperties clinic,
			Clock clock) {
		this.assessments = assessments;
		this.checkIns = checkIns;
		this.messages = messages;
		this.clinic = clinic;
		this.clock = clock;
	}

	@InitBinder("checkIn")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields(FIELDS.toArray(String[]::new));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("sorenessChoices", Soreness.values());
		model.addAttribute("changes", Change.values());
		model.addAttribute("allRedFlags", RedFlag.values());
	}

	@GetMapping("/assessments/{publicId}/check-in")
	String form(@PathVariable UUID publicId, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		Assessment assessment = find(publicId);
		CheckInForm form = new CheckInForm();
		form.setDate(today());
		model.addAttribute("checkIn", form);
		if (FormSubmissions.tooLarge(request)) {
			// the check-in sent could not be read: the page's script fills in what the
			// browser kept
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			model.addAttribute("formErrors", List.of(this.messages.getMessage("form.error.tooLarge", null, locale)));
			model.addAttribute("answersLost", true);
		}
		return show(assessment, model);
	}

	@PostMapping("/assessments/{publicId}/check-ins")
	String submit(@PathVariable UUID publicId, @Valid @ModelAttribute("checkIn") CheckInForm form, BindingResult result,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		Assessment assessment = find(publicId);
		RepeatedParameters.reject(request, result, FIELDS);
		checkDate(assessment, form.getDate(), result);
		Duration wait = FormSubmissions.rateLimited(request);
		if (wait != null) {
			// too many submissions from this address: nothing is stored, the answers
			// come back (Retry-After is set)
			result.reject("form.error.rateLimited", new Object[] { FormSubmissions.minutes(wait) }, null);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		else if (!result.hasErrors()) {
			try {
				this.checkIns.record(assessment, form.getDate(), form.toCheckIn());
				return "redirect:/assessments/" + assessment.getPublicId() + "#follow-up";
			}
			catch (CheckIns.RefusedException ex) {
				result.reject(ex.getReason());
			}
			catch (DataIntegrityViolationException ex) {
				// another check-in of the same assessment was stored at the same moment
				result.reject("checkIn.error.concurrent");
			}
			catch (DataAccessException ex) {
				// the database cannot take it just now: the form comes back filled in
				result.reject("form.error.notSaved");
				response.setHeader(HttpHeaders.RETRY_AFTER, "30");
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
		}
		if (response.getStatus() != HttpStatus.SERVICE_UNAVAILABLE.value()
				&& response.getStatus() != HttpStatus.TOO_MANY_REQUESTS.value()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("errorSummary", ErrorSummary.of(result, FIELDS, this.messages, locale));
		model.addAttribute("formErrors",
				result.getGlobalErrors().stream().map((error) -> this.messages.getMessage(error, locale)).toList());
		return show(assessment, model);
	}

	/** Not in the future, not before the plan, not before the previous check-in. */
	private void checkDate(Assessment assessment, LocalDate date, BindingResult result) {
		if (date == null || result.hasFieldErrors("date")) {
			return;
		}
		if (date.isAfter(today())) {
			result.rejectValue("date", "checkIn.date.future");
		}
		else if (date.isBefore(LocalDate.ofInstant(assessment.getCreatedAt(), this.clinic.zone()))) {
			result.rejectValue("date", "checkIn.date.beforePlan");
		}
		else {
			List<CheckInRecord> history = this.checkIns.history(assessment.getPublicId());
			if (!history.isEmpty() && date.isBefore(history.get(history.size() - 1).getDate())) {
				result.rejectValue("date", "checkIn.date.beforePrevious");
			}
		}
	}

	private String show(Assessment assessment, Model model) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("today", today());
		model.addAttribute("full", this.checkIns.history(assessment.getPublicId()).size() >= CheckIns.MAX_CHECK_INS);
		return FORM;
	}

	private Assessment find(UUID publicId) {
		return this.assessments.openLink(publicId);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.clinic.zone()));
	}

}
