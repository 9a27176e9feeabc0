package com.massageadvisor.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records staff actions and reads them back for administrators. */
@Service
public class AuditTrail {

	/** Events per page of the audit list. */
	public static final int PAGE_SIZE = 50;

	/** The last page anyone can ask for, so that the offset always fits the database. */
	static final int MAX_PAGE = 1_000_000;

	private final AuditEventRepository events;

	private final Clock clock;

	AuditTrail(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an action, in the caller's transaction: the event is stored if and only if
	 * the action is.
	 * @param actor the staff member's username
	 * @param action what they did
	 * @param assessment the assessment concerned, if one
	 * @param detail a short description without client data
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, AuditAction action, @Nullable UUID assessment, @Nullable String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), actor, action, assessment, detail));
	}

	/**
	 * Records an action in a transaction of its own, for actions that are not database
	 * changes, such as an export.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordNow(String actor, AuditAction action, @Nullable UUID assessment, @Nullable String detail) {
		record(actor, action, assessment, detail);
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> forAssessment(UUID publicId) {
		return this.events.findByAssessmentPublicIdOrderByOccurredAtDescIdDesc(publicId);
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> page(int page) {
		return this.events
			.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(Math.min(Math.max(page, 0), MAX_PAGE), PAGE_SIZE));
	}

}
