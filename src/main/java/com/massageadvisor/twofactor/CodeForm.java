package com.massageadvisor.twofactor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A one-time code typed by a staff member: their authenticator app's six digits or a
 * recovery code.
 */
public class CodeForm {

	@NotBlank
	@Size(max = 40)
	private String code = "";

	public String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = (code != null) ? code : "";
	}

}
