package com.massageadvisor.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentNameWord;
import com.massageadvisor.assessment.NameWords;
import com.massageadvisor.rules.Severity;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a filter into a query. Every condition compares an indexed column with a
 * constant, so the list stays fast however many rows there are: the name search finds the
 * names with a word starting with each word of the search, accents and case aside
 * ({@link NameWords}), in the index of the names' words ({@link AssessmentNameWord}).
 */
final class AssessmentSearch {

	/** Newest first; the id breaks ties between assessments of the same instant. */
	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private AssessmentSearch() {
	}

	static Specification<Assessment> of(AssessmentFilter filter, ZoneId zone, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = filters(filter, zone, today, root, query, cb);
			List<String> words = searchWords(filter);
			if (words != null) {
				// every word of the search starts a word of the name: the ids of each
				// word's matches, from the index of the words (the CSV export; the list
				// reads the words in its order instead, see StaffAssessments)
				for (String word : words) {
					Subquery<Long> matches = query.subquery(Long.class);
					Root<AssessmentNameWord> w = matches.from(AssessmentNameWord.class);
					matches.select(w.get("assessmentId")).where(startsWith(word, w, cb));
					where.add(root.get("id").in(matches));
				}
				if (words.isEmpty()) {
					where.add(cb.disjunction());
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * The words of the name search, folded as the names' words are.
	 * @param filter the filters
	 * @return null without a search; empty for a search without any letter or digit,
	 * which matches nothing
	 */
	static @Nullable List<String> searchWords(AssessmentFilter filter) {
		String q = filter.getQ();
		return (q != null && !q.isBlank()) ? NameWords.ofSearch(q) : null;
	}

	/**
	 * The word of a search that the list reads the index with: the longest, which is
	 * likely to match the fewest names.
	 * @param words the words of the search, at least one
	 * @return one of them
	 */
	static String leadingWord(List<String> words) {
		String lead = words.get(0);
		for (String word : words) {
			if (word.codePointCount(0, word.length()) > lead.codePointCount(0, lead.length())) {
				lead = word;
			}
		}
		return lead;
	}

	/**
	 * The conditions of a name search on the words of the names, read from the index in
	 * the list's order: the leading word by its start ({@code word_start = 'mar' AND word
	 * LIKE 'mart%'}, the index's range for one start, newest first), every other word of
	 * the search by a word of the same assessment (its primary key).
	 * @param words the words of the search
	 * @param lead the word that reads the index
	 * @param word the names' words
	 * @param query the query the conditions belong to
	 * @param cb the criteria builder
	 * @return the conditions
	 */
	static List<Predicate> nameSearch(List<String> words, String lead, Root<AssessmentNameWord> word,
			CommonAbstractCriteria query, CriteriaBuilder cb) {
		List<Predicate> where = new ArrayList<>(List.of(startsWith(lead, word, cb)));
		for (String other : words) {
			if (!other.equals(lead)) {
				Subquery<Integer> also = query.subquery(Integer.class);
				Root<AssessmentNameWord> w = also.from(AssessmentNameWord.class);
				also.select(cb.literal(1))
					.where(cb.equal(w.get("assessmentId"), word.get("assessmentId")),
							cb.like(w.get("word"), escape(other) + "%", '\\'));
				where.add(cb.exists(also));
			}
		}
		return where;
	}

	/**
	 * A name's word that starts with a word of the search: by the word's start when the
	 * search word is at least as long (an equality, which reads the index in the list's
	 * order), else by a range of starts.
	 */
	private static Predicate startsWith(String searched, Root<AssessmentNameWord> word, CriteriaBuilder cb) {
		Predicate prefix = cb.like(word.get("word"), escape(searched) + "%", '\\');
		if (NameWords.hasFullStart(searched)) {
			return cb.and(cb.equal(word.get("wordStart"), NameWords.start(searched)), prefix);
		}
		return cb.and(cb.like(word.get("wordStart"), escape(searched) + "%", '\\'), prefix);
	}

	/**
	 * The conditions of every filter but the name search, on the assessment.
	 * @param filter the filters
	 * @param zone the clinic's time zone, for the dates
	 * @param today today in that zone, for the check-ins due
	 * @param root the assessment
	 * @param query the query the conditions belong to
	 * @param cb the criteria builder
	 * @return the conditions, none when nothing is filtered
	 */
	static List<Predicate> filters(AssessmentFilter filter, ZoneId zone, LocalDate today, Root<Assessment> root,
			CommonAbstractCriteria query, CriteriaBuilder cb) {
		return filters(filter, zone, today, () -> root, cb);
	}

	/**
	 * The same conditions on an assessment that is only asked for when a filter needs it:
	 * a name search reads the names' words alone, and joins the assessments only for
	 * another filter.
	 * @param filter the filters
	 * @param zone the clinic's time zone, for the dates
	 * @param today today in that zone, for the check-ins due
	 * @param assessment gives the assessment, the first time a condition needs it
	 * @param cb the criteria builder
	 * @return the conditions, none when nothing is filtered
	 */
	static List<Predicate> filters(AssessmentFilter filter, ZoneId zone, LocalDate today,
			Supplier<Root<Assessment>> assessment, CriteriaBuilder cb) {
		List<Predicate> where = new ArrayList<>();
		// the assessment is asked for once, by the first condition that needs it
		var root = new Object() {
			private @Nullable Root<Assessment> root;

			<T> Path<T> get(String attribute) {
				if (this.root == null) {
					this.root = assessment.get();
				}
				return this.root.get(attribute);
			}
		};
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
			where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.getFrom().atStartOfDay(zone).toInstant()));
		}
		if (filter.getTo() != null) {
			where.add(cb.lessThan(root.get("createdAt"), filter.getTo().plusDays(1).atStartOfDay(zone).toInstant()));
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
		return where;
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
		return beyond(position, newer, root.get("createdAt"), root.get("id"), cb);
	}

	/**
	 * The same seek on the columns of another table that holds the list's order (the
	 * names' words).
	 * @param position the position
	 * @param newer whether the newer assessments are wanted
	 * @param createdAt the creation time
	 * @param id the assessment's id
	 * @param cb the criteria builder
	 * @return the condition
	 */
	static Predicate beyond(ListPosition position, boolean newer, Path<Instant> createdAt, Path<Long> id,
			CriteriaBuilder cb) {
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
	 * The order of a page of a name search, read from the names' words: newest first (or
	 * oldest first, as above), led by the start of the leading word when the search gives
	 * it whole, so that H2 reads the index {@code (word_start, created_at DESC,
	 * assessment_id DESC, word)} in its order and stops after a page (a shorter word's
	 * matches span several starts and are sorted).
	 * @param lead the word of the search that reads the index
	 * @param newer whether the newer assessments are wanted
	 * @param word the names' words
	 * @param cb the criteria builder
	 * @return the order
	 */
	static List<Order> nameOrder(String lead, boolean newer, Root<AssessmentNameWord> word, CriteriaBuilder cb) {
		List<Order> order = new ArrayList<>();
		if (NameWords.hasFullStart(lead)) {
			order.add(cb.asc(word.get("wordStart")));
		}
		Path<Instant> createdAt = word.get("createdAt");
		Path<Long> id = word.get("assessmentId");
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
