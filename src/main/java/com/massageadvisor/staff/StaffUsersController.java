package com.massageadvisor.staff;

import com.massageadvisor.system.ErrorSummary;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.massageadvisor.system.RecentPasswordRequired;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts, for administrators: the list, a new account, disabling and enabling an
 * account, and a new password for someone who forgot theirs or is locked out. Every
 * change is posted, then redirected to the list with a confirmation (post, redirect,
 * get); a form with errors comes back with a {@code 422} status. Accounts are named by
 * their numeric id, which only administrators ever see.
 */
@Controller
class StaffUsersController {

	static final String LIST = "staff/users";

	static final String NEW = "staff/user-new";

	static final String PASSWORD = "staff/user-password";

	private static final String TO_LIST = "redirect:/staff/admin/users";

	/** The fields of the new account form, in the order the page shows them. */
	static final List<String> NEW_FIELDS = List.of("username", "role", "password", "confirmation");

	/** The fields of the new password form, in the order the page shows them. */
	static final List<String> PASSWORD_FIELDS = List.of("password", "confirmation");

	private static final Logger logger = LoggerFactory.getLogger(StaffUsersController.class);

	/**
	 * A row of the list.
	 *
	 * @param id the account's id
	 * @param username its name
	 * @param role its role
	 * @param enabled whether it may log in
	 * @param lockedUntil until when it is locked after failed log-ins, or null
	 * @param created when it was created
	 * @param self whether it is the reader's own account
	 */
	record Row(long id, String username, StaffRole role, boolean enabled, @Nullable Instant lockedUntil,
			Instant created, boolean self) {
	}

	private final StaffAccounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	StaffUsersController(StaffAccounts accounts, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("newUser")
	void initNewUser(WebDataBinder binder) {
		// the name is trimmed; a password is taken exactly as typed
		binder.registerCustomEditor(String.class, "username", new StringTrimmerEditor(true));
		binder.setAllowedFields(NEW_FIELDS.toArray(String[]::new));
	}

	@InitBinder("passwordReset")
	void initPasswordReset(WebDataBinder binder) {
		binder.setAllowedFields(PASSWORD_FIELDS.toArray(String[]::new));
	}

	@GetMapping("/staff/admin/users")
	String list(Principal principal, Model model) {
		return listView(principal, model);
	}

	@GetMapping("/staff/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("newUser", new NewUserForm());
		return newUserView(model);
	}

	@PostMapping("/staff/admin/users")
	@RecentPasswordRequired(when = "role=ADMIN")
	String create(@Valid @ModelAttribute("newUser") NewUserForm form, BindingResult result, Principal principal,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String username = form.getUsername();
		StaffRole role = form.getRole();
		if (!result.hasFieldErrors("username") && username != null && this.accounts.taken(username)) {
			result.rejectValue("username", "Taken");
		}
		PasswordPolicy.check(result, form.getPassword(), result.hasFieldErrors("username") ? null : username);
		if (!result.hasErrors() && username != null && role != null) {
			try {
				this.accounts.create(username, form.getPassword(), role, principal.getName());
			}
			catch (StaffAccounts.UsernameTakenException ex) {
				// created by someone else in the meantime
				result.rejectValue("username", "Taken");
			}
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errorSummary", ErrorSummary.of(result, NEW_FIELDS, this.messages, locale));
			return newUserView(model);
		}
		logger.info("{} created the staff account '{}' with the role {}", principal.getName(), username, role);
		redirect.addFlashAttribute("created", username);
		return TO_LIST;
	}

	@PostMapping("/staff/admin/users/{id}/disable")
	String disable(@PathVariable long id, Principal principal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		StaffUser user = find(id);
		if (user.getUsername().equals(principal.getName())) {
			// someone must always be able to manage the accounts
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("selfDisable", true);
			return listView(principal, model);
		}
		this.accounts.setEnabled(id, false, principal.getName());
		logger.info("{} disabled the staff account '{}'", principal.getName(), user.getUsername());
		redirect.addFlashAttribute("disabled", user.getUsername());
		return TO_LIST;
	}

	@PostMapping("/staff/admin/users/{id}/enable")
	String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		StaffUser user = find(id);
		this.accounts.setEnabled(id, true, principal.getName());
		logger.info("{} enabled the staff account '{}'", principal.getName(), user.getUsername());
		redirect.addFlashAttribute("enabled", user.getUsername());
		return TO_LIST;
	}

	@GetMapping("/staff/admin/users/{id}/password")
	String passwordForm(@PathVariable long id, Principal principal, Model model, HttpServletResponse response) {
		StaffUser user = find(id);
		if (user.getUsername().equals(principal.getName())) {
			return refuseOwnPassword(principal, model, response);
		}
		model.addAttribute("passwordReset", new PasswordResetForm());
		return passwordView(user, model);
	}

	@PostMapping("/staff/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordReset") PasswordResetForm form,
			BindingResult result, Principal principal, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		StaffUser user = find(id);
		if (user.getUsername().equals(principal.getName())) {
			return refuseOwnPassword(principal, model, response);
		}
		PasswordPolicy.check(result, form.getPassword(), user.getUsername());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errorSummary", ErrorSummary.of(result, PASSWORD_FIELDS, this.messages, locale));
			return passwordView(user, model);
		}
		this.accounts.resetPassword(id, form.getPassword(), principal.getName());
		logger.info("{} set a new password for the staff account '{}'", principal.getName(), user.getUsername());
		redirect.addFlashAttribute("passwordReset", user.getUsername());
		return TO_LIST;
	}

	/**
	 * One's own password is changed on the account page only, which asks for the current
	 * one and counts wrong ones: an administrator's open session alone must not be enough
	 * to set a new password for their account.
	 */
	private String refuseOwnPassword(Principal principal, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("selfPassword", true);
		return listView(principal, model);
	}

	private StaffUser find(long id) {
		return this.accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String listView(Principal principal, Model model) {
		Instant now = this.clock.instant();
		model.addAttribute("rows",
				this.accounts.all().stream().map((user) -> row(user, principal.getName(), now)).toList());
		return LIST;
	}

	private String newUserView(Model model) {
		model.addAttribute("roles", StaffRole.values());
		passwordRules(model);
		return NEW;
	}

	private String passwordView(StaffUser user, Model model) {
		model.addAttribute("user", user);
		passwordRules(model);
		return PASSWORD;
	}

	static void passwordRules(Model model) {
		model.addAttribute("minPasswordLength", LoginProperties.MIN_PASSWORD_LENGTH);
		model.addAttribute("maxPasswordBytes", LoginProperties.MAX_PASSWORD_BYTES);
	}

	@SuppressWarnings("NullAway")
	private Row row(StaffUser user, String me, Instant now) {
		return new Row(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(),
				user.isLockedAt(now) ? user.getLockedUntil() : null, user.getCreatedAt(),
				user.getUsername().equals(me));
	}

}
