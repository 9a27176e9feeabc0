package com.massageadvisor.plan;

import java.math.BigDecimal;
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
import org.springframework.context.MessageSourceResolvable;
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
		return this.messageSource.getMessage(resolvable(message, locale), locale);
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
	 * are formatted.
	 */
	private MessageSourceResolvable resolvable(Message message, Locale locale) {
		Object[] args = new Object[message.args().size()];
		for (int i = 0; i < args.length; i++) {
			Object arg = message.args().get(i);
			if (arg instanceof Message nested) {
				args[i] = resolvable(nested, locale);
			}
			else if (arg instanceof BigDecimal amount) {
				args[i] = money(amount, locale);
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
