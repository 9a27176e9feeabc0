package com.massageadvisor.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Audit events, newest first. */
interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	List<AuditEvent> findByAssessmentPublicIdOrderByOccurredAtDescIdDesc(UUID assessmentPublicId);

	Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

}
