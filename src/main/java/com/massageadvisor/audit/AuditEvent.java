package com.massageadvisor.audit;

import java.time.Instant;
import java.util.List;
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

	/** The message key of the detail; null for events recorded before issue 16. */
	@Column(name = "detail_key", length = 100, updatable = false)
	private @Nullable String detailKey;

	@Column(name = "detail_arguments", length = 1000, updatable = false)
	private @Nullable String detailArguments;

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

	AuditEvent(Instant occurredAt, String actor, AuditAction action, @Nullable UUID assessmentPublicId,
			AuditDetail detail) {
		this(occurredAt, actor, action, assessmentPublicId, (String) null);
		this.detailKey = detail.key();
		this.detailArguments = detail.joinedArguments();
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

	/**
	 * The detail as it was recorded before issue 16, free text; null for later events.
	 * @return the text, or null
	 */
	public @Nullable String getDetail() {
		return this.detail;
	}

	/**
	 * The detail as a message key and arguments, for events recorded since issue 16.
	 * @return the detail, or null
	 */
	public @Nullable AuditDetail getDetailMessage() {
		if (this.detailKey == null) {
			return null;
		}
		return new AuditDetail(this.detailKey,
				(this.detailArguments != null) ? AuditDetail.split(this.detailArguments) : List.of());
	}

}
