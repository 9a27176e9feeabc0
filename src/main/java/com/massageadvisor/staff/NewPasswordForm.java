package com.massageadvisor.staff;

import com.massageadvisor.validation.MaxBytes;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new password, typed twice: what every form that sets a password shares. A password is
 * taken exactly as typed, spaces included, and is never shown again in a form.
 */
@PasswordsMatch
public abstract class NewPasswordForm {

	@Size(min = LoginProperties.MIN_PASSWORD_LENGTH)
	@MaxBytes(LoginProperties.MAX_PASSWORD_BYTES)
	private String password = "";

	@NotEmpty
	private String confirmation = "";

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
