package com.massageadvisor.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff list's search and filters, bound from the query string so that a filtered
 * list has a link of its own (and the CSV export exports exactly what the list shows).
 */
public class AssessmentFilter {

	/** The severity filter's value for assessments without any warning. */
	public static final String NO_WARNING = "NONE";

	@Size(max = 100)
	private @Nullable String q;

	private @Nullable Goal goal;

	private @Nullable Lifestyle lifestyle;

	/** A {@link com.massageadvisor.rules.Severity} name, or {@link #NO_WARNING}. */
	@Pattern(regexp = "STOP|CONSULT|CAUTION|INFO|" + NO_WARNING)
	private @Nullable String severity;

	private @Nullable ReviewStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	@Min(0)
	private int page;

	public @Nullable String getQ() {
		return this.q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable Goal getGoal() {
		return this.goal;
	}

	public void setGoal(@Nullable Goal goal) {
		this.goal = goal;
	}

	public @Nullable Lifestyle getLifestyle() {
		return this.lifestyle;
	}

	public void setLifestyle(@Nullable Lifestyle lifestyle) {
		this.lifestyle = lifestyle;
	}

	public @Nullable String getSeverity() {
		return this.severity;
	}

	public void setSeverity(@Nullable String severity) {
		this.severity = severity;
	}

	public @Nullable ReviewStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable ReviewStatus status) {
		this.status = status;
	}

	public @Nullable LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return this.to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	/**
	 * The query string of this filter, for links to other pages of the list and to the
	 * export.
	 * @param page the page to link to, or a negative number for none
	 * @return for example {@code goal=CHRONIC_PAIN&page=2}
	 */
	public String query(int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		add(builder, "q", this.q);
		add(builder, "goal", this.goal);
		add(builder, "lifestyle", this.lifestyle);
		add(builder, "severity", this.severity);
		add(builder, "status", this.status);
		add(builder, "from", this.from);
		add(builder, "to", this.to);
		if (page > 0) {
			builder.queryParam("page", page);
		}
		String query = builder.encode().build().getQuery();
		return (query != null) ? query : "";
	}

	/**
	 * A description of the filter for the audit trail: which filters, never their free
	 * text.
	 * @return for example {@code goal=CHRONIC_PAIN, name search}
	 */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (this.q != null && !this.q.isBlank()) {
			parts.add("name search");
		}
		if (this.goal != null) {
			parts.add("goal=" + this.goal);
		}
		if (this.lifestyle != null) {
			parts.add("lifestyle=" + this.lifestyle);
		}
		if (this.severity != null) {
			parts.add("severity=" + this.severity);
		}
		if (this.status != null) {
			parts.add("status=" + this.status);
		}
		if (this.from != null) {
			parts.add("from=" + this.from);
		}
		if (this.to != null) {
			parts.add("to=" + this.to);
		}
		return parts.isEmpty() ? "all" : String.join(", ", parts);
	}

	private static void add(UriComponentsBuilder builder, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			builder.queryParam(name, value);
		}
	}

}
