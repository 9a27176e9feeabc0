package com.massageadvisor.staff;

import com.massageadvisor.system.ErrorSummary;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
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
 * valid change is redirected back with a confirmation (post, redirect, get); a form with
 * errors, a wrong current password included, comes back with a {@code 422} status.
 */
@Controller
class AccountController {

	static final String VIEW = "staff/account";

	/** The fields in the order the page shows them. */
	static final List<String> FIELDS = List.of("current", "password", "confirmation");

	private final StaffAccounts accounts;

	private final MessageSource messages;

	AccountController(StaffAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@InitBinder("passwordChange")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields(FIELDS.toArray(String[]::new));
	}

	@GetMapping("/staff/account")
	String account(Model model) {
		model.addAttribute("passwordChange", new PasswordChangeForm());
		return view(model);
	}

	@PostMapping("/staff/account")
	String changePassword(@Valid @ModelAttribute("passwordChange") PasswordChangeForm form, BindingResult result,
			Principal principal, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password") && form.getPassword().equals(form.getCurrent())) {
			result.rejectValue("password", "Same");
		}
		if (!result.hasErrors()
				&& !this.accounts.changeOwnPassword(principal.getName(), form.getCurrent(), form.getPassword())) {
			result.rejectValue("current", "Wrong");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errorSummary", ErrorSummary.of(result, FIELDS, this.messages, locale));
			return view(model);
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/staff/account";
	}

	private String view(Model model) {
		StaffUsersController.passwordRules(model);
		return VIEW;
	}

}
