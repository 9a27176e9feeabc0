package com.massageadvisor.review;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.rules.Severity;
import jakarta.persistence.criteria.Predicate;

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

	static Specification<Assessment> of(AssessmentFilter filter, ZoneId zone) {
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
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Escapes the wildcards of LIKE, so that a search for "50%" finds "50%" only. */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
