package com.massageadvisor.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.audit.AuditDetail;
import com.massageadvisor.audit.AuditDetail.Term;
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
	 * A description of the filter for the audit trail, shown in the reader's language:
	 * which filters and their values, never the free text of a name search.
	 * @return an argument of {@link AuditDetail#terms}
	 */
	public String describe() {
		List<Term> terms = new ArrayList<>();
		if (this.q != null && !this.q.isBlank()) {
			terms.add(new Term("staff.filter.q", AuditDetail.label("audit.filter.notRecorded")));
		}
		if (this.goal != null) {
			terms.add(new Term("staff.filter.goal", AuditDetail.label("goal." + this.goal)));
		}
		if (this.lifestyle != null) {
			terms.add(new Term("staff.filter.lifestyle", AuditDetail.label("lifestyle." + this.lifestyle)));
		}
		if (this.severity != null) {
			terms.add(new Term("staff.filter.severity", AuditDetail
				.label(NO_WARNING.equals(this.severity) ? "staff.filter.severity.none" : "severity." + this.severity)));
		}
		if (this.status != null) {
			terms.add(new Term("staff.filter.status", AuditDetail.label("review." + this.status)));
		}
		if (this.from != null) {
			terms.add(new Term("staff.filter.from", this.from.toString()));
		}
		if (this.to != null) {
			terms.add(new Term("staff.filter.to", this.to.toString()));
		}
		if (Boolean.TRUE.equals(this.attention)) {
			terms.add(Term.named("staff.filter.attention"));
		}
		if (Boolean.TRUE.equals(this.due)) {
			terms.add(Term.named("staff.filter.due"));
		}
		return AuditDetail.terms(terms, "audit.filter.none");
	}

	private static void add(StringJoiner query, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			// a space as %20, which every reader decodes; a plus sign as %2B
			query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
		}
	}

}
