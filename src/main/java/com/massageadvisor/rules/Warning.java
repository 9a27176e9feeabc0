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
 */
public record Warning(WarningCode code, Severity severity, @Nullable Condition condition, Message message,
		Citation citation) {
}
