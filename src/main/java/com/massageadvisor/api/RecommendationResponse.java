package com.massageadvisor.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.Advice;
import com.massageadvisor.rules.AdviceCode;
import com.massageadvisor.rules.BudgetFit;
import com.massageadvisor.rules.Citation;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.CostEstimate;
import com.massageadvisor.rules.IntRange;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.Phase;
import com.massageadvisor.rules.PhaseCost;
import com.massageadvisor.rules.PhaseKind;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Setting;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.rules.Source;
import com.massageadvisor.rules.Warning;
import com.massageadvisor.rules.WarningCode;
import org.jspecify.annotations.Nullable;

import static com.massageadvisor.plan.RecommendationMessages.rowIds;
import static com.massageadvisor.plan.RecommendationMessages.sourceIds;

/**
 * The JSON answer of {@code POST /api/v1/recommendations}: the fields of the API
 * contract, with texts resolved in the reader's language, plus the guideline rows behind
 * every item. When massage is not advisable it holds nothing a client could book from: no
 * type, interval, phases, gap or session length.
 */
record RecommendationResponse(String rulesVersion, boolean massageAdvisable, boolean clearanceRequired,
		@Nullable MassageType recommendedMassageType, @Nullable Days interval, @Nullable Integer minimumGapHours,
		@Nullable Reason minimumGap, @Nullable Minutes sessionMinutes, List<PhaseView> phases,
		List<WarningView> warnings, Setting setting, List<AdviceView> advice, @Nullable CostView cost,
		List<SourceView> sources) {

	/** Days between sessions. */
	record Days(int minDays, int maxDays) {
	}

	/** A count of sessions. */
	record Count(int min, int max) {
	}

	/** Why a value was chosen. */
	record Reason(int hours, String reason, List<String> sources, List<String> guidelines) {
	}

	/** The session length and why. */
	record Minutes(int min, int max, String reason, List<String> sources, List<String> guidelines) {
	}

	record PhaseView(PhaseKind code, String name, int intervalMinDays, int intervalMaxDays, @Nullable Count sessions,
			List<String> sources, List<String> guidelines) {
	}

	record WarningView(WarningCode code, Severity severity, @Nullable Condition condition, @Nullable RedFlag redFlag,
			String message, List<String> sources, List<String> guidelines) {
	}

	record AdviceView(AdviceCode code, String message, List<String> sources, List<String> guidelines) {
	}

	record PhaseCostView(PhaseKind phase, BigDecimal monthlyMin, BigDecimal monthlyMax, PhaseCost.@Nullable Money total,
			@Nullable BudgetFit budgetFit, @Nullable Days affordableInterval) {
	}

	record CostView(BigDecimal sessionPrice, @Nullable BigDecimal monthlyBudget, boolean overBudget,
			List<PhaseCostView> phases, List<String> sources) {
	}

	/** A cited article. */
	record SourceView(String id, String title) {
	}

	static RecommendationResponse of(Recommendation plan, RecommendationMessages messages, Locale locale) {
		Set<Source> cited = EnumSet.noneOf(Source.class);
		List<PhaseView> phases = new ArrayList<>(plan.phases().size());
		for (Phase phase : plan.phases()) {
			cited.addAll(phase.citation().sources());
			IntRange sessions = phase.sessions();
			phases
				.add(new PhaseView(phase.kind(), messages.text("phase." + phase.kind(), locale), phase.interval().min(),
						phase.interval().max(), (sessions != null) ? new Count(sessions.min(), sessions.max()) : null,
						sourceIds(phase.citation()), rowIds(phase.citation())));
		}
		List<WarningView> warnings = new ArrayList<>(plan.warnings().size());
		for (Warning warning : plan.warnings()) {
			cited.addAll(warning.citation().sources());
			warnings.add(new WarningView(warning.code(), warning.severity(), warning.condition(), warning.redFlag(),
					messages.text(warning.message(), locale), sourceIds(warning.citation()),
					rowIds(warning.citation())));
		}
		List<AdviceView> advice = new ArrayList<>(plan.advice().size());
		for (Advice item : plan.advice()) {
			cited.addAll(item.citation().sources());
			advice.add(new AdviceView(item.code(), messages.text(item.message(), locale), sourceIds(item.citation()),
					rowIds(item.citation())));
		}
		IntRange interval = plan.interval();
		if (!plan.massageAdvisable()) {
			return new RecommendationResponse(plan.rulesVersion(), false, plan.clearanceRequired(), null, null, null,
					null, null, phases, warnings, plan.setting(), advice, null,
					cited.stream().map((source) -> new SourceView(source.id(), source.title())).toList());
		}
		Citation gap = plan.minimumGap().citation();
		Citation length = plan.sessionLength().citation();
		cited.addAll(gap.sources());
		cited.addAll(length.sources());
		IntRange minutes = plan.sessionLength().minutes();
		return new RecommendationResponse(plan.rulesVersion(), plan.massageAdvisable(), plan.clearanceRequired(),
				plan.recommendedMassageType(), (interval != null) ? new Days(interval.min(), interval.max()) : null,
				plan.minimumGap().hours(),
				new Reason(plan.minimumGap().hours(), messages.text(plan.minimumGap().reason(), locale), sourceIds(gap),
						rowIds(gap)),
				new Minutes(minutes.min(), minutes.max(), messages.text(plan.sessionLength().reason(), locale),
						sourceIds(length), rowIds(length)),
				phases, warnings, plan.setting(), advice, cost(plan.cost()),
				cited.stream().map((source) -> new SourceView(source.id(), source.title())).toList());
	}

	private static @Nullable CostView cost(@Nullable CostEstimate cost) {
		if (cost == null) {
			return null;
		}
		List<PhaseCostView> phases = new ArrayList<>(cost.phases().size());
		for (PhaseCost phase : cost.phases()) {
			IntRange affordable = phase.affordableInterval();
			phases.add(new PhaseCostView(phase.phase(), phase.monthlyMin(), phase.monthlyMax(), phase.total(),
					phase.fit(), (affordable != null) ? new Days(affordable.min(), affordable.max()) : null));
		}
		return new CostView(cost.sessionPrice(), cost.monthlyBudget(), cost.overBudget(), phases,
				sourceIds(cost.citation()));
	}

}
