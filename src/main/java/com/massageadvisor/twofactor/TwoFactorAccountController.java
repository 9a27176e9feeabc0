package com.massageadvisor.twofactor;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.ErrorSummary;
import com.massageadvisor.system.RecentPassword;

/**
 * The two-factor part of a staff member's account. Without an authenticator app it shows
 * a new secret, as text and as a QR code, kept in the session until the app's first code
 * confirms it; the recovery codes are then shown once. With one, it turns it off, which
 * takes the password and a code. A log-in that still owes its code is sent to the code
 * page first.
 */
@Controller
class TwoFactorAccountController {

	static final String VIEW = "staff/two-factor";

	static final String CODES_VIEW = "staff/recovery-codes";

	/** The session attribute of the secret being set up. */
	static final String PENDING_SECRET = TwoFactorAccountController.class.getName() + ".secret";

	private static final String TO_PAGE = "redirect:" + SecondFactor.ENROLMENT_PAGE;

	private final TwoFactor twoFactor;

	private final SecondFactor secondFactor;

	private final RecentPassword recentPassword;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	private final Clock clock;

	TwoFactorAccountController(TwoFactor twoFactor, SecondFactor secondFactor, RecentPassword recentPassword,
			ClinicProperties clinic, MessageSource messages, Clock clock) {
		this.twoFactor = twoFactor;
		this.secondFactor = secondFactor;
		this.recentPassword = recentPassword;
		this.clinic = clinic;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("codeForm")
	void initCodeForm(WebDataBinder binder) {
		binder.setAllowedFields("code");
	}

	@InitBinder("disableForm")
	void initDisableForm(WebDataBinder binder) {
		binder.setAllowedFields("password", "code");
	}

	@GetMapping(SecondFactor.ENROLMENT_PAGE)
	String page(Authentication authentication, HttpSession session, Model model) {
		if (owesCode(authentication)) {
			return "redirect:" + SecondFactor.CODE_PAGE;
		}
		return view(authentication, session, model);
	}

	@GetMapping(SecondFactor.ENROLMENT_PAGE + "/qr-code.svg")
	ResponseEntity<String> qrCode(Authentication authentication, HttpSession session) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || this.twoFactor.enrolled(authentication.getName())) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(QrCodeSvg.of(TotpCodes.uri(secret, authentication.getName(), this.clinic.name())));
	}

	@PostMapping(SecondFactor.ENROLMENT_PAGE + "/confirm")
	String confirm(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result,
			Authentication authentication, HttpSession session, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || this.twoFactor.enrolled(authentication.getName())) {
			return TO_PAGE;
		}
		if (!result.hasErrors()) {
			List<String> recoveryCodes = this.twoFactor.enrol(authentication.getName(), secret, form.getCode());
			if (!recoveryCodes.isEmpty()) {
				session.removeAttribute(PENDING_SECRET);
				SecondFactor.grant(this.clock, request, response);
				redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
				return "redirect:" + SecondFactor.ENROLMENT_PAGE + "/recovery-codes";
			}
			result.rejectValue("code", "Wrong");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("errorSummary", ErrorSummary.of(result, List.of("code"), this.messages, locale));
		return view(authentication, session, model);
	}

	/** The recovery codes, once, right after the set-up. */
	@GetMapping(SecondFactor.ENROLMENT_PAGE + "/recovery-codes")
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return TO_PAGE;
		}
		return CODES_VIEW;
	}

	@PostMapping(SecondFactor.ENROLMENT_PAGE + "/disable")
	String disable(@Valid @ModelAttribute("disableForm") DisableForm form, BindingResult result,
			Authentication authentication, HttpSession session, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		String username = authentication.getName();
		if (owesCode(authentication) || !this.twoFactor.enrolled(username)) {
			return TO_PAGE;
		}
		if (!result.hasFieldErrors("password") && !this.recentPassword.matches(username, form.getPassword())) {
			result.rejectValue("password", "Wrong");
		}
		if (!result.hasErrors()) {
			switch (this.twoFactor.check(username, form.getCode())) {
				case ACCEPTED, RECOVERY_CODE -> {
					this.twoFactor.disable(username);
					SecondFactor.revoke(request, response);
					redirect.addFlashAttribute("disabled", true);
					return TO_PAGE;
				}
				case LOCKED -> result.rejectValue("code", "Locked");
				case WRONG -> result.rejectValue("code", "Wrong");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("errorSummary", ErrorSummary.of(result, List.of("password", "code"), this.messages, locale));
		return view(authentication, session, model);
	}

	/** Whether the log-in has the password but still owes an enrolled app's code. */
	private boolean owesCode(Authentication authentication) {
		return !SecondFactor.has(authentication, SecondFactor.AUTHORITY)
				&& this.twoFactor.enrolled(authentication.getName());
	}

	private String view(Authentication authentication, HttpSession session, Model model) {
		String username = authentication.getName();
		Optional<TwoFactorStore.Enrolment> enrolment = this.twoFactor.enrolment(username);
		model.addAttribute("required", this.secondFactor.mustUse(authentication));
		model.addAttribute("lockMinutes", this.twoFactor.lockMinutes());
		if (enrolment.isPresent()) {
			model.addAttribute("enrolledAt", enrolment.get().enrolledAt());
			model.addAttribute("recoveryCodesLeft", this.twoFactor.recoveryCodesLeft(username));
			if (!model.containsAttribute("disableForm")) {
				model.addAttribute("disableForm", new DisableForm());
			}
			return VIEW;
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = this.twoFactor.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		model.addAttribute("secret", grouped(secret));
		model.addAttribute("issuer", this.clinic.name());
		if (!model.containsAttribute("codeForm")) {
			model.addAttribute("codeForm", new CodeForm());
		}
		return VIEW;
	}

	/** The secret in groups of four, as people copy it. */
	static String grouped(String secret) {
		return String.join(" ", secret.split("(?<=\\G.{4})"));
	}

}
