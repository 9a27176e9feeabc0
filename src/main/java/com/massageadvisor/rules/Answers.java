package com.massageadvisor.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A client's answers to the questionnaire, already validated by whoever collected them.
 * The sets are copied into sorted, unmodifiable sets, so the order in which conditions or
 * signs were given never matters.
 *
 * @param goal what the client wants from massage
 * @param lifestyle how the client spends their days
 * @param massageType the type the client would like
 * @param conditions health conditions, possibly none
 * @param painLevel back pain from 0 (none) to 10 (worst imaginable)
 * @param painDuration how long the pain has lasted
 * @param signs signs that call for more frequent sessions, possibly none
 * @param soreAfterLastMassage whether the last massage left the client sore
 * @param sessionPrice the price of one session, if known, kept to two decimals
 * @param monthlyBudget what the client can spend a month, if they said, kept to two
 * decimals
 * @param injurySeverity how serious an acute injury is, if the goal is
 * {@link Goal#ACUTE_INJURY} and the client said; null otherwise
 * @param redFlags symptoms that need a doctor rather than massage, possibly none
 * @param medicallyCleared whether a doctor has already said massage is safe for the
 * client's conditions
 */
public record Answers(Goal goal, Lifestyle lifestyle, MassageType massageType, Set<Condition> conditions, int painLevel,
		PainDuration painDuration, Set<Sign> signs, boolean soreAfterLastMassage, @Nullable BigDecimal sessionPrice,
		@Nullable BigDecimal monthlyBudget, @Nullable InjurySeverity injurySeverity, Set<RedFlag> redFlags,
		boolean medicallyCleared) {

	/** The highest pain level. */
	public static final int MAX_PAIN = 10;

	/** The pain level from which back pain is worth treating. */
	public static final int BACK_PAIN_LEVEL = 3;

	public Answers {
		Objects.requireNonNull(goal, "goal");
		Objects.requireNonNull(lifestyle, "lifestyle");
		Objects.requireNonNull(massageType, "massageType");
		Objects.requireNonNull(painDuration, "painDuration");
		if (painLevel < 0 || painLevel > MAX_PAIN) {
			throw new IllegalArgumentException("painLevel must be 0 to 10, was " + painLevel);
		}
		if (sessionPrice != null && sessionPrice.signum() < 0) {
			throw new IllegalArgumentException("sessionPrice must not be negative");
		}
		if (monthlyBudget != null && monthlyBudget.signum() < 0) {
			throw new IllegalArgumentException("monthlyBudget must not be negative");
		}
		sessionPrice = money(sessionPrice);
		monthlyBudget = money(monthlyBudget);
		conditions = sorted(conditions, Condition.class);
		signs = sorted(signs, Sign.class);
		redFlags = sorted(redFlags, RedFlag.class);
		if (goal != Goal.ACUTE_INJURY) {
			// the question is only asked about an acute injury
			injurySeverity = null;
		}
	}

	/**
	 * Answers as the questionnaire asked them before rules version 2026.12: no injury
	 * severity, no red flags, no doctor's go-ahead.
	 */
	public Answers(Goal goal, Lifestyle lifestyle, MassageType massageType, Set<Condition> conditions, int painLevel,
			PainDuration painDuration, Set<Sign> signs, boolean soreAfterLastMassage, @Nullable BigDecimal sessionPrice,
			@Nullable BigDecimal monthlyBudget) {
		this(goal, lifestyle, massageType, conditions, painLevel, painDuration, signs, soreAfterLastMassage,
				sessionPrice, monthlyBudget, null, Set.of(), false);
	}

	/**
	 * Amounts are kept to the cent, as the contract gives them: 80 and 80.00 are the same
	 * answer.
	 */
	private static @Nullable BigDecimal money(@Nullable BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_UP) : null;
	}

	private static <E extends Enum<E>> Set<E> sorted(Collection<E> values, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		set.addAll(values);
		return Collections.unmodifiableSet(set);
	}

	/**
	 * Starts answers with the three required choices; everything else defaults to none.
	 * @param goal the goal
	 * @param lifestyle the lifestyle
	 * @param massageType the preferred type
	 * @return a builder
	 */
	public static Builder builder(Goal goal, Lifestyle lifestyle, MassageType massageType) {
		return new Builder(goal, lifestyle, massageType);
	}

	/**
	 * Whether the client reported the given condition.
	 * @param condition the condition
	 * @return true when reported
	 */
	public boolean has(Condition condition) {
		return this.conditions.contains(condition);
	}

	/**
	 * Whether the client reported a condition for which a doctor should say how much
	 * massage is safe, to avoid overdoing it (S2).
	 * @return true for a herniated disc, osteoporosis or nerve problems
	 */
	public boolean hasClearanceCondition() {
		return has(Condition.HERNIATED_DISC) || has(Condition.OSTEOPOROSIS) || has(Condition.NERVE_PROBLEMS);
	}

	/**
	 * Whether the pain is long-standing: some pain for more than 12 weeks, or for more
	 * than 6 weeks with the goal of treating chronic pain; never pain of under 6 weeks.
	 * @return true for long-standing pain
	 */
	public boolean hasLongStandingPain() {
		return this.painLevel > 0 && (this.painDuration == PainDuration.CHRONIC
				|| (this.goal == Goal.CHRONIC_PAIN && this.painDuration == PainDuration.SUBACUTE));
	}

	/**
	 * Whether a condition that asks for a doctor's go-ahead (S2) still waits for it.
	 * @return true with such a condition and no go-ahead yet
	 */
	public boolean awaitsClearance() {
		return hasClearanceCondition() && !this.medicallyCleared;
	}

	/**
	 * Whether a pain level contradicts the pain's duration: any pain today (1 or more of
	 * 10; 0 means no pain at all) against "I have no back pain at the moment". The form
	 * and the API refuse such answers on the duration; the engine, which may see old
	 * answers, treats them as pain of unknown duration (never long-standing).
	 * @param painLevel the pain today, 0 to 10
	 * @param painDuration how long the pain has lasted
	 * @return true when the two answers contradict each other
	 */
	public static boolean painContradictsDuration(int painLevel, PainDuration painDuration) {
		return painLevel > 0 && painDuration == PainDuration.NONE;
	}

	/**
	 * Whether the client has back pain worth treating: a pain level of 3 or more.
	 * @return true from pain level 3
	 */
	public boolean hasBackPain() {
		return this.painLevel >= BACK_PAIN_LEVEL;
	}

	/** Builds {@link Answers}; the defaults are those of the contract. */
	public static final class Builder {

		private final Goal goal;

		private final Lifestyle lifestyle;

		private final MassageType massageType;

		private final Set<Condition> conditions = EnumSet.noneOf(Condition.class);

		private int painLevel;

		private PainDuration painDuration = PainDuration.NONE;

		private final Set<Sign> signs = EnumSet.noneOf(Sign.class);

		private boolean sore;

		private @Nullable BigDecimal sessionPrice;

		private @Nullable BigDecimal monthlyBudget;

		private @Nullable InjurySeverity injurySeverity;

		private final Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

		private boolean medicallyCleared;

		private Builder(Goal goal, Lifestyle lifestyle, MassageType massageType) {
			this.goal = goal;
			this.lifestyle = lifestyle;
			this.massageType = massageType;
		}

		public Builder conditions(Condition... conditions) {
			Collections.addAll(this.conditions, conditions);
			return this;
		}

		public Builder pain(int level, PainDuration duration) {
			this.painLevel = level;
			this.painDuration = duration;
			return this;
		}

		public Builder signs(Sign... signs) {
			Collections.addAll(this.signs, signs);
			return this;
		}

		public Builder soreAfterLastMassage() {
			this.sore = true;
			return this;
		}

		public Builder sessionPrice(@Nullable String price) {
			this.sessionPrice = (price != null) ? new BigDecimal(price) : null;
			return this;
		}

		public Builder monthlyBudget(@Nullable String budget) {
			this.monthlyBudget = (budget != null) ? new BigDecimal(budget) : null;
			return this;
		}

		public Builder injury(InjurySeverity severity) {
			this.injurySeverity = severity;
			return this;
		}

		public Builder redFlags(RedFlag... redFlags) {
			Collections.addAll(this.redFlags, redFlags);
			return this;
		}

		public Builder medicallyCleared() {
			this.medicallyCleared = true;
			return this;
		}

		public Answers build() {
			return new Answers(this.goal, this.lifestyle, this.massageType, this.conditions, this.painLevel,
					this.painDuration, this.signs, this.sore, this.sessionPrice, this.monthlyBudget,
					this.injurySeverity, this.redFlags, this.medicallyCleared);
		}

	}

}
