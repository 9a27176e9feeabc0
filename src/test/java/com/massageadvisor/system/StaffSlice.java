package com.massageadvisor.system;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What a {@link StaffWebMvcTest} slice works with: MockMvc behind the application's
 * security filters and the messages, as the pages show them in English.
 */
public abstract class StaffSlice {

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	private MessageSource messages;

	/**
	 * A message in English, as the pages show it.
	 * @param key the key
	 * @param arguments its arguments
	 * @return the text
	 */
	protected String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
