package com.massageadvisor.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A staff account. The password is only ever held as a hash of the delegating encoder.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
	@SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 50, updatable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private StaffRole role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	/**
	 * Whether every staff page leads to the account page until the password is changed.
	 */
	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private int version;

	/** For JPA. */
	@SuppressWarnings("NullAway.Init")
	protected StaffUser() {
	}

	StaffUser(String username, String passwordHash, StaffRole role, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = now;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public @Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	void setMustChangePassword(boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Whether the account is locked at the given time.
	 * @param now the time
	 * @return true during a lock-out
	 */
	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void succeededLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void unlock() {
		succeededLogin();
	}

}
