package com.massageadvisor.rules;

import java.util.List;

/**
 * Text for a person, as a message key and its arguments, resolved by the web layer
 * through {@code messages.properties}. An argument is a number (days, minutes, an amount
 * of money) or another message, such as the name of a phase, which is resolved first.
 *
 * @param key the message key
 * @param args the arguments, in the order the message uses them
 */
public record Message(String key, List<Object> args) {

	public Message {
		for (int i = 0; i < args.size(); i++) {
			Object arg = args.get(i);
			if (!(arg instanceof Number) && !(arg instanceof Message)) {
				throw new IllegalArgumentException("A message argument must be a number or a message: " + arg);
			}
		}
		args = List.copyOf(args);
	}

	/**
	 * A message with arguments.
	 * @param key the message key
	 * @param args numbers or messages
	 * @return the message
	 */
	public static Message of(String key, Object... args) {
		return new Message(key, List.of(args));
	}

}
