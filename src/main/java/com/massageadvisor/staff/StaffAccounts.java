package com.massageadvisor.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditTrail;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes staff accounts, and keeps count of failed log-ins. */
@Service
public class StaffAccounts {

	private final StaffUserRepository users;

	private final PasswordEncoder encoder;

	private final LoginProperties login;

	private final Clock clock;

	private final AuditTrail audit;

	private final SessionRegistry sessions;

	StaffAccounts(StaffUserRepository users, PasswordEncoder encoder, LoginProperties login, Clock clock,
			AuditTrail audit, SessionRegistry sessions) {
		this.users = users;
		this.encoder = encoder;
		this.login = login;
		this.clock = clock;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** Thrown when a username is already taken. */
	public static class UsernameTakenException extends RuntimeException {

		UsernameTakenException(String username) {
			super("Username already taken: " + username);
		}

	}

	/**
	 * Creates an account.
	 * @param username the name to log in with
	 * @param password the password, at least {@value LoginProperties#MIN_PASSWORD_LENGTH}
	 * characters
	 * @param role what the account may do
	 * @param actor who creates it, for the audit trail
	 * @return the account
	 * @throws UsernameTakenException when the name is taken
	 */
	@Transactional
	public StaffUser create(String username, String password, StaffRole role, String actor) {
		requireStrong(password);
		if (this.users.findByUsername(username).isPresent()) {
			throw new UsernameTakenException(username);
		}
		try {
			StaffUser user = this.users
				.saveAndFlush(new StaffUser(username, this.encoder.encode(password), role, this.clock.instant()));
			this.audit.record(actor, AuditAction.ACCOUNT_CREATED, null, "user=" + username + ", role=" + role);
			return user;
		}
		catch (DataIntegrityViolationException ex) {
			throw new UsernameTakenException(username);
		}
	}

	@Transactional(readOnly = true)
	public List<StaffUser> all() {
		return this.users.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public Optional<StaffUser> find(long id) {
		return this.users.findById(id);
	}

	@Transactional(readOnly = true)
	public boolean any() {
		return this.users.count() > 0;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.findByUsername(username).isPresent();
	}

	/**
	 * Whether a name is taken, ignoring case: "Anna" and "anna" would be too easy to
	 * mistake for one another.
	 * @param username the name
	 * @return true when an account has it, in any case
	 */
	@Transactional(readOnly = true)
	public boolean taken(String username) {
		return this.users.existsByUsernameIgnoreCase(username);
	}

	/**
	 * Enables or disables an account; a disabled account cannot log in, and its open
	 * sessions end.
	 * @param id the account
	 * @param enabled the new state
	 * @param actor who does it, for the audit trail
	 * @throws java.util.NoSuchElementException when there is no such account
	 */
	@Transactional
	public void setEnabled(long id, boolean enabled, String actor) {
		StaffUser user = this.users.findById(id).orElseThrow();
		user.setEnabled(enabled);
		this.audit.record(actor, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, null,
				"user=" + user.getUsername());
		if (!enabled) {
			endSessions(user.getUsername());
		}
	}

	/**
	 * Sets a new password chosen by an administrator, lifts any lock-out and ends the
	 * account's open sessions.
	 * @param id the account
	 * @param password the new password
	 * @param actor who does it, for the audit trail
	 * @throws java.util.NoSuchElementException when there is no such account
	 */
	@Transactional
	public void resetPassword(long id, String password, String actor) {
		requireStrong(password);
		StaffUser user = this.users.findById(id).orElseThrow();
		user.changePassword(this.encoder.encode(password));
		user.unlock();
		this.audit.record(actor, AuditAction.PASSWORD_RESET, null, "user=" + user.getUsername());
		endSessions(user.getUsername());
	}

	/** Ends every open session of a user: their next request needs a new log-in. */
	private void endSessions(String username) {
		// the sessions are found by the principal's name (Spring Session's index)
		this.sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow);
	}

	/**
	 * Changes one's own password, given the current one.
	 * @param username the account
	 * @param current the current password
	 * @param replacement the new password
	 * @return false when the current password is wrong
	 */
	@Transactional
	public boolean changeOwnPassword(String username, String current, String replacement) {
		requireStrong(replacement);
		StaffUser user = this.users.findByUsername(username).orElse(null);
		if (user == null || !this.encoder.matches(current, user.getPasswordHash())) {
			return false;
		}
		user.changePassword(this.encoder.encode(replacement));
		return true;
	}

	/**
	 * Takes one attempt from a user's allowance before their password is compared, in a
	 * transaction of its own.
	 * @param username the name that was tried
	 * @return false when the account is locked, or its allowance is taken by attempts
	 * under way
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean takeLoginAttempt(String username) {
		return this.users.takeAttempt(username, this.login.maxFailures(), this.clock.instant()) == 1;
	}

	/**
	 * Counts a failed log-in for a user (its attempt was already counted), locking the
	 * account when the allowance is used up.
	 * @param username the name that was tried; unknown names are ignored
	 * @return true when this failure locked the account
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean failedLogin(String username) {
		Instant now = this.clock.instant();
		return this.users.lockWhenExhausted(username, this.login.maxFailures(), now,
				now.plus(this.login.lockFor())) == 1;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeededLogin(String username) {
		this.users.clearFailures(username);
	}

	/**
	 * Refuses a password shorter than the minimum, or longer than BCrypt can hash (72
	 * bytes).
	 * @param password the password
	 */
	static void requireStrong(String password) {
		if (!LoginProperties.acceptable(password)) {
			throw new IllegalArgumentException("A password must have at least " + LoginProperties.MIN_PASSWORD_LENGTH
					+ " characters and at most " + LoginProperties.MAX_PASSWORD_BYTES + " bytes");
		}
	}

}
