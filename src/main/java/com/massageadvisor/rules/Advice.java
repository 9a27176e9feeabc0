package com.massageadvisor.rules;

/**
 * An item of advice.
 *
 * @param code what kind of advice
 * @param message the text for the client
 * @param citation the rows and sources behind it
 */
public record Advice(AdviceCode code, Message message, Citation citation) {
}
