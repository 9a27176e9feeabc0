package com.massageadvisor.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.rules.Citation;
import com.massageadvisor.rules.Guideline;
import com.massageadvisor.rules.Message;
import com.massageadvisor.rules.Source;
import com.massageadvisor.system.ClinicProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's message keys into text in the reader's language, through
 * {@code messages.properties}. Every page, the API and the printed sheet use it, so a
 * plan reads the same everywhere.
 */
@Component
public class RecommendationMessages {

	private final MessageSource messageSource;

	private final Currency currency;

	public RecommendationMessages(MessageSource messageSource, ClinicProperties clinic) {
		this.messageSource = messageSource;
		this.currency = clinic.currency();
	}

	/**
	 * Resolves a message of the engine.
	 * @param message the key and arguments
	 * @param locale the reader's language
	 * @return the text
	 */
	public String text(Message message, Locale locale) {
		return this.messageSource.getMessage(resolvable(message, locale, false), locale);
	}

	/**
	 * Resolves a message of the engine for a person's page, its amounts of money as the
	 * estimates they are: in whole units of the currency ({@code about €812 a month}).
	 * The API keeps the cents ({@link #text(Message, Locale)}).
	 * @param message the key and arguments
	 * @param locale the reader's language
	 * @return the text
	 */
	public String estimate(Message message, Locale locale) {
		return this.messageSource.getMessage(resolvable(message, locale, true), locale);
	}

	/**
	 * Resolves a warning of the engine without what the page already says once: its
	 * {@code .reason} message when there is one (a STOP warning without its "do not
	 * book"), else the message itself.
	 * @param message the key and arguments
	 * @param locale the reader's language
	 * @return the text
	 */
	public String reason(Message message, Locale locale) {
		DefaultMessageSourceResolvable resolvable = resolvable(message, locale, true);
		return this.messageSource.getMessage(new DefaultMessageSourceResolvable(
				new String[] { message.key() + ".reason", message.key() }, resolvable.getArguments()), locale);
	}

	/**
	 * Resolves a key with text or number arguments, for texts of the web layer.
	 * @param key the message key
	 * @param locale the reader's language
	 * @param args the arguments
	 * @return the text
	 */
	public String format(String key, Locale locale, Object... args) {
		return this.messageSource.getMessage(key, args, locale);
	}

	/**
	 * Formats an amount in the clinic's currency.
	 * @param amount the amount
	 * @param locale the reader's language
	 * @return for example {@code €80.00} or {@code 80,00 €}
	 */
	public String money(BigDecimal amount, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(this.currency);
		return format.format(amount);
	}

	/**
	 * Formats an estimate in the clinic's currency, in whole units: an estimate of a
	 * month's sessions is no more precise than that.
	 * @param amount the amount
	 * @param locale the reader's language
	 * @return for example {@code €812} or {@code 812 €}
	 */
	public String estimate(BigDecimal amount, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(this.currency);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(0);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	/**
	 * Resolves a plain key without arguments, such as the name of an enum value.
	 * @param key the message key
	 * @param locale the reader's language
	 * @return the text
	 */
	public String text(String key, Locale locale) {
		return this.messageSource.getMessage(key, null, locale);
	}

	/**
	 * Nested messages become resolvables; amounts of money (the engine's only decimals)
	 * are formatted, with their cents or, as estimates, in whole units.
	 */
	private DefaultMessageSourceResolvable resolvable(Message message, Locale locale, boolean estimates) {
		Object[] args = new Object[message.args().size()];
		for (int i = 0; i < args.length; i++) {
			Object arg = message.args().get(i);
			if (arg instanceof Message nested) {
				args[i] = resolvable(nested, locale, estimates);
			}
			else if (arg instanceof BigDecimal amount) {
				args[i] = estimates ? estimate(amount, locale) : money(amount, locale);
			}
			else {
				args[i] = arg;
			}
		}
		return new DefaultMessageSourceResolvable(new String[] { message.key() }, args);
	}

	/**
	 * The source ids of a citation, as the contract names them.
	 * @param citation the citation
	 * @return the source ids
	 */
	public static List<String> sourceIds(Citation citation) {
		return citation.sources().stream().map(Source::id).toList();
	}

	/**
	 * The guideline row ids of a citation.
	 * @param citation the citation
	 * @return the row ids, e.g. {@code F3}
	 */
	public static List<String> rowIds(Citation citation) {
		return citation.rows().stream().map(Guideline::name).toList();
	}

}
