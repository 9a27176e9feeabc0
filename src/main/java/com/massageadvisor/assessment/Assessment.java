package com.massageadvisor.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.massageadvisor.plan.PlanBrief;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.InjurySeverity;
import com.massageadvisor.rules.IntRange;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.rules.Sign;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A client's answers and the recommendation exactly as it was shown to them. The plan is
 * a snapshot: it is stored whole with the rules version that produced it and is never
 * recomputed, so a later rules version cannot change what an old assessment shows. The
 * sequential id stays inside the application; pages and links use the random
 * {@link #getPublicId() public id}.
 *
 * <p>
 * The plan is kept out of the assessment's row: its compressed JSON
 * ({@link RecommendationSnapshot#pack}) is in the table {@code assessment_plan}, one row
 * per assessment, written with it and never updated. The row itself holds what lists show
 * of the plan ({@link #getBrief()}), in plain columns, so that a list reads no plan and
 * the database reads small rows when it checks a condition row by row.
 */
@Entity
@Table(name = "assessment")
@SecondaryTable(name = "assessment_plan", pkJoinColumns = @PrimaryKeyJoinColumn(name = "assessment_id"))
public class Assessment {

	/** Room for a name of 100 characters in lower case, which can be longer. */
	static final int SEARCH_KEY_LENGTH = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
	@SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "public_id", nullable = false, updatable = false, unique = true)
	private UUID publicId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "client_name", nullable = false, length = 100)
	private String clientName;

	@Column(length = 254)
	private @Nullable String email;

	@Column(nullable = false, length = 35)
	private String locale;

	@Column(name = "consent_at", nullable = false, updatable = false)
	private Instant consentAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Goal goal;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Lifestyle lifestyle;

	@Enumerated(EnumType.STRING)
	@Column(name = "massage_type", nullable = false, length = 20)
	private MassageType massageType;

	@Convert(converter = EnumSetConverter.Conditions.class)
	@Column(nullable = false, length = 300)
	private Set<Condition> conditions;

	@Column(name = "pain_level", nullable = false)
	private int painLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "pain_duration", nullable = false, length = 20)
	private PainDuration painDuration;

	@Convert(converter = EnumSetConverter.Signs.class)
	@Column(nullable = false, length = 200)
	private Set<Sign> signs;

	@Column(name = "sore_after_last_massage", nullable = false)
	private boolean soreAfterLastMassage;

	@Enumerated(EnumType.STRING)
	@Column(name = "injury_severity", length = 10)
	private @Nullable InjurySeverity injurySeverity;

	@Convert(converter = EnumSetConverter.RedFlags.class)
	@Column(name = "red_flags", nullable = false, length = 200)
	private Set<RedFlag> redFlags = Set.of();

	@Column(name = "medically_cleared", nullable = false)
	private boolean medicallyCleared;

	@Column(name = "session_price", precision = 7, scale = 2)
	private @Nullable BigDecimal sessionPrice;

	@Column(name = "monthly_budget", precision = 8, scale = 2)
	private @Nullable BigDecimal monthlyBudget;

	@Column(name = "rules_version", nullable = false, length = 20)
	private String rulesVersion;

	@Column(name = "massage_advisable", nullable = false)
	private boolean massageAdvisable;

	@Enumerated(EnumType.STRING)
	@Column(name = "highest_severity", length = 10)
	private @Nullable Severity highestSeverity;

	/**
	 * The days between sessions of the first phase; null when massage is not advisable.
	 */
	@Column(name = "plan_interval_min")
	private @Nullable Integer planIntervalMin;

	@Column(name = "plan_interval_max")
	private @Nullable Integer planIntervalMax;

	@Column(name = "session_minutes_min", nullable = false)
	private int sessionMinutesMin;

	@Column(name = "session_minutes_max", nullable = false)
	private int sessionMinutesMax;

	/** The plan's JSON, compressed, in a table of its own. */
	@Column(table = "assessment_plan", name = "plan", nullable = false, updatable = false)
	private byte[] plan;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_status", nullable = false, length = 10)
	private ReviewStatus reviewStatus = ReviewStatus.NEW;

	@Column(name = "review_note", length = 2000)
	private @Nullable String reviewNote;

	@Column(name = "reviewed_by", length = 50)
	private @Nullable String reviewedBy;

	@Column(name = "reviewed_at")
	private @Nullable Instant reviewedAt;

	/**
	 * The day a check-in is overdue: set at submission, moved by each check-in through
	 * {@link AssessmentRepository#followUp}, never by saving the entity (a review saved
	 * with a stale copy cannot move it back).
	 */
	@Column(name = "check_in_due_on", updatable = false)
	private @Nullable LocalDate checkInDueOn;

	/**
	 * Whether staff should look at the client: a red flag in the questionnaire, or a
	 * latest check-in that needs attention. Set at submission, moved by each check-in
	 * through {@link AssessmentRepository#followUp}, never by saving the entity.
	 */
	@Column(name = "needs_attention", updatable = false)
	private boolean needsAttention;

	/**
	 * When the result link was withdrawn (by the client or by staff): from then on every
	 * page of the link answers 410 Gone. Set by {@link AssessmentRepository#withdraw},
	 * never by saving the entity (a review saved with a stale copy cannot bring the link
	 * back).
	 */
	@Column(name = "withdrawn_at", updatable = false)
	private @Nullable Instant withdrawnAt;

	/** The name in lower case, for a search by its start that an index serves. */
	@Column(name = "client_name_key", nullable = false, length = SEARCH_KEY_LENGTH)
	private String clientNameKey;

	@Version
	private int version;

	@Transient
	private @Nullable Recommendation recommendation;

	/** For JPA. */
	@SuppressWarnings("NullAway.Init")
	protected Assessment() {
	}

	/**
	 * A new assessment, consented to now.
	 * @param clientName the client's name or a reference
	 * @param email an address to reach the client, if they gave one
	 * @param locale the language the client used
	 * @param answers the answers
	 * @param recommendation the plan the client is about to see
	 * @param now the time of the submission
	 */
	public Assessment(String clientName, @Nullable String email, Locale locale, Answers answers,
			Recommendation recommendation, Instant now) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.consentAt = now;
		this.clientName = clientName;
		this.clientNameKey = searchKey(clientName);
		this.email = email;
		this.locale = locale.toLanguageTag();
		this.goal = answers.goal();
		this.lifestyle = answers.lifestyle();
		this.massageType = answers.massageType();
		this.conditions = answers.conditions();
		this.painLevel = answers.painLevel();
		this.painDuration = answers.painDuration();
		this.signs = answers.signs();
		this.soreAfterLastMassage = answers.soreAfterLastMassage();
		this.injurySeverity = answers.injurySeverity();
		this.redFlags = answers.redFlags();
		this.needsAttention = !answers.redFlags().isEmpty();
		this.medicallyCleared = answers.medicallyCleared();
		this.sessionPrice = answers.sessionPrice();
		this.monthlyBudget = answers.monthlyBudget();
		this.rulesVersion = recommendation.rulesVersion();
		this.massageAdvisable = recommendation.massageAdvisable();
		this.highestSeverity = recommendation.highestSeverity();
		IntRange interval = recommendation.interval();
		this.planIntervalMin = (interval != null) ? interval.min() : null;
		this.planIntervalMax = (interval != null) ? interval.max() : null;
		this.sessionMinutesMin = recommendation.sessionLength().minutes().min();
		this.sessionMinutesMax = recommendation.sessionLength().minutes().max();
		this.plan = RecommendationSnapshot.pack(recommendation);
		this.recommendation = recommendation;
	}

	/**
	 * The day a first check-in is overdue: twice the longest gap of the plan's first
	 * phase after the day of the submission; none when massage is not advisable.
	 * @param day the day of the submission, in the clinic's zone
	 */
	void expectFirstCheckIn(LocalDate day) {
		Recommendation plan = getRecommendation();
		this.checkInDueOn = (plan.massageAdvisable() && !plan.phases().isEmpty())
				? day.plusDays(2L * plan.phases().get(0).interval().max()) : null;
	}

	/**
	 * Whether staff should look at the client now.
	 * @return true after a red flag in the questionnaire or a latest check-in that needs
	 * attention
	 */
	public boolean isNeedsAttention() {
		return this.needsAttention;
	}

	/**
	 * The day a check-in is overdue.
	 * @return that day, or null when no check-in is expected
	 */
	public @Nullable LocalDate getCheckInDueOn() {
		return this.checkInDueOn;
	}

	/**
	 * When the result link was withdrawn.
	 * @return that moment, or null while the link works
	 */
	public @Nullable Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	/**
	 * Whether the result link was withdrawn: its pages answer 410 Gone.
	 * @return true once withdrawn
	 */
	public boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

	/**
	 * The form of a name that searches compare: lower case, in a fixed locale.
	 * @param name a name or the start of one
	 * @return the search key
	 */
	public static String searchKey(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT);
		// lower case can be longer than the name ("İ" becomes two characters)
		return (key.length() > SEARCH_KEY_LENGTH) ? key.substring(0, SEARCH_KEY_LENGTH) : key;
	}

	/**
	 * Records a staff review.
	 * @param status the new status
	 * @param note the staff note, if any
	 * @param by the staff member's username
	 * @param at when
	 */
	public void review(ReviewStatus status, @Nullable String note, String by, Instant at) {
		this.reviewStatus = status;
		this.reviewNote = note;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	public ReviewStatus getReviewStatus() {
		return this.reviewStatus;
	}

	public @Nullable String getReviewNote() {
		return this.reviewNote;
	}

	public @Nullable String getReviewedBy() {
		return this.reviewedBy;
	}

	public @Nullable Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public UUID getPublicId() {
		return this.publicId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getClientName() {
		return this.clientName;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public Locale getLocale() {
		return Locale.forLanguageTag(this.locale);
	}

	public Instant getConsentAt() {
		return this.consentAt;
	}

	public String getRulesVersion() {
		return this.rulesVersion;
	}

	public boolean isMassageAdvisable() {
		return this.massageAdvisable;
	}

	public @Nullable Severity getHighestSeverity() {
		return this.highestSeverity;
	}

	public int getVersion() {
		return this.version;
	}

	/**
	 * The answers as they were given.
	 * @return the answers
	 */
	public Answers getAnswers() {
		return new Answers(this.goal, this.lifestyle, this.massageType, this.conditions, this.painLevel,
				this.painDuration, this.signs, this.soreAfterLastMassage, this.sessionPrice, this.monthlyBudget,
				this.injurySeverity, this.redFlags, this.medicallyCleared);
	}

	/**
	 * The plan as the client saw it, read from the stored snapshot.
	 * @return the recommendation
	 */
	public Recommendation getRecommendation() {
		Recommendation read = this.recommendation;
		if (read == null) {
			read = RecommendationSnapshot.unpack(this.plan);
			this.recommendation = read;
		}
		return read;
	}

	/**
	 * What a list shows of the plan, from the assessment's own columns: the plan itself
	 * is not read.
	 * @return the plan's summary
	 */
	public PlanBrief getBrief() {
		Integer min = this.planIntervalMin;
		Integer max = this.planIntervalMax;
		return new PlanBrief(this.massageAdvisable, (min != null && max != null) ? new IntRange(min, max) : null,
				new IntRange(this.sessionMinutesMin, this.sessionMinutesMax));
	}

}
