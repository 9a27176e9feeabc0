package com.massageadvisor.staff;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new password, typed twice: what every form that sets a password shares. A password is
 * taken exactly as typed, spaces included, and is never shown again in a form.
 */
public abstract class NewPasswordForm {

	/** The longest password in UTF-8 bytes: BCrypt refuses more. */
	static final int MAX_PASSWORD_BYTES = 72;

	@Size(min = LoginProperties.MIN_PASSWORD_LENGTH)
	@MaxBytes(MAX_PASSWORD_BYTES)
	private String password = "";

	@NotEmpty
	private String confirmation = "";

	/**
	 * Whether the password was typed the same twice.
	 * @return true when the two are equal
	 */
	boolean isConfirmed() {
		return this.password.equals(this.confirmation);
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = (password != null) ? password : "";
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(@Nullable String confirmation) {
		this.confirmation = (confirmation != null) ? confirmation : "";
	}

}
