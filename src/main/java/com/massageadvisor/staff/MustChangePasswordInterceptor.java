package com.massageadvisor.staff;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends an account that must change its password (the generated first administrator) to
 * the account page from every other staff page, until the password is changed. The answer
 * is looked up once per session and kept in it; the account page sets it to false after a
 * change.
 */
class MustChangePasswordInterceptor implements HandlerInterceptor {

	/** The session attribute that keeps whether the password must still be changed. */
	static final String ATTRIBUTE = MustChangePasswordInterceptor.class.getName() + ".MUST_CHANGE";

	static final String ACCOUNT_PAGE = "/staff/account";

	private final ObjectProvider<StaffAccounts> accounts;

	MustChangePasswordInterceptor(ObjectProvider<StaffAccounts> accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Principal principal = request.getUserPrincipal();
		StaffAccounts staff = this.accounts.getIfAvailable();
		if (principal == null || staff == null) {
			return true;
		}
		HttpSession session = request.getSession(false);
		Object known = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		boolean mustChange;
		if (known instanceof Boolean value) {
			mustChange = value;
		}
		else {
			mustChange = staff.mustChangePassword(principal.getName());
			if (session != null) {
				session.setAttribute(ATTRIBUTE, mustChange);
			}
		}
		if (mustChange) {
			response.sendRedirect(request.getContextPath() + ACCOUNT_PAGE);
			return false;
		}
		return true;
	}

	/** Puts the interceptor in front of every staff page but the account page. */
	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		private final ObjectProvider<StaffAccounts> accounts;

		Registration(ObjectProvider<StaffAccounts> accounts) {
			this.accounts = accounts;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new MustChangePasswordInterceptor(this.accounts))
				.addPathPatterns("/staff/**")
				.excludePathPatterns(ACCOUNT_PAGE);
		}

	}

}
