package com.massageadvisor.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.system.ClinicProperties;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

	/** Assessments per page of the list. */
	static final int PAGE_SIZE = 25;

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

	@Transactional(readOnly = true)
	Page<Assessment> page(AssessmentFilter filter) {
		return this.repository.findAll(AssessmentSearch.of(filter, this.clinic.zone()),
				PageRequest.of(filter.getPage(), PAGE_SIZE, AssessmentSearch.NEWEST_FIRST));
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
		assessment.review(status, note, actor, this.clock.instant());
		this.audit.record(actor, AuditAction.REVIEWED, publicId, "status=" + status);
		try {
			this.repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ReviewConflictException();
		}
		return true;
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
		this.audit.record(actor, AuditAction.DELETED, publicId, null);
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
					written[0] + " rows" + (complete ? "" : " (interrupted)") + "; filter: " + filter.describe());
		}
		return written[0];
	}

	private void stream(AssessmentFilter filter, Writer out, AssessmentCsv csv, long[] written) {
		try (Stream<Assessment> stream = this.repository.findBy(AssessmentSearch.of(filter, this.clinic.zone()),
				(query) -> query.sortBy(AssessmentSearch.NEWEST_FIRST).stream())) {
			csv.start(out);
			for (Assessment assessment : (Iterable<Assessment>) stream::iterator) {
				csv.row(assessment);
				this.entityManager.detach(assessment);
				written[0]++;
			}
			csv.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
