package com.massageadvisor.questionnaire;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Reads an amount of money as people type it in any of the application's languages: a
 * decimal point or a decimal comma ({@code 59.50}, {@code 59,50}), spaces ignored, no
 * thousands separators (so {@code 1,500} is never read as fifteen hundred or as one and a
 * half: it is refused). Shows an amount with the reader's decimal separator.
 */
class AmountFormatter implements Formatter<BigDecimal> {

	/**
	 * Whole units, then at most one separator and one or two decimals: 1,500 is
	 * ambiguous, so refused.
	 */
	private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String compact = SPACES.matcher(text).replaceAll("");
		if (!AMOUNT.matcher(compact).matches()) {
			throw new ParseException("Not an amount: " + text, 0);
		}
		return new BigDecimal(compact.replace(',', '.'));
	}

	@Override
	public String print(BigDecimal amount, Locale locale) {
		String plain = amount.toPlainString();
		return "fr".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
	}

}
