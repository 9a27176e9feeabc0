package com.massageadvisor.review;

import com.massageadvisor.assessment.ReviewStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The review a staff member saves on an assessment, with the version they saw. */
public class ReviewForm {

	@NotNull
	private @Nullable ReviewStatus status;

	@Size(max = 2000)
	/**
	 * Lines of printable text: no control characters (C0, DEL, C1) but line breaks and
	 * tabs, no bidi overrides.
	 */
	// one character class, so that matching a long note needs no recursion
	@Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]*")
	private @Nullable String note;

	private int version;

	public @Nullable ReviewStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable ReviewStatus status) {
		this.status = status;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
