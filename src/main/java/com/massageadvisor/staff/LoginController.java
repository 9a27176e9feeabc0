package com.massageadvisor.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff log-in page; Spring Security handles its post and the log-out. */
@Controller
class LoginController {

	private final LoginProperties login;

	LoginController(LoginProperties login) {
		this.login = login;
	}

	@GetMapping("/login")
	String login(Model model) {
		// the same words whether the name is unknown, the password wrong or the account
		// locked
		model.addAttribute("maxFailures", this.login.maxFailures());
		model.addAttribute("lockMinutes", this.login.lockFor().toMinutes());
		return "staff/login";
	}

}
