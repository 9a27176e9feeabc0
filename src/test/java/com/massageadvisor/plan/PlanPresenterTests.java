package com.massageadvisor.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Citation;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Guideline;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.Message;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.rules.Warning;
import com.massageadvisor.rules.WarningCode;
import com.massageadvisor.system.ClinicProperties;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pages and the sheet are given to show of a plan. */
class PlanPresenterTests {

	private final PlanPresenter presenter = new PlanPresenter(new RecommendationMessages(messages(),
			new ClinicProperties("Clinic", "", "", Currency.getInstance("EUR"), null, Duration.ofMinutes(15))));

	@Test
	void aStoppedPlanStillGaveATypeALengthAndAGapToShow_nowItGivesNothingToBookFrom() {
		PlanView view = this.presenter.present(stopped(), Locale.ENGLISH);
		assertThat(view.advisable()).isFalse();
		assertThat(view.massageType()).isNull();
		assertThat(view.sessionLength()).isNull();
		assertThat(view.minimumGap()).isNull();
		assertThat(view.setting()).isNull();
		assertThat(view.phases()).isEmpty();
		assertThat(view.costs()).isEmpty();
		assertThat(view.timeline()).isNull();
		assertThat(view.urgent()).isFalse();
		assertThat(view.headline()).isEqualTo("Please do not book a massage for now: talk to a doctor or another "
				+ "healthcare professional first.");
	}

	@Test
	void aStoredSnapshotOfOlderRulesKeptCautionsAboutBooking_aStoppedPlanShowsOnlyItsStopAndConsultWarnings() {
		Recommendation plan = stopped();
		List<Warning> warnings = new ArrayList<>(plan.warnings());
		warnings.add(new Warning(WarningCode.RECOVERY_TIME, Severity.CAUTION, null, Message.of("warning.RECOVERY_TIME"),
				Citation.of(Guideline.values()[0])));
		Recommendation snapshot = new Recommendation(plan.rulesVersion(), false, plan.clearanceRequired(),
				plan.recommendedMassageType(), null, plan.minimumGap(), plan.sessionLength(), List.of(), warnings,
				plan.setting(), plan.advice(), null);
		PlanView view = this.presenter.present(snapshot, Locale.ENGLISH);
		assertThat(view.warnings()).extracting(PlanView.WarningItem::severity).containsOnly(Severity.STOP);
	}

	@Test
	void anUrgentRedFlagWasToldTheSameAsAnyStop_itsHeadlineSendsTheClientToADoctorToday() {
		Recommendation plan = new RulesEngine()
			.evaluate(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
				.pain(4, PainDuration.ACUTE)
				.redFlags(RedFlag.SADDLE_NUMBNESS)
				.build());
		PlanView view = this.presenter.present(plan, Locale.ENGLISH);
		assertThat(view.urgent()).isTrue();
		assertThat(view.headline()).isEqualTo("Please do not book a massage: see a doctor today.");
		assertThat(view.advice()).extracting(PlanView.AdviceItem::code).containsExactly("SEE_DOCTOR_URGENTLY");
		PlanView soon = this.presenter.present(new RulesEngine()
			.evaluate(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
				.pain(4, PainDuration.ACUTE)
				.redFlags(RedFlag.WEIGHT_LOSS)
				.build()), Locale.ENGLISH);
		assertThat(soon.urgent()).isFalse();
		assertThat(soon.headline()).startsWith("Please do not book a massage for now");
	}

	private static Recommendation stopped() {
		return new RulesEngine().evaluate(Answers.builder(Goal.RELAXATION, Lifestyle.SENIOR, MassageType.DEEP_TISSUE)
			.conditions(Condition.DVT)
			.pain(4, PainDuration.ACUTE)
			.sessionPrice("80")
			.build());
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setAlwaysUseMessageFormat(true);
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
