package com.massageadvisor.rules;

import org.jspecify.annotations.Nullable;

/**
 * A safety warning.
 *
 * @param code what kind of warning
 * @param severity how serious
 * @param condition the condition that raised it, where one did
 * @param message the text for the client
 * @param citation the rows and sources behind it
 * @param redFlag the red flag that raised it, for {@link WarningCode#RED_FLAG}
 */
public record Warning(WarningCode code, Severity severity, @Nullable Condition condition, Message message,
		Citation citation, @Nullable RedFlag redFlag) {

	/** A warning that no red flag raised. */
	public Warning(WarningCode code, Severity severity, @Nullable Condition condition, Message message,
			Citation citation) {
		this(code, severity, condition, message, citation, null);
	}

}
