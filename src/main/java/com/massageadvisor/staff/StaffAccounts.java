package com.massageadvisor.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
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

	StaffAccounts(StaffUserRepository users, PasswordEncoder encoder, LoginProperties login, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.login = login;
		this.clock = clock;
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
	 * @return the account
	 * @throws UsernameTakenException when the name is taken
	 */
	@Transactional
	public StaffUser create(String username, String password, StaffRole role) {
		requireStrong(password);
		if (this.users.findByUsername(username).isPresent()) {
			throw new UsernameTakenException(username);
		}
		try {
			return this.users
				.saveAndFlush(new StaffUser(username, this.encoder.encode(password), role, this.clock.instant()));
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
	 * Enables or disables an account; a disabled account cannot log in.
	 * @param id the account
	 * @param enabled the new state
	 */
	@Transactional
	public void setEnabled(long id, boolean enabled) {
		this.users.findById(id).ifPresent((user) -> user.setEnabled(enabled));
	}

	/**
	 * Sets a new password chosen by an administrator, and lifts any lock-out.
	 * @param id the account
	 * @param password the new password
	 */
	@Transactional
	public void resetPassword(long id, String password) {
		requireStrong(password);
		this.users.findById(id).ifPresent((user) -> {
			user.changePassword(this.encoder.encode(password));
			user.unlock();
		});
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
	 * Counts a failed log-in for a user, in a transaction of its own.
	 * @param username the name that was tried; unknown names are ignored
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failedLogin(String username) {
		this.users.findByUsername(username)
			.ifPresent(
					(user) -> user.failedLogin(this.clock.instant(), this.login.maxFailures(), this.login.lockFor()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeededLogin(String username) {
		this.users.findByUsername(username).ifPresent(StaffUser::succeededLogin);
	}

	private static void requireStrong(String password) {
		if (password.length() < LoginProperties.MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"A password must have at least " + LoginProperties.MIN_PASSWORD_LENGTH + " characters");
		}
	}

}
