package com.massageadvisor.staff;

import org.junit.jupiter.api.Tag;

import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * What the staff web tests share: the whole application behind MockMvc with its security
 * filters, on the in-memory database, and a movable clock. The context and the database
 * are shared by every test, so each test makes accounts with names of its own.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
@Import(StaffTestConfiguration.class)
abstract class StaffWebTestSupport {

	/** A password that passes every rule. */
	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffTestConfiguration.MovableClock clock;

	@Autowired
	private MessageSource messages;

	/**
	 * A username no other test uses.
	 * @param prefix what the name starts with
	 * @return the name
	 */
	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	StaffUser newAccount(String prefix, StaffRole role) {
		return this.accounts.create(uniqueName(prefix), PASSWORD, role, "test");
	}

	static RequestPostProcessor admin() {
		return user(uniqueName("some-admin")).roles("ADMIN");
	}

	static RequestPostProcessor staff() {
		return user(uniqueName("some-staff")).roles("STAFF");
	}

	static RequestPostProcessor as(StaffUser account) {
		return user(account.getUsername()).roles(account.getRole().name());
	}

	/**
	 * The flash attribute a redirect after a post carries to the next page. MockMvc's own
	 * {@code flashAttr} puts it in the servlet container's session, which the application
	 * does not use: its sessions are Spring Session's, in the database.
	 * @param name the attribute
	 * @param value its value
	 * @return the request as the page after the redirect receives it
	 */
	static RequestPostProcessor flash(String name, Object value) {
		return (request) -> {
			request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of(name, value));
			return request;
		};
	}

	MvcTestResult logIn(String username, String password) {
		return this.mvc.perform(formLogin().user(username).password(password));
	}

	void assertLogsIn(String username, String password) {
		MvcTestResult result = logIn(username, password);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/assessments");
		assertThat(result).matches(authenticated().withUsername(username));
	}

	void assertLogInRefused(String username, String password) {
		MvcTestResult result = logIn(username, password);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
		assertThat(result).matches(unauthenticated());
	}

	StaffUser reload(StaffUser account) {
		return this.accounts.find(id(account)).orElseThrow();
	}

	@SuppressWarnings("NullAway")
	static long id(StaffUser account) {
		return account.getId();
	}

	/** A message in English, as the pages show it. */
	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String textOf(Element page, String selector) {
		Element element = page.selectFirst(selector);
		assertThat(element).as("element %s", selector).isNotNull();
		return element.text();
	}

}
