package com.massageadvisor.staff;

import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

/** What a staff member posts to change their own password. */
public class PasswordChangeForm extends NewPasswordForm {

	@NotEmpty
	private String current = "";

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(@Nullable String current) {
		this.current = (current != null) ? current : "";
	}

}
