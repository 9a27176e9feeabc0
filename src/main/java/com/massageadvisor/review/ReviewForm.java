package com.massageadvisor.review;

import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.validation.PrintableText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The review a staff member saves on an assessment, with the version they saw. */
public class ReviewForm {

	@NotNull
	private @Nullable ReviewStatus status;

	@Size(max = 2000)
	@PrintableText(PrintableText.LINES)
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
