package com.massageadvisor.staff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff log-in settings.
 *
 * @param maxFailures failed log-ins in a row that lock an account
 * @param lockFor how long an account then stays locked
 */
@ConfigurationProperties("clinic.login")
record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {

	/** The minimum length of a staff password. */
	static final int MIN_PASSWORD_LENGTH = 12;

	/** The most BCrypt hashes: longer passwords are refused rather than cut. */
	static final int MAX_PASSWORD_BYTES = 72;

	/**
	 * Whether a password keeps the rules: at least {@link #MIN_PASSWORD_LENGTH}
	 * characters, at most {@link #MAX_PASSWORD_BYTES} bytes in UTF-8.
	 * @param password the password
	 * @return true when it does
	 */
	static boolean acceptable(String password) {
		return password.length() >= MIN_PASSWORD_LENGTH
				&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

}
