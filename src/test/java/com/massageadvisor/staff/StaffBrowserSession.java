package com.massageadvisor.staff;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One browser's session with the application, as a cookie: each response that sets a new
 * {@code SESSION} cookie (a log-in, a second factor) replaces it, as a browser would.
 */
final class StaffBrowserSession {

	private final MockMvcTester mvc;

	private @Nullable Cookie session;

	private StaffBrowserSession(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** Logs in with the password; the session then holds whatever the log-in gave. */
	static StaffBrowserSession logIn(MockMvcTester mvc, String username, String password) {
		StaffBrowserSession browser = new StaffBrowserSession(mvc);
		browser.keep(mvc.perform(formLogin().user(username).password(password)));
		return browser;
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
		if (this.session != null) {
			request = request.cookie(this.session);
		}
		return keep(request.exchange());
	}

	private MvcTestResult keep(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie != null) {
			this.session = (cookie.getMaxAge() == 0) ? null : cookie;
		}
		return result;
	}

}
