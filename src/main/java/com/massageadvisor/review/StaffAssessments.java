package com.massageadvisor.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentNameWord;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditDetail;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.system.ClinicProperties;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff do with saved assessments; every change is written to the audit trail with
 * it.
 */
@Service
class StaffAssessments {

	/** Rows of an export written together, with one query for their latest check-ins. */
	static final int EXPORT_BATCH = 500;

	/** Assessments per page of the list. */
	static final int PAGE_SIZE = 25;

	/**
	 * The list counts the matching assessments up to this number, then says "more than".
	 */
	static final int COUNT_LIMIT = 100;

	/**
	 * A search of several words counts its matches up to a page only: each match of the
	 * leading word is checked for the others one by one, and a page's worth of checks is
	 * what a page costs anyway, where counting to {@link #COUNT_LIMIT} took four times as
	 * many (Marie Dupont among a million assessments: 8,379 checks, 160 ms;
	 * docs/performance.md).
	 */
	static final int SEVERAL_WORDS_COUNT_LIMIT = PAGE_SIZE;

	private final AssessmentRepository repository;

	private final AuditTrail audit;

	private final ClinicProperties clinic;

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	StaffAssessments(AssessmentRepository repository, AuditTrail audit, ClinicProperties clinic,
			EntityManager entityManager, PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
		this.clock = clock;
		this.audit = audit;
		this.clinic = clinic;
		this.entityManager = entityManager;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Thrown when someone else saved the review since the form was shown. */
	static class ReviewConflictException extends RuntimeException {

		ReviewConflictException() {
			super("The review was changed by someone else");
		}

	}

	/**
	 * A page of the list and where the pages around it start.
	 *
	 * @param rows the assessments, newest first
	 * @param newer where the newer assessments start, or null on the first page
	 * @param older where the older ones start, or null on the last page
	 * @param matching how many assessments match, counted up to {@link #COUNT_LIMIT}
	 * ({@link #SEVERAL_WORDS_COUNT_LIMIT} for a search of several words)
	 * @param moreThanCounted whether more than that many match
	 */
	record ListPage(List<Assessment> rows, @Nullable ListPosition newer, @Nullable ListPosition older, int matching,
			boolean moreThanCounted) {
	}

	/**
	 * One page of the list, in two steps: the ids of the page, read from an index with a
	 * seek from the position (a keyset: {@link AssessmentSearch#beyond}), never with an
	 * offset; then those rows. The matching assessments are counted up to
	 * {@link #COUNT_LIMIT} only: an exact count of a million rows took most of the time
	 * of the page, and on H2, which reads each row to check a second filter, even
	 * counting to 1,000 took 250 ms (docs/performance.md). Nobody needs to know more than
	 * "over a hundred" from a list of 25.
	 * @param filter the search, the filters and the position
	 * @return the page
	 */
	@Transactional(readOnly = true)
	ListPage page(AssessmentFilter filter) {
		ListPosition after = filter.getAfter();
		ListPosition before = filter.getBefore();
		boolean newer = after == null && before != null;
		ListPosition position = (after != null) ? after : before;

		List<String> words = AssessmentSearch.searchWords(filter);
		int countLimit = (words != null && words.size() > 1) ? SEVERAL_WORDS_COUNT_LIMIT : COUNT_LIMIT;
		// on the first page, the ids counted are the page's first: one query serves both
		List<Long> found = ids(filter, words, position, newer, (position == null) ? countLimit + 1 : PAGE_SIZE + 1);
		int matching = (position == null) ? found.size() : ids(filter, words, null, false, countLimit + 1).size();
		boolean more = found.size() > PAGE_SIZE;
		List<Long> ids = new ArrayList<>(found.subList(0, Math.min(found.size(), PAGE_SIZE)));
		if (newer) {
			Collections.reverse(ids);
		}
		Map<Long, Assessment> byId = new HashMap<>();
		this.repository.findAllById(ids).forEach((assessment) -> byId.put(assessment.getId(), assessment));
		List<Assessment> rows = ids.stream().map(byId::get).filter(Objects::nonNull).toList();

		boolean newerExist = newer ? more : position != null;
		boolean olderExist = newer || more;
		ListPosition newerStart = (newerExist && !rows.isEmpty()) ? ListPosition.of(rows.get(0)) : null;
		ListPosition olderStart = (olderExist && !rows.isEmpty()) ? ListPosition.of(rows.get(rows.size() - 1)) : null;
		return new ListPage(rows, newerStart, olderStart, Math.min(matching, countLimit), matching > countLimit);
	}

	/**
	 * The ids of the assessments the filter matches, in the list's order, past a position
	 * if there is one: at most {@code limit}, read from the index that gives that order.
	 * Counting reads ids this way too (up to {@link #COUNT_LIMIT}), not with
	 * {@code count(*)} over every match, and in the list's order, so from the same index
	 * (in no particular order, H2 read them through the unique index on public_id: 42 ms
	 * against 8 ms for a million rows). {@code words} are the name search's
	 * ({@link AssessmentSearch#searchWords}), null without one.
	 */
	private List<Long> ids(AssessmentFilter filter, @Nullable List<String> words, @Nullable ListPosition position,
			boolean newer, int limit) {
		if (words != null) {
			return words.isEmpty() ? List.of() : idsByName(words, filter, position, newer, limit);
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Assessment> root = query.from(Assessment.class);
		List<Predicate> where = AssessmentSearch.filters(filter, this.clinic.zone(), today(), root, query, cb);
		if (position != null) {
			where.add(AssessmentSearch.beyond(position, newer, root, cb));
		}
		query.select(root.get("id"))
			.where(where.toArray(Predicate[]::new))
			.orderBy(AssessmentSearch.order(filter, newer, root, cb));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	/**
	 * The ids of a name search, read from the index of the names' words in the list's
	 * order (newest first, from a position with a seek, as {@link #ids} does), joined to
	 * the assessments for the other filters. A name with two words that start with the
	 * search ("Marie Martin" for "mar") comes twice, one after the other: it is counted
	 * once, and the ids missing are read from the position of the last one.
	 */
	private List<Long> idsByName(List<String> words, AssessmentFilter filter, @Nullable ListPosition position,
			boolean newer, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		String lead = AssessmentSearch.leadingWord(words);
		List<Long> ids = new ArrayList<>();
		ListPosition from = position;
		while (true) {
			CriteriaQuery<Tuple> query = cb.createTupleQuery();
			Root<AssessmentNameWord> word = query.from(AssessmentNameWord.class);
			List<Predicate> where = new ArrayList<>(AssessmentSearch.nameSearch(words, lead, word, query, cb));
			// the assessments are joined only for another filter: a word's row exists
			// only
			// with its assessment (a foreign key), and reading each match's row cost a
			// two-word search on a million rows (docs/performance.md)
			where.addAll(AssessmentSearch.filters(filter, this.clinic.zone(), today(), () -> {
				Root<Assessment> root = query.from(Assessment.class);
				where.add(cb.equal(word.get("assessmentId"), root.get("id")));
				return root;
			}, cb));
			if (from != null) {
				where.add(AssessmentSearch.beyond(from, newer, word.get("createdAt"), word.get("assessmentId"), cb));
			}
			query.multiselect(word.get("createdAt"), word.get("assessmentId"))
				.where(where.toArray(Predicate[]::new))
				.orderBy(AssessmentSearch.nameOrder(lead, newer, word, cb));
			int wanted = limit - ids.size();
			List<Tuple> rows = this.entityManager.createQuery(query).setMaxResults(wanted).getResultList();
			for (Tuple row : rows) {
				Long id = row.get(1, Long.class);
				if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
					ids.add(id);
				}
			}
			if (rows.size() < wanted || ids.size() >= limit) {
				return ids;
			}
			Tuple last = rows.get(rows.size() - 1);
			from = new ListPosition(last.get(0, Instant.class), last.get(1, Long.class));
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.clinic.zone()));
	}

	@Transactional(readOnly = true)
	Optional<Assessment> find(UUID publicId) {
		return this.repository.findByPublicId(publicId);
	}

	/**
	 * Saves a review, unless the assessment changed since the reviewer loaded it.
	 * @param publicId the assessment
	 * @param version the version the reviewer saw
	 * @param status the new status
	 * @param note the new note
	 * @param actor the reviewer
	 * @return false when there is no such assessment
	 * @throws ReviewConflictException when someone else saved in between
	 */
	@Transactional
	boolean review(UUID publicId, int version, ReviewStatus status, @Nullable String note, String actor) {
		Assessment assessment = this.repository.findByPublicId(publicId).orElse(null);
		if (assessment == null) {
			return false;
		}
		if (assessment.getVersion() != version) {
			throw new ReviewConflictException();
		}
		ReviewStatus before = assessment.getReviewStatus();
		boolean noteChanged = !Objects.equals(assessment.getReviewNote(), note);
		assessment.review(status, note, actor, this.clock.instant());
		this.audit.record(actor, AuditAction.REVIEWED, publicId, reviewDetail(before, status, noteChanged));
		try {
			this.repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ReviewConflictException();
		}
		return true;
	}

	/**
	 * What a review changed, as the audit page says it: "status changed from New to
	 * Follow-up".
	 */
	static AuditDetail reviewDetail(ReviewStatus before, ReviewStatus after, boolean noteChanged) {
		String note = noteChanged ? ".note" : "";
		if (before == after) {
			return AuditDetail.of("audit.detail.reviewed.kept" + note, AuditDetail.label("review." + after));
		}
		return AuditDetail.of("audit.detail.reviewed" + note, AuditDetail.label("review." + before),
				AuditDetail.label("review." + after));
	}

	/**
	 * Deletes an assessment for good; the audit trail keeps only that it happened.
	 * @return false when there is no such assessment
	 */
	@Transactional
	boolean delete(UUID publicId, String actor) {
		Assessment assessment = this.repository.findByPublicId(publicId).orElse(null);
		if (assessment == null) {
			return false;
		}
		this.repository.delete(assessment);
		this.audit.record(actor, AuditAction.DELETED, publicId, (String) null);
		return true;
	}

	/**
	 * Withdraws the client's result link, with an audit event: from then on the link's
	 * pages answer 410 Gone; the assessment stays for staff.
	 * @return false when there is no such assessment or its link was already withdrawn
	 */
	@Transactional
	boolean withdrawLink(UUID publicId, String actor) {
		if (this.repository.withdraw(publicId, this.clock.instant()) == 0) {
			return false;
		}
		this.audit.record(actor, AuditAction.LINK_WITHDRAWN, publicId, (String) null);
		return true;
	}

	/**
	 * Writes every assessment the filter matches as CSV, one row at a time: the rows are
	 * streamed from the database and let go as soon as they are written, so memory stays
	 * the same for any number of rows.
	 * @return the number of rows written
	 */
	long export(AssessmentFilter filter, Writer out, AssessmentCsv csv, String actor) {
		long[] written = { 0 };
		boolean complete = false;
		try {
			this.readOnly.executeWithoutResult((status) -> stream(filter, out, csv, written));
			complete = true;
		}
		finally {
			// recorded even when the download breaks off: the rows sent so far have left
			// the clinic
			this.audit.recordNow(actor, AuditAction.EXPORTED, null,
					AuditDetail.of(complete ? "audit.detail.exported" : "audit.detail.exported.interrupted", written[0],
							filter.describe()));
		}
		return written[0];
	}

	/**
	 * Writes a batch of exported rows (their latest check-ins in one query) and lets them
	 * go.
	 */
	private int write(List<Assessment> batch, AssessmentCsv csv) throws IOException {
		csv.rows(batch);
		batch.forEach(this.entityManager::detach);
		int size = batch.size();
		batch.clear();
		return size;
	}

	private void stream(AssessmentFilter filter, Writer out, AssessmentCsv csv, long[] written) {
		try (Stream<Assessment> stream = this.repository.findBy(
				AssessmentSearch.of(filter, this.clinic.zone(), today()),
				(query) -> query.sortBy(AssessmentSearch.sort(filter)).stream())) {
			csv.start(out);
			List<Assessment> batch = new ArrayList<>(EXPORT_BATCH);
			for (Assessment assessment : (Iterable<Assessment>) stream::iterator) {
				batch.add(assessment);
				if (batch.size() == EXPORT_BATCH) {
					written[0] += write(batch, csv);
				}
			}
			written[0] += write(batch, csv);
			csv.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
