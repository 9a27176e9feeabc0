package com.massageadvisor.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the form that creates a staff account posts. */
public class NewUserForm extends NewPasswordForm {

	/** Letters without accents, digits, dots, underscores and hyphens. */
	static final String USERNAME = "[A-Za-z0-9._-]*";

	@NotBlank
	@Size(min = 3, max = 50)
	@Pattern(regexp = USERNAME)
	private @Nullable String username;

	/** The least power by default. */
	@NotNull
	private @Nullable StaffRole role = StaffRole.STAFF;

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable StaffRole getRole() {
		return this.role;
	}

	public void setRole(@Nullable StaffRole role) {
		this.role = role;
	}

}
