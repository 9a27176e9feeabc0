package com.massageadvisor.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A staff action. It names the assessment by its public id only and holds no client data,
 * so it can outlive a deleted assessment.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
	@SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 50, updatable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private AuditAction action;

	@Column(name = "assessment_public_id", updatable = false)
	private @Nullable UUID assessmentPublicId;

	@Column(length = 1000, updatable = false)
	private @Nullable String detail;

	/** For JPA. */
	@SuppressWarnings("NullAway.Init")
	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditAction action, @Nullable UUID assessmentPublicId,
			@Nullable String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.assessmentPublicId = assessmentPublicId;
		this.detail = detail;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public @Nullable UUID getAssessmentPublicId() {
		return this.assessmentPublicId;
	}

	public @Nullable String getDetail() {
		return this.detail;
	}

}
