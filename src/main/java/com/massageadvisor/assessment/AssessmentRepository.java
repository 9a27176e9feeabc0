package com.massageadvisor.assessment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Stored assessments. */
public interface AssessmentRepository extends JpaRepository<Assessment, Long>, JpaSpecificationExecutor<Assessment> {

	/**
	 * Finds an assessment by the id used in its public link.
	 * @param publicId the public id
	 * @return the assessment, if there is one
	 */
	Optional<Assessment> findByPublicId(UUID publicId);

}
