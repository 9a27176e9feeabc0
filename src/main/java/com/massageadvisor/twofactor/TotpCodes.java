package com.massageadvisor.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, six
 * digits, a new code every 30 seconds. The codes themselves come from the
 * {@code dev.samstevens.totp} library; this class says which time steps are accepted (now
 * and one either side, for a phone whose clock is a little off) and which one a code
 * belongs to, so that a code is never accepted twice. The time is the application's
 * {@link Clock}.
 */
final class TotpCodes {

	/** Seconds a code lasts. */
	static final int PERIOD = 30;

	static final int DIGITS = 6;

	/** Time steps accepted before and after the current one. */
	static final int DRIFT = 1;

	/** Characters of a secret in Base32: 32, so 160 bits, as RFC 4226 recommends. */
	static final int SECRET_LENGTH = 32;

	private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(SECRET_LENGTH);

	private final Clock clock;

	TotpCodes(Clock clock) {
		this.clock = clock;
	}

	/** A new random secret, in Base32. */
	String newSecret() {
		return this.secrets.generate();
	}

	/**
	 * The time step a code belongs to, if it is the secret's code now or one step either
	 * side.
	 * @param secret the secret in Base32
	 * @param code what was typed
	 * @return its time step, or empty when it is not a valid code now
	 */
	OptionalLong step(String secret, String code) {
		if (!CODE.matcher(code).matches()) {
			return OptionalLong.empty();
		}
		long now = step(this.clock.instant());
		for (long step = now - DRIFT; step <= now + DRIFT; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * The code of a time step.
	 * @param secret the secret in Base32
	 * @param step the time step
	 * @return the code
	 */
	String code(String secret, long step) {
		try {
			return this.generator.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Could not make a one-time code", ex);
		}
	}

	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), PERIOD);
	}

	/**
	 * The {@code otpauth://} address an authenticator app reads from the QR code.
	 * @param secret the secret in Base32
	 * @param account the staff member's username
	 * @param issuer the clinic's name
	 * @return the address
	 */
	static String uri(String secret, String account, String issuer) {
		return new QrData.Builder().label(account)
			.secret(secret)
			.issuer(issuer)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD)
			.build()
			.getUri();
	}

}
