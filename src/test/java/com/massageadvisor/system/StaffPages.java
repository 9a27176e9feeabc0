package com.massageadvisor.system;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the staff page tests check, in one place: who is logged in, the page as a reader
 * sees it, and a form that came back with an error on one field.
 */
public final class StaffPages {

	private StaffPages() {
	}

	/**
	 * A name no other test uses.
	 * @param prefix what the name starts with
	 * @return the name
	 */
	public static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static RequestPostProcessor admin() {
		return admin(uniqueName("some-admin"));
	}

	/**
	 * An administrator who logged in with their password just now (when the request is
	 * sent), so an action that needs a recent password ({@link RecentPasswordRequired})
	 * runs without asking for it, as it does for someone who just logged in.
	 * @param username their name
	 * @return the log-in
	 */
	public static RequestPostProcessor admin(String username) {
		return (request) -> user(username)
			.authorities(new SimpleGrantedAuthority("ROLE_ADMIN"),
					FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
						.issuedAt(Instant.now())
						.build())
			.postProcessRequest(request);
	}

	public static RequestPostProcessor staff() {
		return user(uniqueName("some-staff")).roles("STAFF");
	}

	/**
	 * The flash attribute a redirect after a post carries to the next page. MockMvc's own
	 * {@code flashAttr} puts it in the servlet container's session, which the application
	 * does not use: its sessions are Spring Session's, in the database.
	 * @param name the attribute
	 * @param value its value
	 * @return the request as the page after the redirect receives it
	 */
	public static RequestPostProcessor flash(String name, Object value) {
		return (request) -> {
			request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of(name, value));
			return request;
		};
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Document parse(MvcTestResult result) {
		return Jsoup.parse(body(result));
	}

	public static String textOf(Element page, String selector) {
		Element element = page.selectFirst(selector);
		assertThat(element).as("element %s", selector).isNotNull();
		return element.text();
	}

	/**
	 * Checks a form came back with one error: a 422, a summary linking to the field, the
	 * message beside the field, and the field marked invalid for assistive technology.
	 * @param result the response
	 * @param field the field in error
	 * @param message its message
	 * @return the page
	 */
	public static Document assertFieldError(MvcTestResult result, String field, String message) {
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = parse(result);
		assertThat(page.select(".error-summary[role=alert] a").eachAttr("href")).containsExactly("#" + field);
		assertThat(page.select(".error-summary a").eachText()).containsExactly(message);
		assertThat(page.getElementById(field)).as("element the summary links to").isNotNull();
		assertThat(page.select(".has-error .field-error").eachText()).containsExactly(message);
		return page;
	}

}
