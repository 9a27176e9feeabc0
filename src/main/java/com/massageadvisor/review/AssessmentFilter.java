package com.massageadvisor.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The staff list's search and filters, bound from the query string so that a filtered
 * list has a link of its own (and the CSV export exports exactly what the list shows).
 */
public class AssessmentFilter {

	/** The fields a request may set: the binder ignores every other parameter. */
	static final List<String> FIELDS = List.of("q", "goal", "lifestyle", "severity", "status", "from", "to",
			"attention", "due", "after", "before");

	/** The severity filter's value for assessments without any warning. */
	public static final String NO_WARNING = "NONE";

	/** The dates a filter may name. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

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

	/**
	 * Only the assessments whose latest check-in needs attention: a REFER or STOP step, a
	 * red flag, or more pain than at the start.
	 */
	private @Nullable Boolean attention;

	/** Only the assessments whose next check-in is overdue. */
	private @Nullable Boolean due;

	/** Show the assessments older than this one (the next page). */
	private @Nullable ListPosition after;

	/** Show the assessments newer than this one (the previous page). */
	private @Nullable ListPosition before;

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

	public @Nullable ListPosition getAfter() {
		return this.after;
	}

	public void setAfter(@Nullable ListPosition after) {
		this.after = after;
	}

	public @Nullable ListPosition getBefore() {
		return this.before;
	}

	public void setBefore(@Nullable ListPosition before) {
		this.before = before;
	}

	public @Nullable Boolean getAttention() {
		return this.attention;
	}

	public void setAttention(@Nullable Boolean attention) {
		this.attention = attention;
	}

	public @Nullable Boolean getDue() {
		return this.due;
	}

	public void setDue(@Nullable Boolean due) {
		this.due = due;
	}

	/**
	 * Whether this is the first page, the newest assessments.
	 * @return true without a position
	 */
	public boolean isNewest() {
		return this.after == null && this.before == null;
	}

	/**
	 * Whether both dates lie between 1900 and 9999.
	 * @return true when they do or are not given
	 */
	@AssertTrue
	public boolean isDatesInRange() {
		return inRange(this.from) && inRange(this.to);
	}

	private static boolean inRange(@Nullable LocalDate date) {
		return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
	}

	/**
	 * The query string of this filter, for the link to the export and to the newest
	 * assessments. Every value is form-encoded, so that a search for "C++" stays "C++".
	 * @return for example {@code goal=CHRONIC_PAIN&status=NEW}
	 */
	public String query() {
		StringJoiner query = new StringJoiner("&");
		add(query, "q", this.q);
		add(query, "goal", this.goal);
		add(query, "lifestyle", this.lifestyle);
		add(query, "severity", this.severity);
		add(query, "status", this.status);
		add(query, "from", this.from);
		add(query, "to", this.to);
		add(query, "attention", Boolean.TRUE.equals(this.attention) ? true : null);
		add(query, "due", Boolean.TRUE.equals(this.due) ? true : null);
		return query.toString();
	}

	/**
	 * The query string of this filter from a position in the list, for the links to older
	 * and newer assessments.
	 * @param direction {@code after} (older) or {@code before} (newer)
	 * @param position where the other page starts
	 * @return for example {@code goal=CHRONIC_PAIN&after=2026-11-21T09:30:00Z_1234}
	 */
	public String query(String direction, ListPosition position) {
		StringJoiner query = new StringJoiner("&");
		String filter = query();
		if (!filter.isEmpty()) {
			query.add(filter);
		}
		add(query, direction.equals("before") ? "before" : "after", position);
		return query.toString();
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
		if (Boolean.TRUE.equals(this.attention)) {
			parts.add("needs attention");
		}
		if (Boolean.TRUE.equals(this.due)) {
			parts.add("check-in due");
		}
		return parts.isEmpty() ? "all" : String.join(", ", parts);
	}

	private static void add(StringJoiner query, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			// a space as %20, which every reader decodes; a plus sign as %2B
			query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
		}
	}

}
