package com.massageadvisor.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.passay.DictionaryRule;
import org.passay.IllegalRegexRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

import org.springframework.validation.Errors;

/**
 * What a staff password may not be, judged by Passay on top of the length rules of
 * {@link NewPasswordForm} (at least {@value LoginProperties#MIN_PASSWORD_LENGTH}
 * characters, at most {@value LoginProperties#MAX_PASSWORD_BYTES} bytes): a password of
 * the common-password list, in any case, also with digits, signs or spaces added before
 * or after it ({@code Password2024!}); a password that contains the username, forwards or
 * backwards, in any case; or one character repeated.
 *
 * <p>
 * The list is {@code passwords/common-passwords.txt}: the 49,233 most common passwords of
 * the zxcvbn project's frequency list, as the npm package
 * {@code @zxcvbn-ts/language-common} 4.1.3 ships them (MIT licence, beside the list).
 */
final class PasswordPolicy {

	/** A password on the common-password list. */
	static final String COMMON = "CommonPassword";

	/** A password that contains the username. */
	static final String USERNAME = "ContainsUsername";

	/** A password of one character repeated. */
	static final String REPEATED = "RepeatedCharacter";

	static final String LIST = "passwords/common-passwords.txt";

	/** Digits, signs and spaces around a common password. */
	private static final String AROUND = "^[^\\p{L}]+|[^\\p{L}]+$";

	private PasswordPolicy() {
	}

	/** The list and the rules, loaded once, on first use. */
	private static final class Rules {

		static final DictionaryRule COMMON_RULE = new DictionaryRule(load());

		static final PasswordValidator VALIDATOR = new PasswordValidator(COMMON_RULE, new UsernameRule(true, true),
				new IllegalRegexRule("^(.)\\1*$"));

		private static WordListDictionary load() {
			try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
				if (in == null) {
					throw new IllegalStateException("The common-password list " + LIST + " is missing");
				}
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				return new WordListDictionary(
						WordLists.createFromReader(new Reader[] { reader }, false, new ArraysSort()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * What is wrong with a password, beyond its length.
	 * @param password the password
	 * @param username the account's name, if known
	 * @return the message codes of the rules it breaks, in the order above; empty when
	 * none
	 */
	static List<String> problems(String password, @Nullable String username) {
		Set<String> problems = new LinkedHashSet<>();
		PasswordData data = (username != null && !username.isEmpty()) ? new PasswordData(username, password)
				: new PasswordData(password);
		RuleResult result = Rules.VALIDATOR.validate(data);
		for (RuleResultDetail detail : result.getDetails()) {
			problems.add(switch (detail.getErrorCode()) {
				case DictionaryRule.ERROR_CODE -> COMMON;
				case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> USERNAME;
				default -> REPEATED;
			});
		}
		String core = password.replaceAll(AROUND, "");
		if (!core.isEmpty() && !core.equals(password)
				&& !Rules.COMMON_RULE.validate(new PasswordData(core)).isValid()) {
			problems.add(COMMON);
		}
		List<String> ordered = new ArrayList<>();
		for (String code : List.of(COMMON, USERNAME, REPEATED)) {
			if (problems.contains(code)) {
				ordered.add(code);
			}
		}
		return ordered;
	}

	/**
	 * Rejects the {@code password} field of a form for the first rule it breaks, unless
	 * it already has an error (too short or too long).
	 * @param errors the form's errors
	 * @param password the password
	 * @param username the account's name, if known
	 */
	static void check(Errors errors, String password, @Nullable String username) {
		if (errors.hasFieldErrors("password")) {
			return;
		}
		List<String> problems = problems(password, username);
		if (!problems.isEmpty()) {
			errors.rejectValue("password", problems.get(0));
		}
	}

	/**
	 * Refuses a password that is too short, longer than BCrypt can hash, or breaks a rule
	 * above.
	 * @param password the password
	 * @param username the account's name
	 * @throws IllegalArgumentException when it does
	 */
	static void require(String password, @Nullable String username) {
		if (!LoginProperties.acceptable(password)) {
			throw new IllegalArgumentException("A password must have at least " + LoginProperties.MIN_PASSWORD_LENGTH
					+ " characters and at most " + LoginProperties.MAX_PASSWORD_BYTES + " bytes");
		}
		List<String> problems = problems(password, username);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(switch (problems.get(0)) {
				case COMMON -> "The password is on the list of common passwords";
				case USERNAME -> "The password contains the username";
				default -> "The password is one character repeated";
			});
		}
	}

}
