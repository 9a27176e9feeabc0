package com.massageadvisor.staff;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One browser's cookies for the application: each response that sets a cookie (a new
 * {@code SESSION} after a log-in or a second factor, the staff page kept to return to)
 * replaces it, and one set to expire is dropped, as a browser would.
 */
final class StaffBrowserSession {

	private final MockMvcTester mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private StaffBrowserSession(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** Logs in with the password; the session then holds whatever the log-in gave. */
	static StaffBrowserSession logIn(MockMvcTester mvc, String username, String password) {
		StaffBrowserSession browser = visitor(mvc);
		browser.logIn(username, password);
		return browser;
	}

	/** A browser that has not logged in yet. */
	static StaffBrowserSession visitor(MockMvcTester mvc) {
		return new StaffBrowserSession(mvc);
	}

	/**
	 * Sends the log-in form with the password, with the cookies this browser holds.
	 * @param username the username
	 * @param password the password
	 * @return the answer
	 */
	MvcTestResult logIn(String username, String password) {
		return post("/login", "username", username, "password", password);
	}

	MvcTestResult get(String uri, Object... variables) {
		return send(this.mvc.get().uri(uri, variables));
	}

	/**
	 * Posts a form with its CSRF token.
	 * @param uri where
	 * @param fields names and values, alternately
	 * @return the answer
	 */
	MvcTestResult post(String uri, String... fields) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return send(request);
	}

	private MvcTestResult send(MockMvcRequestBuilder request) {
		if (!this.cookies.isEmpty()) {
			request = request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		return keep(request.exchange());
	}

	private MvcTestResult keep(MvcTestResult result) {
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

}
