package com.massageadvisor.api;

import java.math.BigDecimal;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/recommendations}: the answers of the API contract.
 * Optional fields may be left out or null; unknown fields are refused. Pain today with
 * "no back pain at the moment" is refused on {@code painDuration}.
 */
@ConsistentPain
record RecommendationRequest(@NotNull @Nullable Goal goal, @NotNull @Nullable Lifestyle lifestyle,
		@NotNull @Nullable MassageType massageType, @Size(max = 12) @Nullable Set<@NotNull Condition> conditions,
		@NotNull @Min(0) @Max(10) @Nullable Integer painLevel, @Nullable PainDuration painDuration,
		@Size(max = 5) @Nullable Set<@NotNull Sign> signs, @Nullable Boolean soreAfterLastMassage,
		@Money(max = "10000", digits = 5) @Nullable BigDecimal sessionPrice,
		@Money(max = "100000", digits = 6) @Nullable BigDecimal monthlyBudget, @Nullable InjurySeverity injurySeverity,
		@Size(max = 7) @Nullable Set<@NotNull RedFlag> redFlags,
		@Nullable Boolean medicallyCleared) implements ConsistentPain.Answered {

	@Override
	public @Nullable Integer painLevelAnswer() {
		return this.painLevel;
	}

	@Override
	public @Nullable PainDuration painDurationAnswer() {
		return this.painDuration;
	}

	/**
	 * The answers for the engine; call only once the request is valid.
	 * @return the answers, with the contract's defaults for what was left out
	 */
	Answers toAnswers() {
		return new Answers(this.goal, this.lifestyle, this.massageType,
				(this.conditions != null) ? this.conditions : Set.of(), this.painLevel,
				(this.painDuration != null) ? this.painDuration : PainDuration.NONE,
				(this.signs != null) ? this.signs : Set.of(), Boolean.TRUE.equals(this.soreAfterLastMassage),
				this.sessionPrice, this.monthlyBudget, this.injurySeverity,
				(this.redFlags != null) ? this.redFlags : Set.of(), Boolean.TRUE.equals(this.medicallyCleared));
	}

}
