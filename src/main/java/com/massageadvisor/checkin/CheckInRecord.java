package com.massageadvisor.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.massageadvisor.assessment.RecommendationSnapshot;
import com.massageadvisor.assessment.EnumSetConverter;
import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.NextStep;
import com.massageadvisor.rules.PhaseKind;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Soreness;
import com.massageadvisor.rules.StepCode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One check-in, as the client gave it, with the step and the plan it produced as a
 * snapshot and the rules version that judged it. Append-only: Hibernate never updates a
 * stored one ({@link Immutable}), every column is {@code updatable = false}. It belongs
 * to its assessment through the assessment's public id.
 */
@Entity
@Immutable
@Table(name = "check_in")
public class CheckInRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_seq")
	@SequenceGenerator(name = "check_in_seq", sequenceName = "check_in_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "assessment_public_id", nullable = false, updatable = false)
	private UUID assessmentPublicId;

	@Column(name = "seq", nullable = false, updatable = false)
	private int seq;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "check_in_date", nullable = false, updatable = false)
	private LocalDate date;

	@Column(name = "sessions_since_last", nullable = false, updatable = false)
	private int sessionsSinceLast;

	@Column(name = "pain_level", nullable = false, updatable = false)
	private int painLevel;

	@Column(name = "relief_days", updatable = false)
	private @Nullable Integer reliefDays;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10, updatable = false)
	private Soreness soreness;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_since_start", nullable = false, length = 20, updatable = false)
	private Change change;

	@Column(name = "pain_during_session", nullable = false, updatable = false)
	private boolean painDuringSession;

	@Convert(converter = EnumSetConverter.RedFlags.class)
	@Column(name = "red_flags", nullable = false, length = 200, updatable = false)
	private Set<RedFlag> redFlags;

	@Column(name = "rules_version", nullable = false, length = 20, updatable = false)
	private String rulesVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10, updatable = false)
	private StepCode step;

	@Column(name = "step_reason", nullable = false, length = 30, updatable = false)
	private String stepReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "current_phase", length = 20, updatable = false)
	private @Nullable PhaseKind currentPhase;

	@Column(name = "needs_attention", nullable = false, updatable = false)
	private boolean needsAttention;

	/** The plan's JSON, compressed ({@link RecommendationSnapshot#pack}). */
	@Column(name = "plan", nullable = false, updatable = false)
	private byte[] packedPlan;

	@Transient
	private @Nullable Recommendation plan;

	/** For JPA. */
	@SuppressWarnings("NullAway.Init")
	protected CheckInRecord() {
	}

	/**
	 * A check-in and what it produced.
	 * @param assessmentPublicId the public id of its assessment
	 * @param seq its place among the assessment's check-ins, from 1
	 * @param date the day of the check-in
	 * @param checkIn the client's answers
	 * @param next the step and the plan it produced
	 * @param rulesVersion the version of the rules that judged it
	 * @param needsAttention whether staff should look at it
	 * @param now the time it was stored
	 */
	CheckInRecord(UUID assessmentPublicId, int seq, LocalDate date, CheckIn checkIn, NextStep next, String rulesVersion,
			boolean needsAttention, Instant now) {
		this.assessmentPublicId = assessmentPublicId;
		this.seq = seq;
		this.date = date;
		this.createdAt = now;
		this.sessionsSinceLast = checkIn.sessionsSinceLast();
		this.painLevel = checkIn.painLevel();
		this.reliefDays = checkIn.reliefDays();
		this.soreness = checkIn.soreness();
		this.change = checkIn.change();
		this.painDuringSession = checkIn.painDuringSession();
		this.redFlags = checkIn.redFlags();
		this.rulesVersion = rulesVersion;
		this.step = next.step();
		this.stepReason = next.reasonCode();
		this.currentPhase = next.currentPhase();
		this.needsAttention = needsAttention;
		this.packedPlan = RecommendationSnapshot.pack(next.plan());
		this.plan = next.plan();
	}

	/**
	 * The client's answers, as the rules take them.
	 * @return the check-in
	 */
	public CheckIn toCheckIn() {
		return new CheckIn(this.sessionsSinceLast, this.painLevel, this.reliefDays, this.soreness, this.change,
				this.painDuringSession, this.redFlags);
	}

	/**
	 * The plan this check-in produced, exactly as stored.
	 * @return the plan from this check-in on; no phases after REFER or STOP
	 */
	public Recommendation getPlan() {
		Recommendation plan = this.plan;
		if (plan == null) {
			plan = RecommendationSnapshot.unpack(this.packedPlan);
			this.plan = plan;
		}
		return plan;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public UUID getAssessmentPublicId() {
		return this.assessmentPublicId;
	}

	public int getSeq() {
		return this.seq;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public int getSessionsSinceLast() {
		return this.sessionsSinceLast;
	}

	public int getPainLevel() {
		return this.painLevel;
	}

	public @Nullable Integer getReliefDays() {
		return this.reliefDays;
	}

	public Soreness getSoreness() {
		return this.soreness;
	}

	public Change getChange() {
		return this.change;
	}

	public boolean isPainDuringSession() {
		return this.painDuringSession;
	}

	public Set<RedFlag> getRedFlags() {
		return this.redFlags;
	}

	public String getRulesVersion() {
		return this.rulesVersion;
	}

	public StepCode getStep() {
		return this.step;
	}

	public String getStepReason() {
		return this.stepReason;
	}

	public @Nullable PhaseKind getCurrentPhase() {
		return this.currentPhase;
	}

	public boolean isNeedsAttention() {
		return this.needsAttention;
	}

}
