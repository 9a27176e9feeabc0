package com.massageadvisor.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.rules.Severity;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a filter into a query. Every condition compares an indexed column with a
 * constant: the name search is a case-insensitive match on the start of the name or
 * reference, which the index on {@code client_name_key} serves, so the list stays fast
 * however many rows there are.
 */
final class AssessmentSearch {

	/** Newest first; the id breaks ties between assessments of the same instant. */
	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private AssessmentSearch() {
	}

	static Specification<Assessment> of(AssessmentFilter filter, ZoneId zone, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			String q = filter.getQ();
			if (q != null && !q.isBlank()) {
				where.add(cb.like(root.get("clientNameKey"), escape(Assessment.searchKey(q)) + "%", '\\'));
			}
			if (filter.getGoal() != null) {
				where.add(cb.equal(root.get("goal"), filter.getGoal()));
			}
			if (filter.getLifestyle() != null) {
				where.add(cb.equal(root.get("lifestyle"), filter.getLifestyle()));
			}
			String severity = filter.getSeverity();
			if (AssessmentFilter.NO_WARNING.equals(severity)) {
				where.add(cb.isNull(root.get("highestSeverity")));
			}
			else if (severity != null && !severity.isBlank()) {
				where.add(cb.equal(root.get("highestSeverity"), Severity.valueOf(severity)));
			}
			if (filter.getStatus() != null) {
				where.add(cb.equal(root.get("reviewStatus"), filter.getStatus()));
			}
			if (filter.getFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("createdAt"),
						filter.getFrom().atStartOfDay(zone).toInstant()));
			}
			if (filter.getTo() != null) {
				where
					.add(cb.lessThan(root.get("createdAt"), filter.getTo().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (Boolean.TRUE.equals(filter.getDue())) {
				// kept on the assessment from its submission on, so that one with no
				// check-in yet is due too (ix_assessment_check_in_due)
				where.add(cb.lessThan(root.get("checkInDueOn"), today));
			}
			if (Boolean.TRUE.equals(filter.getAttention())) {
				// kept on the assessment: a red flag in the questionnaire or a latest
				// check-in that needs attention (ix_assessment_attention)
				where.add(cb.isTrue(root.get("needsAttention")));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * The assessments past a position of the list: older than it ({@code newer} false) or
	 * newer. Written {@code created_at <= t AND (created_at < t OR id < i)}: the first
	 * condition lets the database seek the index range, where the equivalent
	 * {@code created_at < t OR (created_at = t AND id < i)} (Spring Data's keyset
	 * scrolling writes this one) made H2 read the index from the newest row on, 2.3 s for
	 * a position half-way down a million rows, against 13 ms.
	 */
	static Predicate beyond(ListPosition position, boolean newer, Root<Assessment> root, CriteriaBuilder cb) {
		Path<Instant> createdAt = root.get("createdAt");
		Path<Long> id = root.get("id");
		if (newer) {
			return cb.and(cb.greaterThanOrEqualTo(createdAt, position.createdAt()),
					cb.or(cb.greaterThan(createdAt, position.createdAt()), cb.greaterThan(id, position.id())));
		}
		return cb.and(cb.lessThanOrEqualTo(createdAt, position.createdAt()),
				cb.or(cb.lessThan(createdAt, position.createdAt()), cb.lessThan(id, position.id())));
	}

	/**
	 * The order of a page: newest first (oldest first for a page of newer assessments,
	 * turned round afterwards), led by the column of one equality filter. Leading with a
	 * column that has one value changes nothing in the order, but lets H2 read the rows
	 * in the order of that filter's index, {@code (goal, created_at DESC, id DESC)} for
	 * example, and stop after a page, instead of sorting every match: 57 s for the goal
	 * filter on a million rows before, a few milliseconds after. The lead is the filter
	 * with the most distinct values, whose index H2 chooses.
	 */
	static List<Order> order(AssessmentFilter filter, boolean newer, Root<Assessment> root, CriteriaBuilder cb) {
		List<Order> order = new ArrayList<>();
		String lead = leadingColumn(filter);
		if (lead != null) {
			order.add(cb.asc(root.get(lead)));
		}
		Path<Instant> createdAt = root.get("createdAt");
		Path<Long> id = root.get("id");
		order.add(newer ? cb.asc(createdAt) : cb.desc(createdAt));
		order.add(newer ? cb.asc(id) : cb.desc(id));
		return order;
	}

	/**
	 * The order of the CSV export: that of the list, for the same reason.
	 * @param filter the filters
	 * @return newest first, led by the column of one equality filter
	 */
	static Sort sort(AssessmentFilter filter) {
		String lead = leadingColumn(filter);
		return (lead != null) ? Sort.by(lead).and(NEWEST_FIRST) : NEWEST_FIRST;
	}

	private static @Nullable String leadingColumn(AssessmentFilter filter) {
		String severity = filter.getSeverity();
		if (Boolean.TRUE.equals(filter.getAttention())) {
			// few rows need attention: read them in the list's order, not every row
			return "needsAttention";
		}
		if (filter.getLifestyle() != null) {
			return "lifestyle";
		}
		if (severity != null && !severity.isBlank()) {
			return "highestSeverity";
		}
		if (filter.getGoal() != null) {
			return "goal";
		}
		if (filter.getStatus() != null) {
			return "reviewStatus";
		}
		return null;
	}

	/** Escapes the wildcards of LIKE, so that a search for "50%" finds "50%" only. */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
