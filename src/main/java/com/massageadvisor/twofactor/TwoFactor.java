package com.massageadvisor.twofactor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff members' second factor: setting up an authenticator app, checking its codes and
 * the recovery codes, and turning it off.
 *
 * <p>
 * Every code typed takes one attempt before it is judged;
 * {@code clinic.login.max-failures} wrong codes in a row lock the second factor for
 * {@code clinic.login.lock-for} (and end the log-in attempt that typed them), so the
 * million possible codes cannot be tried faster than that, even in parallel. A right code
 * gives the attempts back.
 */
@Service
class TwoFactor {

	/** Recovery codes made at enrolment. */
	static final int RECOVERY_CODES = 10;

	private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z0-9]{16}");

	/** What a code typed at log-in was judged to be. */
	enum Outcome {

		/** The authenticator app's code. */
		ACCEPTED,

		/** One of the recovery codes, now used up. */
		RECOVERY_CODE,

		/** A wrong code; attempts are left. */
		WRONG,

		/** Too many wrong codes: the second factor is locked. */
		LOCKED

	}

	private final TwoFactorStore store;

	private final PasswordEncoder encoder;

	private final TwoFactorProperties properties;

	private final TotpCodes codes;

	private final Clock clock;

	TwoFactor(TwoFactorStore store, PasswordEncoder encoder, TwoFactorProperties properties, Clock clock) {
		this.store = store;
		this.encoder = encoder;
		this.properties = properties;
		this.codes = new TotpCodes(clock);
		this.clock = clock;
	}

	boolean enrolled(String username) {
		return this.store.enrolled(username);
	}

	Optional<TwoFactorStore.Enrolment> enrolment(String username) {
		return this.store.find(username);
	}

	boolean locked(String username) {
		return this.store.find(username).map((enrolment) -> enrolment.lockedAt(this.clock.instant())).orElse(false);
	}

	long lockMinutes() {
		return this.properties.lockFor().toMinutes();
	}

	int recoveryCodesLeft(String username) {
		return this.store.recoveryCodes(username).size();
	}

	/** A new secret for an authenticator app. */
	String newSecret() {
		return this.codes.newSecret();
	}

	/**
	 * Sets up an authenticator app once its first code proves that it has the secret.
	 * @param username the staff member
	 * @param secret the secret shown to them
	 * @param code the code their app shows
	 * @return the recovery codes, to show once, or empty when the code is wrong
	 */
	@Transactional
	List<String> enrol(String username, String secret, String code) {
		OptionalLong step = this.codes.step(secret, normalized(code));
		if (step.isEmpty()) {
			return List.of();
		}
		List<String> recoveryCodes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		List<String> hashes = new ArrayList<>();
		for (String recoveryCode : recoveryCodes) {
			hashes.add(this.encoder.encode(normalized(recoveryCode)));
		}
		this.store.enrol(username, secret, step.getAsLong(), hashes, this.clock.instant());
		return recoveryCodes;
	}

	/**
	 * Judges a code typed by an enrolled staff member: their app's current code (each
	 * once) or one of their recovery codes (each once).
	 * @param username the staff member
	 * @param typed what they typed
	 * @return the outcome
	 */
	@Transactional
	Outcome check(String username, String typed) {
		Optional<TwoFactorStore.Enrolment> enrolment = this.store.find(username);
		if (enrolment.isEmpty()) {
			return Outcome.WRONG;
		}
		Instant now = this.clock.instant();
		if (!this.store.takeAttempt(username, this.properties.maxFailures(), now)) {
			lock(username, now);
			return Outcome.LOCKED;
		}
		String code = normalized(typed);
		OptionalLong step = this.codes.step(enrolment.get().secret(), code);
		if (step.isPresent() && this.store.useStep(username, step.getAsLong())) {
			return Outcome.ACCEPTED;
		}
		if (RECOVERY_CODE.matcher(code).matches()) {
			for (TwoFactorStore.RecoveryCode recoveryCode : this.store.recoveryCodes(username)) {
				if (this.encoder.matches(code, recoveryCode.hash())
						&& this.store.useRecoveryCode(username, recoveryCode.slot())) {
					return Outcome.RECOVERY_CODE;
				}
			}
		}
		return lock(username, now) ? Outcome.LOCKED : Outcome.WRONG;
	}

	/** Turns the second factor off: the secret and the recovery codes are deleted. */
	@Transactional
	void disable(String username) {
		this.store.remove(username);
	}

	private boolean lock(String username, Instant now) {
		return this.store.lockIfUsedUp(username, this.properties.maxFailures(), now.plus(this.properties.lockFor()));
	}

	/** Spaces and dashes left out, letters in lower case, as codes are compared. */
	static String normalized(String typed) {
		return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

}
