package com.massageadvisor.checkin;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored check-ins; none is ever changed. */
interface CheckInRepository extends JpaRepository<CheckInRecord, Long> {

	/**
	 * The check-ins of an assessment, oldest first (by the unique index on public id and
	 * place).
	 * @param assessmentPublicId the assessment's public id
	 * @return its check-ins
	 */
	List<CheckInRecord> findByAssessmentPublicIdOrderBySeqAsc(UUID assessmentPublicId);

}
