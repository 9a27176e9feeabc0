package com.massageadvisor.questionnaire;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.InjurySeverity;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.validation.ConsistentPain;
import com.massageadvisor.validation.Money;
import com.massageadvisor.validation.PrintableText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the questionnaire form posts. Kept apart from the stored entity: it holds what a
 * person typed, which may be wrong, and is only turned into {@link Answers} once it is
 * valid.
 */
@ConsistentPain
public class QuestionnaireForm implements ConsistentPain.Answered {

	@NotBlank
	@Size(max = 100)
	@PrintableText
	private @Nullable String clientName;

	// an address a message can reach: a domain with a dot (name@example is refused)
	@Email(regexp = ".+@[^@.]+(\\.[^@.]+)+")
	@Size(max = 254)
	@PrintableText
	private @Nullable String email;

	@NotNull
	private @Nullable Goal goal;

	@NotNull
	private @Nullable Lifestyle lifestyle;

	@NotNull
	private @Nullable MassageType massageType;

	private Set<Condition> conditions = EnumSet.noneOf(Condition.class);

	@NotNull
	@Min(0)
	@Max(10)
	private @Nullable Integer painLevel;

	@NotNull
	private @Nullable PainDuration painDuration;

	private Set<Sign> signs = EnumSet.noneOf(Sign.class);

	private boolean soreAfterLastMassage;

	@Money(max = "10000", digits = 5)
	private @Nullable BigDecimal sessionPrice;

	@Money(max = "100000", digits = 6)
	private @Nullable BigDecimal monthlyBudget;

	private @Nullable InjurySeverity injurySeverity;

	private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

	private boolean medicallyCleared;

	@AssertTrue
	private boolean consent;

	/**
	 * The answers for the engine; call only once the form is valid.
	 * @return the answers
	 */
	@SuppressWarnings("NullAway")
	Answers toAnswers() {
		return new Answers(this.goal, this.lifestyle, this.massageType, this.conditions, this.painLevel,
				this.painDuration, this.signs, this.soreAfterLastMassage, this.sessionPrice, this.monthlyBudget,
				this.injurySeverity, this.redFlags, this.medicallyCleared);
	}

	@Override
	public @Nullable Integer painLevelAnswer() {
		return this.painLevel;
	}

	@Override
	public @Nullable PainDuration painDurationAnswer() {
		return this.painDuration;
	}

	public @Nullable InjurySeverity getInjurySeverity() {
		return this.injurySeverity;
	}

	public void setInjurySeverity(@Nullable InjurySeverity injurySeverity) {
		this.injurySeverity = injurySeverity;
	}

	public Set<RedFlag> getRedFlags() {
		return this.redFlags;
	}

	public void setRedFlags(@Nullable Set<RedFlag> redFlags) {
		this.redFlags = chosen(redFlags, RedFlag.class);
	}

	public boolean isMedicallyCleared() {
		return this.medicallyCleared;
	}

	public void setMedicallyCleared(boolean medicallyCleared) {
		this.medicallyCleared = medicallyCleared;
	}

	public @Nullable String getClientName() {
		return this.clientName;
	}

	public void setClientName(@Nullable String clientName) {
		this.clientName = clientName;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable Goal getGoal() {
		return this.goal;
	}

	public void setGoal(@Nullable Goal goal) {
		this.goal = goal;
	}

	public @Nullable Lifestyle getLifestyle() {
		return this.lifestyle;
	}

	public void setLifestyle(@Nullable Lifestyle lifestyle) {
		this.lifestyle = lifestyle;
	}

	public @Nullable MassageType getMassageType() {
		return this.massageType;
	}

	public void setMassageType(@Nullable MassageType massageType) {
		this.massageType = massageType;
	}

	public Set<Condition> getConditions() {
		return this.conditions;
	}

	public void setConditions(@Nullable Set<Condition> conditions) {
		this.conditions = chosen(conditions, Condition.class);
	}

	public @Nullable Integer getPainLevel() {
		return this.painLevel;
	}

	public void setPainLevel(@Nullable Integer painLevel) {
		this.painLevel = painLevel;
	}

	public @Nullable PainDuration getPainDuration() {
		return this.painDuration;
	}

	public void setPainDuration(@Nullable PainDuration painDuration) {
		this.painDuration = painDuration;
	}

	public Set<Sign> getSigns() {
		return this.signs;
	}

	public void setSigns(@Nullable Set<Sign> signs) {
		this.signs = chosen(signs, Sign.class);
	}

	public boolean isSoreAfterLastMassage() {
		return this.soreAfterLastMassage;
	}

	public void setSoreAfterLastMassage(boolean soreAfterLastMassage) {
		this.soreAfterLastMassage = soreAfterLastMassage;
	}

	public @Nullable BigDecimal getSessionPrice() {
		return this.sessionPrice;
	}

	public void setSessionPrice(@Nullable BigDecimal sessionPrice) {
		this.sessionPrice = sessionPrice;
	}

	public @Nullable BigDecimal getMonthlyBudget() {
		return this.monthlyBudget;
	}

	public void setMonthlyBudget(@Nullable BigDecimal monthlyBudget) {
		this.monthlyBudget = monthlyBudget;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	/**
	 * The choices made, without the empty ones: an empty item ({@code conditions=} or
	 * {@code FRACTURE,,DVT}) is converted to {@code null} and means no choice.
	 */
	private static <E extends Enum<E>> Set<E> chosen(@Nullable Collection<@Nullable E> choices, Class<E> type) {
		Set<E> chosen = EnumSet.noneOf(type);
		if (choices != null) {
			choices.stream().filter(Objects::nonNull).forEach(chosen::add);
		}
		return chosen;
	}

}
