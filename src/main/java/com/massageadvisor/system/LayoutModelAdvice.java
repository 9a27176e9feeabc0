package com.massageadvisor.system;

import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the clinic's details, the locale of its dates and where
 * the language switch leads.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final ClinicProperties clinic;

	LayoutModelAdvice(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	@ModelAttribute("clinic")
	ClinicProperties clinic() {
		return this.clinic;
	}

	/**
	 * Whether the page belongs to the staff area (its pages and the log-in): a wider
	 * header that lines up with the staff pages' content, and no client disclaimer in the
	 * footer.
	 */
	@ModelAttribute("staffArea")
	boolean staffArea(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/staff") || path.startsWith("/staff/") || path.equals("/login");
	}

	/**
	 * The locale to write dates in: the page's language with the browser's region.
	 */
	@ModelAttribute("formatLocale")
	Locale formatLocale(HttpServletRequest request, Locale locale) {
		return WebConfiguration.formatLocale(locale, request);
	}

	/**
	 * The page to show again in another language: the current page when it was a plain
	 * visit, otherwise the start page (an error or a posted form cannot be fetched
	 * again).
	 */
	@ModelAttribute("languagePath")
	String languagePath(HttpServletRequest request) {
		boolean get = "GET".equals(request.getMethod()) && request.getDispatcherType() == DispatcherType.REQUEST;
		return get ? request.getRequestURI().substring(request.getContextPath().length()) : "/";
	}

}
