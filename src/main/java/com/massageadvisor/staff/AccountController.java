package com.massageadvisor.staff;

import com.massageadvisor.system.ErrorSummary;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own account: changing their password, which takes the current one. A
 * valid change is redirected back with a confirmation (post, redirect, get) and ends the
 * account's other sessions; a form with errors, a wrong current password included, comes
 * back with a {@code 422} status. Wrong current passwords count against the log-in
 * allowance: the one that uses it up logs the user out everywhere, to the log-in page.
 */
@Controller
class AccountController {

	static final String VIEW = "staff/account";

	/** The fields in the order the page shows them. */
	static final List<String> FIELDS = List.of("current", "password", "confirmation");

	private final StaffAccounts accounts;

	private final MessageSource messages;

	private final LoginProperties login;

	AccountController(StaffAccounts accounts, MessageSource messages, LoginProperties login) {
		this.accounts = accounts;
		this.messages = messages;
		this.login = login;
	}

	@InitBinder("passwordChange")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields(FIELDS.toArray(String[]::new));
	}

	@GetMapping("/staff/account")
	String account(Principal principal, Model model) {
		model.addAttribute("passwordChange", new PasswordChangeForm());
		return view(principal, model);
	}

	@PostMapping("/staff/account")
	String changePassword(@Valid @ModelAttribute("passwordChange") PasswordChangeForm form, BindingResult result,
			Principal principal, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) throws ServletException {
		if (!result.hasFieldErrors("password") && form.getPassword().equals(form.getCurrent())) {
			result.rejectValue("password", "Same");
		}
		PasswordPolicy.check(result, form.getPassword(), principal.getName());
		if (!result.hasErrors()) {
			HttpSession session = request.getSession(false);
			StaffAccounts.PasswordChange change = this.accounts.changeOwnPassword(principal.getName(),
					form.getCurrent(), form.getPassword(), (session != null) ? session.getId() : null);
			if (change == StaffAccounts.PasswordChange.LOCKED) {
				// too many wrong current passwords: logged out here as everywhere else
				request.logout();
				return "redirect:/login?locked";
			}
			if (change == StaffAccounts.PasswordChange.WRONG) {
				result.rejectValue("current", "Wrong");
			}
			else if (session != null) {
				session.setAttribute(MustChangePasswordInterceptor.ATTRIBUTE, false);
			}
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errorSummary", ErrorSummary.of(result, FIELDS, this.messages, locale));
			return view(principal, model);
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/staff/account";
	}

	private String view(Principal principal, Model model) {
		StaffUsersController.passwordRules(model);
		model.addAttribute("mustChangePassword", this.accounts.mustChangePassword(principal.getName()));
		model.addAttribute("maxFailures", this.login.maxFailures());
		model.addAttribute("lockMinutes", this.login.lockFor().toMinutes());
		return VIEW;
	}

}
