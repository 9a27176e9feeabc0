package com.massageadvisor.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Test helper: the texts a client reads in a plan (its warnings, its advice, and, when a
 * plan is made, the reasons for the session length and the gap), as message keys and as
 * their English templates, with the templates of nested messages appended.
 */
final class PlanTexts {

	private static final Path MESSAGES = Path.of("src", "main", "resources", "messages.properties");

	private static final Properties ENGLISH = load();

	private PlanTexts() {
	}

	private static Properties load() {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return messages;
	}

	/**
	 * The messages of a plan, in the order a client reads them.
	 * @param recommendation the plan
	 * @return its messages
	 */
	static List<Message> messages(Recommendation recommendation) {
		List<Message> messages = new ArrayList<>();
		recommendation.warnings().forEach((warning) -> messages.add(warning.message()));
		if (recommendation.massageAdvisable()) {
			messages.add(recommendation.sessionLength().reason());
			messages.add(recommendation.minimumGap().reason());
		}
		recommendation.advice().forEach((advice) -> messages.add(advice.message()));
		return messages;
	}

	/**
	 * The English template of a message, followed by those of its nested messages.
	 * @param message the message
	 * @return the text, or the key when the bundle lacks it
	 */
	static String english(Message message) {
		StringBuilder text = new StringBuilder(ENGLISH.getProperty(message.key(), message.key()));
		for (Object arg : message.args()) {
			if (arg instanceof Message nested) {
				text.append(' ').append(english(nested));
			}
		}
		return text.toString();
	}

}
