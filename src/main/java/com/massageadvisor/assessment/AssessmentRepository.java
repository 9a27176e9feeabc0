package com.massageadvisor.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stored assessments. */
public interface AssessmentRepository extends JpaRepository<Assessment, Long>, JpaSpecificationExecutor<Assessment> {

	/**
	 * Finds an assessment by the id used in its public link.
	 * @param publicId the public id
	 * @return the assessment, if there is one
	 */
	Optional<Assessment> findByPublicId(UUID publicId);

	/**
	 * Deletes, in one statement, every assessment created before a time. SQL rather than
	 * JPQL: the entity spans two tables, and the database deletes each plan with its
	 * assessment ({@code ON DELETE CASCADE}), as it does their check-ins and name words.
	 * @param cutoff the time
	 * @return how many were deleted
	 */
	@Modifying
	@Query(value = "delete from assessment where created_at < :cutoff", nativeQuery = true)
	int deleteCreatedBefore(Instant cutoff);

	/**
	 * Records what a check-in decided for the staff list: the day the next one is overdue
	 * and whether staff should look at the client, without touching the assessment's
	 * other columns or its version.
	 * @param publicId the assessment's public id
	 * @param dueOn the day, or null when no check-in is expected any more
	 * @param attention whether the client needs attention
	 * @return the number of rows changed
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "update assessment set check_in_due_on = :dueOn, needs_attention = :attention "
			+ "where public_id = :publicId", nativeQuery = true)
	int followUp(UUID publicId, @Nullable LocalDate dueOn, boolean attention);

	/**
	 * Stores a word of an assessment's name for the staff search, after the assessment
	 * itself (the pending insert is flushed first, for the foreign key).
	 * @param assessmentId the assessment's id
	 * @param word the folded word ({@link NameWords#of})
	 * @param wordStart its start ({@link NameWords#start})
	 * @param createdAt the assessment's creation time
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "insert into assessment_name_word (assessment_id, word, word_start, created_at) "
			+ "values (:assessmentId, :word, :wordStart, :createdAt)", nativeQuery = true)
	void addNameWord(long assessmentId, String word, String wordStart, Instant createdAt);

	/**
	 * Withdraws an assessment's result link, without touching its other columns or its
	 * version; a link already withdrawn keeps its first moment.
	 * @param publicId the assessment's public id
	 * @param at when
	 * @return the number of rows changed: 0 when there is no such assessment or its link
	 * was already withdrawn
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update assessment set withdrawn_at = :at where public_id = :publicId and withdrawn_at is null",
			nativeQuery = true)
	int withdraw(UUID publicId, Instant at);

}
