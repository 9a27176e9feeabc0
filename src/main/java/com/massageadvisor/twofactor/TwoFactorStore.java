package com.massageadvisor.twofactor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code staff_totp} and {@code staff_recovery_code}. Every change that a
 * parallel request could race is one conditional {@code UPDATE} or {@code DELETE} whose
 * count of rows says who won: a time step or a recovery code is used once, and every code
 * typed takes one attempt before it is judged.
 */
@Repository
class TwoFactorStore {

	/**
	 * A staff member's authenticator app.
	 *
	 * @param secret the secret in Base32
	 * @param lastStep the time step of the last code accepted
	 * @param lockedUntil until when codes are refused after too many wrong ones, or null
	 * @param enrolledAt when it was set up
	 */
	record Enrolment(String secret, long lastStep, @Nullable Instant lockedUntil, Instant enrolledAt) {

		boolean lockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

	}

	/**
	 * A recovery code, hashed.
	 *
	 * @param slot its number
	 * @param hash its hash
	 */
	record RecoveryCode(int slot, String hash) {
	}

	private final JdbcClient jdbc;

	TwoFactorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Enrolment> find(String username) {
		return this.jdbc
			.sql("SELECT secret, last_step, locked_until, enrolled_at FROM staff_totp WHERE username = :username")
			.param("username", username)
			.query((row, number) -> new Enrolment(row.getString("secret"), row.getLong("last_step"),
					instant(row.getObject("locked_until", OffsetDateTime.class)),
					row.getObject("enrolled_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	boolean enrolled(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM staff_totp WHERE username = :username")
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	/** Replaces any earlier enrolment; call in a transaction. */
	void enrol(String username, String secret, long step, List<String> codeHashes, Instant now) {
		remove(username);
		this.jdbc
			.sql("INSERT INTO staff_totp (username, secret, last_step, failed_codes, enrolled_at) "
					+ "VALUES (:username, :secret, :step, 0, :now)")
			.param("username", username)
			.param("secret", secret)
			.param("step", step)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		for (int slot = 0; slot < codeHashes.size(); slot++) {
			this.jdbc
				.sql("INSERT INTO staff_recovery_code (username, slot, code_hash) VALUES (:username, :slot, :hash)")
				.param("username", username)
				.param("slot", slot)
				.param("hash", codeHashes.get(slot))
				.update();
		}
	}

	void remove(String username) {
		this.jdbc.sql("DELETE FROM staff_recovery_code WHERE username = :username")
			.param("username", username)
			.update();
		this.jdbc.sql("DELETE FROM staff_totp WHERE username = :username").param("username", username).update();
	}

	/**
	 * Takes one attempt at a code, unless the second factor is locked or its attempts are
	 * used up.
	 * @return false when no attempt is left
	 */
	boolean takeAttempt(String username, int maxFailures, Instant now) {
		return this.jdbc
			.sql("UPDATE staff_totp SET failed_codes = failed_codes + 1 WHERE username = :username "
					+ "AND failed_codes < :max AND (locked_until IS NULL OR locked_until <= :now)")
			.param("username", username)
			.param("max", maxFailures)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * Locks the second factor when its attempts are used up.
	 * @return true when it is locked now
	 */
	boolean lockIfUsedUp(String username, int maxFailures, Instant until) {
		return this.jdbc
			.sql("UPDATE staff_totp SET failed_codes = 0, locked_until = :until "
					+ "WHERE username = :username AND failed_codes >= :max")
			.param("username", username)
			.param("max", maxFailures)
			.param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * Uses a time step: true when no code of this or a later step was accepted before.
	 * Gives the attempts back.
	 */
	boolean useStep(String username, long step) {
		return this.jdbc
			.sql("UPDATE staff_totp SET last_step = :step, failed_codes = 0 "
					+ "WHERE username = :username AND last_step < :step")
			.param("username", username)
			.param("step", step)
			.update() == 1;
	}

	List<RecoveryCode> recoveryCodes(String username) {
		return this.jdbc.sql("SELECT slot, code_hash FROM staff_recovery_code WHERE username = :username ORDER BY slot")
			.param("username", username)
			.query((row, number) -> new RecoveryCode(row.getInt("slot"), row.getString("code_hash")))
			.list();
	}

	/** Uses a recovery code: true when it was still there. Gives the attempts back. */
	boolean useRecoveryCode(String username, int slot) {
		boolean used = this.jdbc.sql("DELETE FROM staff_recovery_code WHERE username = :username AND slot = :slot")
			.param("username", username)
			.param("slot", slot)
			.update() == 1;
		if (used) {
			this.jdbc.sql("UPDATE staff_totp SET failed_codes = 0 WHERE username = :username")
				.param("username", username)
				.update();
		}
		return used;
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
