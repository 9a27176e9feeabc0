package com.massageadvisor.questionnaire;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.InjurySeverity;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.system.ErrorSummary;
import com.massageadvisor.system.FormSubmissions;
import com.massageadvisor.system.RepeatedParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The start page and the questionnaire. A valid submission is evaluated, stored and
 * redirected to its result page (post, redirect, get); an invalid one comes back with
 * every value kept and a {@code 422} status, one refused by the submission limit with
 * every value kept and a {@code 429}.
 */
@Controller
class QuestionnaireController {

	private static final Log logger = LogFactory.getLog(QuestionnaireController.class);

	static final String FORM = "questionnaire/form";

	/**
	 * The fields in the order the page shows them, so that the error summary follows the
	 * page.
	 */
	static final List<String> FIELDS = List.of("clientName", "goal", "lifestyle", "massageType", "soreAfterLastMassage",
			"painLevel", "painDuration", "signs", "redFlags", "conditions", "injurySeverity", "medicallyCleared",
			"sessionPrice", "monthlyBudget", "email", "consent");

	private final Assessments assessments;

	private final MessageSource messages;

	private final BlankFormPage blankForm;

	QuestionnaireController(Assessments assessments, MessageSource messages, BlankFormPage blankForm) {
		this.assessments = assessments;
		this.messages = messages;
		this.blankForm = blankForm;
	}

	@InitBinder("questionnaire")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.addCustomFormatter(new AmountFormatter(), "sessionPrice", "monthlyBudget");
		binder.setAllowedFields(FIELDS.toArray(String[]::new));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("goals", Goal.values());
		model.addAttribute("lifestyles", Lifestyle.values());
		model.addAttribute("massageTypes", MassageType.values());
		model.addAttribute("allConditions", Condition.values());
		model.addAttribute("painDurations", PainDuration.values());
		model.addAttribute("allSigns", Sign.values());
		model.addAttribute("injurySeverities", InjurySeverity.values());
		model.addAttribute("allRedFlags", RedFlag.values());
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/assessments/new")
	ModelAndView form(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		model.addAttribute("questionnaire", new QuestionnaireForm());
		if (FormSubmissions.tooLarge(request)) {
			// the answers sent could not be read: the page's script fills in what the
			// browser kept
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			model.addAttribute("formErrors", List.of(this.messages.getMessage("form.error.tooLarge", null, locale)));
			model.addAttribute("answersLost", true);
			return new ModelAndView(FORM);
		}
		// the blank form of an anonymous visitor: rendered once per language
		View blank = this.blankForm.view(request, locale);
		return (blank != null) ? new ModelAndView(blank) : new ModelAndView(FORM);
	}

	@PostMapping("/assessments")
	String submit(@Valid @ModelAttribute("questionnaire") QuestionnaireForm form, BindingResult result, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		RepeatedParameters.reject(request, result, FIELDS);
		Duration wait = FormSubmissions.rateLimited(request);
		if (wait != null) {
			// too many submissions from this address: nothing is stored, the answers
			// come back (Retry-After is set)
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("formErrors", List.of(FormSubmissions.rateLimitMessage(wait, this.messages, locale)));
			model.addAttribute("errorSummary", ErrorSummary.of(result, FIELDS, this.messages, locale));
			return FORM;
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errorSummary", ErrorSummary.of(result, FIELDS, this.messages, locale));
			return FORM;
		}
		Assessment assessment;
		try {
			assessment = this.assessments.create(form.getClientName(), form.getEmail(), locale, form.toAnswers());
		}
		catch (DataAccessException ex) {
			// the database cannot take the answers just now (a full disk, a restart): the
			// form comes back filled in, with a sentence that says so, and nothing is
			// lost
			logger.warn("Could not store a questionnaire: " + ex.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			model.addAttribute("formErrors", List.of(this.messages.getMessage("form.error.notSaved", null, locale)));
			return FORM;
		}
		return "redirect:/assessments/" + assessment.getPublicId();
	}

}
