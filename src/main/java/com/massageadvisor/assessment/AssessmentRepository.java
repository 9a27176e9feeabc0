package com.massageadvisor.assessment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
	 * Deletes, in one statement, every assessment created before a time.
	 * @param cutoff the time
	 * @return how many were deleted
	 */
	@Modifying
	@Query("delete from Assessment a where a.createdAt < :cutoff")
	int deleteCreatedBefore(Instant cutoff);

}
