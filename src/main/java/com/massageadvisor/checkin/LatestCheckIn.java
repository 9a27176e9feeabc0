package com.massageadvisor.checkin;

import java.time.LocalDate;
import java.util.UUID;

import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.StepCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * The latest check-in of one assessment, in the few columns the staff list filters and
 * exports on: rewritten at each check-in, while the check-ins themselves are never
 * changed.
 */
@Entity
@Table(name = "check_in_latest")
public class LatestCheckIn {

	@Id
	@Column(name = "assessment_public_id", nullable = false, updatable = false)
	private UUID assessmentPublicId;

	@Column(name = "check_in_id", nullable = false)
	private long checkInId;

	@Column(name = "check_in_date", nullable = false)
	private LocalDate date;

	@Column(name = "pain_level", nullable = false)
	private int painLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_since_start", nullable = false, length = 20)
	private Change change;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private StepCode step;

	@Column(name = "needs_attention", nullable = false)
	private boolean needsAttention;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Version
	private int version;

	/** For JPA. */
	@SuppressWarnings("NullAway.Init")
	protected LatestCheckIn() {
	}

	LatestCheckIn(UUID assessmentPublicId) {
		this();
		this.assessmentPublicId = assessmentPublicId;
	}

	/**
	 * Makes this the summary of a newer check-in.
	 * @param record the check-in, already stored
	 * @param dueOn the day a next check-in is overdue, or null when none is expected
	 */
	void update(CheckInRecord record, @Nullable LocalDate dueOn) {
		Long id = record.getId();
		if (id == null) {
			throw new IllegalStateException("The check-in is not stored yet");
		}
		this.checkInId = id;
		this.date = record.getDate();
		this.painLevel = record.getPainLevel();
		this.change = record.getChange();
		this.step = record.getStep();
		this.needsAttention = record.isNeedsAttention();
		this.dueOn = dueOn;
	}

	public UUID getAssessmentPublicId() {
		return this.assessmentPublicId;
	}

	public long getCheckInId() {
		return this.checkInId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public int getPainLevel() {
		return this.painLevel;
	}

	public Change getChange() {
		return this.change;
	}

	public StepCode getStep() {
		return this.step;
	}

	public boolean isNeedsAttention() {
		return this.needsAttention;
	}

	public @Nullable LocalDate getDueOn() {
		return this.dueOn;
	}

}
