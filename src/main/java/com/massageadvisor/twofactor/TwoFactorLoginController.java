package com.massageadvisor.twofactor;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.massageadvisor.system.ErrorSummary;
import com.massageadvisor.system.SecurityConfiguration;

import java.time.Clock;

/**
 * The second step of a staff log-in, after the password: the authenticator app's code or
 * a recovery code. A right code adds the {@value SecondFactor#AUTHORITY} factor to the
 * log-in, under a new session id, and goes on to the page asked for; a wrong one comes
 * back with a {@code 422}; the last wrong one allowed ends the log-in attempt.
 */
@Controller
class TwoFactorLoginController {

	static final String VIEW = "staff/login-code";

	private static final String HOME = "/staff/assessments";

	private final TwoFactor twoFactor;

	private final TwoFactorProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	private final RequestCache requests = SecurityConfiguration.staffPagesToReturnTo();

	TwoFactorLoginController(TwoFactor twoFactor, TwoFactorProperties properties, MessageSource messages, Clock clock) {
		this.twoFactor = twoFactor;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("codeForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("code");
	}

	@GetMapping(SecondFactor.CODE_PAGE)
	String page(Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response) {
		String elsewhere = elsewhere(authentication);
		if (elsewhere != null) {
			return elsewhere;
		}
		if (this.twoFactor.locked(authentication.getName())) {
			return end(authentication, request, response);
		}
		model.addAttribute("codeForm", new CodeForm());
		return view(model);
	}

	@PostMapping(SecondFactor.CODE_PAGE)
	String check(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Authentication authentication,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		String elsewhere = elsewhere(authentication);
		if (elsewhere != null) {
			return elsewhere;
		}
		if (!result.hasErrors()) {
			TwoFactor.Outcome outcome = this.twoFactor.check(authentication.getName(), form.getCode());
			switch (outcome) {
				case ACCEPTED, RECOVERY_CODE -> {
					request.changeSessionId();
					SecondFactor.grant(this.clock, request, response);
					if (outcome == TwoFactor.Outcome.RECOVERY_CODE) {
						redirect.addFlashAttribute("recoveryCodeUsed",
								this.twoFactor.recoveryCodesLeft(authentication.getName()));
						return "redirect:" + SecondFactor.ENROLMENT_PAGE;
					}
					return "redirect:" + savedPage(request, response);
				}
				case LOCKED -> {
					return end(authentication, request, response);
				}
				case WRONG -> result.rejectValue("code", "Wrong");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("errorSummary", ErrorSummary.of(result, List.of("code"), this.messages, locale));
		return view(model);
	}

	/** Where to go instead of the code page: nowhere when the code is what is missing. */
	private @org.jspecify.annotations.Nullable String elsewhere(Authentication authentication) {
		if (!SecondFactor.hasPassword(authentication)) {
			return "redirect:/login";
		}
		if (SecondFactor.has(authentication, SecondFactor.AUTHORITY)
				|| !this.twoFactor.enrolled(authentication.getName())) {
			return "redirect:" + HOME;
		}
		return null;
	}

	/**
	 * The staff page that asked for the code, as a path of this application (never an
	 * address built from the request's {@code Host} header), or the list.
	 */
	private String savedPage(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requests.getRequest(request, response);
		this.requests.removeRequest(request, response);
		// only a GET of a staff page is kept (SecurityConfiguration)
		if (saved instanceof DefaultSavedRequest page && page.getRequestURI() != null) {
			String uri = page.getRequestURI();
			String context = (page.getContextPath() != null) ? page.getContextPath() : "";
			String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
			if (path.startsWith("/staff/")) {
				return path + ((page.getQueryString() != null) ? "?" + page.getQueryString() : "");
			}
		}
		return HOME;
	}

	/** Too many wrong codes: the log-in attempt ends. */
	private String end(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?ended";
	}

	private String view(Model model) {
		model.addAttribute("maxFailures", this.properties.maxFailures());
		model.addAttribute("lockMinutes", this.properties.lockFor().toMinutes());
		return VIEW;
	}

}
