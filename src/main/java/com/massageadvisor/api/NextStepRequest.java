package com.massageadvisor.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Soreness;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/recommendations/next}: the answers of the questionnaire
 * and the check-ins so far, oldest first. The dates are checked by the controller (not in
 * the future, none before the one above it), together with these constraints.
 *
 * @param answers the answers, as for {@code POST /api/v1/recommendations}
 * @param checkIns 1 to 52 check-ins, oldest first
 */
record NextStepRequest(@NotNull @Valid @Nullable RecommendationRequest answers, @NotNull @Size(min = 1,
		max = NextStepRequest.MAX_CHECK_INS) @Valid @Nullable List<@NotNull @Nullable CheckInRequest> checkIns) {

	/** The most check-ins one request may carry: one a week for a year. */
	static final int MAX_CHECK_INS = 52;

	/**
	 * One check-in, as the contract names its fields.
	 *
	 * @param date the day of the check-in
	 * @param sessionsSinceLast sessions since the previous check-in, 0 to 20
	 * @param painLevel pain now, 0 to 10
	 * @param reliefDays how many days the relief of the last session lasted, 0 to 90
	 * @param soreness sore or tired after the last session; {@code NONE} when left out
	 * @param change the overall change since the start
	 * @param painDuringSession the massage was painful beyond comfort; false when left
	 * out
	 * @param redFlags the red flags now; none when left out
	 */
	record CheckInRequest(@NotNull @Nullable LocalDate date,
			@NotNull @Min(0) @Max(CheckIn.MAX_SESSIONS) @Nullable Integer sessionsSinceLast,
			@NotNull @Min(0) @Max(10) @Nullable Integer painLevel,
			@Min(0) @Max(CheckIn.MAX_RELIEF_DAYS) @Nullable Integer reliefDays, @Nullable Soreness soreness,
			@NotNull @Nullable Change change, @Nullable Boolean painDuringSession,
			@Size(max = 7) @Nullable Set<@NotNull RedFlag> redFlags) {

		/**
		 * The check-in for the engine; call only once the request is valid.
		 * @return the check-in, with the contract's defaults for what was left out
		 */
		CheckIn toCheckIn() {
			return new CheckIn(this.sessionsSinceLast, this.painLevel, this.reliefDays,
					(this.soreness != null) ? this.soreness : Soreness.NONE, this.change,
					Boolean.TRUE.equals(this.painDuringSession), (this.redFlags != null) ? this.redFlags : Set.of());
		}

	}

}
