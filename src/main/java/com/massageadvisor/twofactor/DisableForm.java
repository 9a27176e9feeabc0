package com.massageadvisor.twofactor;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a staff member posts to turn their second factor off: password and a code. */
public class DisableForm extends CodeForm {

	@NotEmpty
	@Size(max = 200)
	private String password = "";

	public String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = (password != null) ? password : "";
	}

}
