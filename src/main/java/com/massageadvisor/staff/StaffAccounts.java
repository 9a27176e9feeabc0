package com.massageadvisor.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditDetail;
import com.massageadvisor.audit.AuditTrail;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates and changes staff accounts, and keeps count of failed log-ins. */
@Service
public class StaffAccounts {

	private final StaffUserRepository users;

	private final PasswordEncoder encoder;

	private final LoginProperties login;

	private final Clock clock;

	private final AuditTrail audit;

	private final SessionRegistry sessions;

	private final TransactionTemplate transactions;

	StaffAccounts(StaffUserRepository users, PasswordEncoder encoder, LoginProperties login, Clock clock,
			AuditTrail audit, SessionRegistry sessions, PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
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
		return create(username, password, role, actor, false);
	}

	/**
	 * Creates an account, which may have to choose a new password at its first log-in.
	 * @param username the name to log in with
	 * @param password the password
	 * @param role what the account may do
	 * @param actor who creates it, for the audit trail
	 * @param mustChangePassword whether every staff page leads to the account page until
	 * the password is changed
	 * @return the account
	 * @throws UsernameTakenException when the name is taken
	 */
	@Transactional
	public StaffUser create(String username, String password, StaffRole role, String actor,
			boolean mustChangePassword) {
		PasswordPolicy.require(password, username);
		if (this.users.findByUsername(username).isPresent()) {
			throw new UsernameTakenException(username);
		}
		try {
			StaffUser user = new StaffUser(username, this.encoder.encode(password), role, this.clock.instant());
			user.setMustChangePassword(mustChangePassword);
			user = this.users.saveAndFlush(user);
			this.audit.record(actor, AuditAction.ACCOUNT_CREATED, null,
					AuditDetail.of("audit.detail.accountCreated", username, AuditDetail.label("staffRole." + role)));
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
		return this.users.countAccounts() > 0;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.countNamed(username) > 0;
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
		this.audit.record(actor, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, null, AuditDetail
			.of(enabled ? "audit.detail.accountEnabled" : "audit.detail.accountDisabled", user.getUsername()));
		if (!enabled) {
			endSessions(user.getUsername(), null);
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
		StaffUser user = this.users.findById(id).orElseThrow();
		PasswordPolicy.require(password, user.getUsername());
		user.changePassword(this.encoder.encode(password));
		user.unlock();
		this.audit.record(actor, AuditAction.PASSWORD_RESET, null,
				AuditDetail.of("audit.detail.passwordReset", user.getUsername()));
		endSessions(user.getUsername(), null);
	}

	/**
	 * Ends the open sessions of a user: their next request needs a new log-in.
	 * @param username the user
	 * @param keep the id of a session to keep, or null to end them all
	 * @return how many were ended
	 */
	private int endSessions(String username, @Nullable String keep) {
		// the sessions are found by the principal's name (Spring Session's index)
		List<SessionInformation> ended = this.sessions.getAllSessions(username, false)
			.stream()
			.filter((session) -> !session.getSessionId().equals(keep))
			.toList();
		ended.forEach(SessionInformation::expireNow);
		return ended.size();
	}

	/** What became of a change of one's own password. */
	public enum PasswordChange {

		/** The password is changed, the other sessions ended. */
		CHANGED,
		/** The current password was wrong; the attempt is counted. */
		WRONG,
		/**
		 * No attempt is left: the account is locked for {@code clinic.login.lock-for} and
		 * its sessions are ended.
		 */
		LOCKED

	}

	/**
	 * Changes one's own password, given the current one. A wrong current password counts
	 * against the same allowance as a failed log-in ({@code clinic.login.max-failures}),
	 * taken before the password is compared, in one statement, so that parallel guesses
	 * are counted one by one; the failure that uses it up locks the account and ends all
	 * its sessions. A change ends every other session of the account, lifts the duty to
	 * change the password, and is audited.
	 * @param username the account
	 * @param current the current password
	 * @param replacement the new password
	 * @param session the id of the session the change comes from, which stays open; null
	 * to end them all
	 * @return what happened
	 */
	public PasswordChange changeOwnPassword(String username, String current, String replacement,
			@Nullable String session) {
		PasswordPolicy.require(replacement, username);
		Instant now = this.clock.instant();
		// each step in a short transaction of its own, as for a log-in: the row is not
		// held while the password is compared
		if (!Boolean.TRUE.equals(this.transactions
			.execute((status) -> this.users.takeAttempt(username, this.login.maxFailures(), now) == 1))) {
			endSessions(username, null);
			return PasswordChange.LOCKED;
		}
		String hash = this.transactions
			.execute((status) -> this.users.findByUsername(username).map(StaffUser::getPasswordHash).orElse(null));
		if (hash == null || !this.encoder.matches(current, hash)) {
			boolean locked = Boolean.TRUE.equals(this.transactions.execute((status) -> {
				boolean lockedNow = this.users.lockWhenExhausted(username, this.login.maxFailures(), now,
						now.plus(this.login.lockFor())) == 1;
				this.audit.record(username, AuditAction.PASSWORD_REFUSED, null,
						AuditDetail.of("audit.detail.passwordChangeFailed"));
				if (lockedNow) {
					this.audit.record(username, AuditAction.LOCKED_OUT, null, AuditDetail.of("audit.detail.lockedOut",
							this.login.maxFailures(), this.login.lockFor().toMinutes()));
				}
				return lockedNow;
			}));
			if (locked) {
				endSessions(username, null);
				return PasswordChange.LOCKED;
			}
			return PasswordChange.WRONG;
		}
		String encoded = this.encoder.encode(replacement);
		this.transactions.executeWithoutResult((status) -> {
			this.users.clearFailures(username);
			// the update above cleared the persistence context: load the account now
			StaffUser user = this.users.findByUsername(username).orElseThrow();
			user.changePassword(encoded);
			user.setMustChangePassword(false);
			int ended = endSessions(username, session);
			this.audit.record(username, AuditAction.PASSWORD_CHANGED, null,
					AuditDetail.of("audit.detail.passwordChanged", ended));
		});
		return PasswordChange.CHANGED;
	}

	/**
	 * Whether an account must choose a new password before anything else.
	 * @param username the account
	 * @return true for the generated first administrator until its password is changed
	 */
	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return this.users.findByUsername(username).map(StaffUser::isMustChangePassword).orElse(false);
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
	 * account when the allowance is used up; both are audited.
	 * @param username the name that was tried; unknown names are audited only
	 * @return true when this failure locked the account
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean failedLogin(String username) {
		Instant now = this.clock.instant();
		boolean known = this.users.findByUsername(username).isPresent();
		boolean locked = this.users.lockWhenExhausted(username, this.login.maxFailures(), now,
				now.plus(this.login.lockFor())) == 1;
		this.audit.record(username, AuditAction.LOGIN_FAILED, null,
				AuditDetail.of(known ? "audit.detail.loginFailed.password" : "audit.detail.loginFailed.unknown"));
		if (locked) {
			this.audit.record(username, AuditAction.LOCKED_OUT, null, AuditDetail.of("audit.detail.lockedOut",
					this.login.maxFailures(), this.login.lockFor().toMinutes()));
		}
		return locked;
	}

	/**
	 * Audits a log-in refused before its password was judged.
	 * @param username the name that was tried
	 * @param disabled whether the account is disabled (else it is locked)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refusedLogin(String username, boolean disabled) {
		this.audit.record(username, AuditAction.LOGIN_FAILED, null,
				AuditDetail.of(disabled ? "audit.detail.loginFailed.disabled" : "audit.detail.loginFailed.locked"));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeededLogin(String username) {
		this.users.clearFailures(username);
		this.audit.record(username, AuditAction.LOGIN, null, AuditDetail.of("audit.detail.login"));
	}

}
