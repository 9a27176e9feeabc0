package com.massageadvisor.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.TestMessages;
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
import com.massageadvisor.rules.Sign;
import com.massageadvisor.rules.Warning;
import com.massageadvisor.rules.WarningCode;
import com.massageadvisor.system.ClinicProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pages and the sheet are given to show of a plan. */
class PlanPresenterTests {

	private final PlanPresenter presenter = new PlanPresenter(new RecommendationMessages(TestMessages.source(),
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

	@Test
	void moneyOnThePageIsAnEstimateInWholeUnits_theApiKeepsTheCents() {
		RecommendationMessages messages = messages(Currency.getInstance("EUR"));
		Message monthly = Message.of("plan.cost.monthly.single", new BigDecimal("811.67"));
		assertThat(messages.estimate(monthly, Locale.ENGLISH)).isEqualTo("€812 a month");
		assertThat(messages.estimate(monthly, Locale.FRENCH)).isEqualTo("812\u00a0€ par mois");
		assertThat(messages.text(monthly, Locale.ENGLISH)).as("the API's text").isEqualTo("€811.67 a month");
		assertThat(messages(Currency.getInstance("CHF")).estimate(new BigDecimal("173.50"), Locale.ENGLISH))
			.matches("CHF\\s?174");
		PlanView view = this.presenter.present(evaluate(desk()), Locale.ENGLISH);
		assertThat(view.costs()).isNotEmpty()
			.allSatisfy((cost) -> assertThat(cost.monthly()).matches("€\\d+( to €\\d+)? a month"));
		assertThat(view.advice()).extracting(PlanView.AdviceItem::message)
			.noneMatch((message) -> message.matches(".*€\\d+\\.\\d\\d.*"));
	}

	@Test
	void theAdviceComesInGroupsAndTheMonthlyCostIsLeftToTheCostTable() {
		PlanView view = this.presenter.present(evaluate(desk()), Locale.ENGLISH);
		assertThat(view.adviceGroups()).extracting(PlanView.AdviceGroup::id)
			.containsExactly("between", "session", "cost");
		assertThat(view.adviceGroups()).extracting(PlanView.AdviceGroup::heading)
			.containsExactly("Between sessions", "At your sessions", "What it costs");
		List<PlanView.AdviceItem> grouped = view.adviceGroups()
			.stream()
			.flatMap((group) -> group.items().stream())
			.toList();
		assertThat(grouped).extracting(PlanView.AdviceItem::code).doesNotContain("MONTHLY_COST");
		assertThat(grouped).containsExactlyInAnyOrderElementsOf(
				view.advice().stream().filter((item) -> !item.code().equals("MONTHLY_COST")).toList());
		assertThat(view.adviceGroups().get(0).items()).extracting(PlanView.AdviceItem::code).contains("SELF_CARE");
		assertThat(view.adviceGroups().get(1).items()).extracting(PlanView.AdviceItem::code)
			.contains("CHOOSE_THERAPIST");
		assertThat(view.adviceGroups().get(2).items()).extracting(PlanView.AdviceItem::code).contains("COST_PLANNING");
		assertThat(this.presenter.present(stopped(), Locale.ENGLISH).adviceGroups()).isEmpty();
		PlanView withoutPrice = this.presenter
			.present(evaluate(Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
				.pain(0, PainDuration.ACUTE)), Locale.ENGLISH);
		assertThat(withoutPrice.costs()).isEmpty();
		assertThat(withoutPrice.adviceGroups().get(2).items()).as("without a price, only the advice to plan for it")
			.extracting(PlanView.AdviceItem::code)
			.containsExactly("COST_PLANNING");
	}

	@Test
	void aStoppedPlanSaysDoNotBookInItsHeadlineOnly_itsWarningsGiveTheirReason() {
		PlanView view = this.presenter.present(stopped(), Locale.ENGLISH);
		assertThat(view.headline()).containsIgnoringCase("do not book");
		assertThat(view.warnings()).extracting(PlanView.WarningItem::message)
			.isNotEmpty()
			.noneMatch((message) -> message.toLowerCase(Locale.ROOT).contains("do not book"))
			.anyMatch((message) -> message.startsWith("You told us you have, or are being treated for, a blood clot"));
		PlanView french = this.presenter.present(stopped(), Locale.FRENCH);
		assertThat(french.warnings()).extracting(PlanView.WarningItem::message)
			.noneMatch((message) -> message.toLowerCase(Locale.FRENCH).contains("ne réservez pas"));
	}

	@Test
	void sourcesNameTheirPublisherInTheReadersLanguage() {
		PlanView view = this.presenter.present(stopped(), Locale.ENGLISH);
		assertThat(view.sources()).isNotEmpty().allSatisfy((source) -> assertThat(source.publisher()).isNotBlank());
		assertThat(this.presenter.present(redFlag(RedFlag.SADDLE_NUMBNESS), Locale.FRENCH).sources())
			.extracting(PlanView.SourceItem::publisher)
			.contains("National Institute for Health and Care Excellence (NICE, Royaume-Uni)");
	}

	@Test
	void theCourseForAScreenHasALanePerPhaseOverDatesFromTheFirstSession() {
		Recommendation plan = evaluate(desk().medicallyCleared());
		PlanView.Course course = this.presenter.present(plan, Locale.ENGLISH, Locale.UK, LocalDate.of(2026, 12, 7))
			.course();
		assertThat(course.width()).isEqualTo(360);
		assertThat(course.lanes()).extracting(PlanView.Lane::label)
			.containsExactly("Initial series", "Transition", "Maintenance");
		assertThat(course.lanes()).allSatisfy((lane) -> {
			assertThat(lane.x()).isGreaterThanOrEqualTo(course.left());
			assertThat(lane.x() + lane.width()).isLessThanOrEqualTo(course.right());
			assertThat(lane.sessions()).isNotEmpty();
			assertThat(lane.y()).isLessThan(course.axisY());
		});
		assertThat(course.lanes()).extracting(PlanView.Lane::y).doesNotHaveDuplicates();
		assertThat(course.lanes().stream().mapToInt((lane) -> lane.sessions().size()).sum())
			.as("every session of the twelve weeks")
			.isEqualTo(11);
		assertThat(course.dates()).extracting(PlanView.DateTick::label)
			.containsExactly("7 Dec", "4 Jan", "1 Feb", "1 Mar");
		assertThat(course.dates()).extracting(PlanView.DateTick::anchor)
			.containsExactly("start", "middle", "middle", "end");
		assertThat(course.height()).isGreaterThan(course.axisY() + 20);
		assertThat(this.presenter.present(plan, Locale.ENGLISH, Locale.US, LocalDate.of(2026, 12, 7)).course().dates())
			.extracting(PlanView.DateTick::label)
			.startsWith("Dec 7");
		assertThat(
				this.presenter.present(plan, Locale.FRENCH, Locale.FRANCE, LocalDate.of(2026, 12, 7)).course().dates())
			.extracting(PlanView.DateTick::label)
			.startsWith("7 déc.");
		assertThat(this.presenter.present(plan, Locale.ENGLISH).course().dates()).as("without a first session")
			.extracting(PlanView.DateTick::label)
			.containsExactly("start", "4 weeks", "8 weeks", "12 weeks");
		assertThat(this.presenter.present(stopped(), Locale.ENGLISH).course()).isNull();
	}

	private static Answers.Builder desk() {
		return Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
			.pain(5, PainDuration.SUBACUTE)
			.signs(Sign.HEADACHES)
			.sessionPrice("95")
			.monthlyBudget("250");
	}

	private static Recommendation evaluate(Answers.Builder answers) {
		return new RulesEngine().evaluate(answers.build());
	}

	private static Recommendation redFlag(RedFlag flag) {
		return new RulesEngine().evaluate(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.pain(4, PainDuration.ACUTE)
			.redFlags(flag)
			.build());
	}

	private static RecommendationMessages messages(Currency currency) {
		return new RecommendationMessages(TestMessages.source(),
				new ClinicProperties("Clinic", "", "", currency, null, Duration.ofMinutes(15)));
	}

	private static Recommendation stopped() {
		return new RulesEngine().evaluate(Answers.builder(Goal.RELAXATION, Lifestyle.SENIOR, MassageType.DEEP_TISSUE)
			.conditions(Condition.DVT)
			.pain(4, PainDuration.ACUTE)
			.sessionPrice("80")
			.build());
	}

}
