package com.massageadvisor;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's texts for tests without a Spring context, read as the application
 * reads them (spring.messages in application.properties): UTF-8, always through
 * MessageFormat, no fallback to the machine's language.
 */
public final class TestMessages {

	private TestMessages() {
	}

	/**
	 * A message source over {@code messages*.properties}.
	 * @return a new source
	 */
	public static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setAlwaysUseMessageFormat(true);
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
