package com.massageadvisor.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The confirm-password page, in place of an action that needs a recent password. Its form
 * posts the same action with the same fields, plus the password: the action then runs and
 * answers as it always does (a redirect), so a reload or the back button never repeats it
 * and no {@code GET} ever performs it. A wrong password shows the page again with a
 * {@code 422} status.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecentPasswordAdvice {

	static final String VIEW = "staff/confirm-password";

	private final ClinicProperties clinic;

	RecentPasswordAdvice(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	@ExceptionHandler(RecentPasswordRequiredException.class)
	ModelAndView confirmPassword(RecentPasswordRequiredException ex, HttpServletResponse response) {
		ModelAndView page = new ModelAndView(VIEW);
		// the layout's model: an exception handler's page does not get the model
		// attributes
		page.addObject("clinic", this.clinic);
		page.addObject("languagePath", "/");
		page.addObject("action", ex.action());
		page.addObject("fields", ex.fields());
		page.addObject("wrongPassword", ex.wrong());
		page.addObject("validMinutes", RecentPassword.VALID_FOR.toMinutes());
		page.addObject("passwordParameter", RecentPasswordInterceptor.PASSWORD_PARAMETER);
		page.setStatus(ex.wrong() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
		return page;
	}

}
