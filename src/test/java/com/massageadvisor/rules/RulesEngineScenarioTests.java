package com.massageadvisor.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.massageadvisor.rules.AdviceCode.BOOK_NEXT_SESSION;
import static com.massageadvisor.rules.AdviceCode.BUDGET_BRIDGE;
import static com.massageadvisor.rules.AdviceCode.BUDGET_NEEDS_PRICE;
import static com.massageadvisor.rules.AdviceCode.BUFFER_TIME;
import static com.massageadvisor.rules.AdviceCode.CHOOSE_THERAPIST;
import static com.massageadvisor.rules.AdviceCode.COMPLEMENTARY_CARE;
import static com.massageadvisor.rules.AdviceCode.COST_PLANNING;
import static com.massageadvisor.rules.AdviceCode.HEAT_COMFORT;
import static com.massageadvisor.rules.AdviceCode.HOME_STRATEGIES;
import static com.massageadvisor.rules.AdviceCode.LONG_STANDING_PAIN;
import static com.massageadvisor.rules.AdviceCode.MONTHLY_COST;
import static com.massageadvisor.rules.AdviceCode.OTHER_CARE_MEANWHILE;
import static com.massageadvisor.rules.AdviceCode.OVER_BUDGET;
import static com.massageadvisor.rules.AdviceCode.PAIN_DURING_SESSION;
import static com.massageadvisor.rules.AdviceCode.SEE_PROFESSIONAL_FIRST;
import static com.massageadvisor.rules.AdviceCode.SELF_CARE;
import static com.massageadvisor.rules.AdviceCode.SETTING;
import static com.massageadvisor.rules.AdviceCode.TRACK_AND_ADJUST;
import static com.massageadvisor.rules.AdviceCode.TYPE_ABOUT;
import static com.massageadvisor.rules.AdviceCode.TYPE_CHANGED;
import static com.massageadvisor.rules.AdviceCode.TYPE_SUGGESTED;
import static com.massageadvisor.rules.AdviceCode.WITHIN_BUDGET;
import static com.massageadvisor.rules.BudgetFit.FITS;
import static com.massageadvisor.rules.BudgetFit.FITS_AT_LONGER_INTERVALS;
import static com.massageadvisor.rules.BudgetFit.OVER;
import static com.massageadvisor.rules.Condition.ARTHRITIS;
import static com.massageadvisor.rules.Condition.CANCER;
import static com.massageadvisor.rules.Condition.DVT;
import static com.massageadvisor.rules.Condition.FIBROMYALGIA;
import static com.massageadvisor.rules.Condition.FRACTURE;
import static com.massageadvisor.rules.Condition.HERNIATED_DISC;
import static com.massageadvisor.rules.Condition.NERVE_PROBLEMS;
import static com.massageadvisor.rules.Condition.OPEN_WOUND;
import static com.massageadvisor.rules.Condition.OSTEOPOROSIS;
import static com.massageadvisor.rules.Condition.PREGNANCY;
import static com.massageadvisor.rules.Condition.SEVERE_OSTEOPOROSIS;
import static com.massageadvisor.rules.Condition.SPINE_SPECIALIST_CARE;
import static com.massageadvisor.rules.Goal.ACUTE_INJURY;
import static com.massageadvisor.rules.Goal.CHRONIC_PAIN;
import static com.massageadvisor.rules.Goal.RELAXATION;
import static com.massageadvisor.rules.Guideline.A1;
import static com.massageadvisor.rules.Guideline.A2;
import static com.massageadvisor.rules.Guideline.A3;
import static com.massageadvisor.rules.Guideline.A4;
import static com.massageadvisor.rules.Guideline.A5;
import static com.massageadvisor.rules.Guideline.A6;
import static com.massageadvisor.rules.Guideline.C1;
import static com.massageadvisor.rules.Guideline.C2;
import static com.massageadvisor.rules.Guideline.C3;
import static com.massageadvisor.rules.Guideline.C4;
import static com.massageadvisor.rules.Guideline.C5;
import static com.massageadvisor.rules.Guideline.C6;
import static com.massageadvisor.rules.Guideline.C7;
import static com.massageadvisor.rules.Guideline.C8;
import static com.massageadvisor.rules.Guideline.F1;
import static com.massageadvisor.rules.Guideline.F10;
import static com.massageadvisor.rules.Guideline.F2;
import static com.massageadvisor.rules.Guideline.F3;
import static com.massageadvisor.rules.Guideline.F4;
import static com.massageadvisor.rules.Guideline.F5;
import static com.massageadvisor.rules.Guideline.F6;
import static com.massageadvisor.rules.Guideline.F7;
import static com.massageadvisor.rules.Guideline.F8;
import static com.massageadvisor.rules.Guideline.F9;
import static com.massageadvisor.rules.Guideline.L1;
import static com.massageadvisor.rules.Guideline.L2;
import static com.massageadvisor.rules.Guideline.L3;
import static com.massageadvisor.rules.Guideline.L4;
import static com.massageadvisor.rules.Guideline.L5;
import static com.massageadvisor.rules.Guideline.L6;
import static com.massageadvisor.rules.Guideline.S1;
import static com.massageadvisor.rules.Guideline.S10;
import static com.massageadvisor.rules.Guideline.S2;
import static com.massageadvisor.rules.Guideline.S3;
import static com.massageadvisor.rules.Guideline.S4;
import static com.massageadvisor.rules.Guideline.S5;
import static com.massageadvisor.rules.Guideline.S6;
import static com.massageadvisor.rules.Guideline.S7;
import static com.massageadvisor.rules.Guideline.S8;
import static com.massageadvisor.rules.Guideline.S9;
import static com.massageadvisor.rules.Guideline.SIGNS;
import static com.massageadvisor.rules.Guideline.T1;
import static com.massageadvisor.rules.Guideline.T10;
import static com.massageadvisor.rules.Guideline.T2;
import static com.massageadvisor.rules.Guideline.T3;
import static com.massageadvisor.rules.Guideline.T4;
import static com.massageadvisor.rules.Guideline.T5;
import static com.massageadvisor.rules.Guideline.T6;
import static com.massageadvisor.rules.Guideline.T7;
import static com.massageadvisor.rules.Guideline.T8;
import static com.massageadvisor.rules.Guideline.T9;
import static com.massageadvisor.rules.Lifestyle.ATHLETE;
import static com.massageadvisor.rules.Lifestyle.DESK_WORKER;
import static com.massageadvisor.rules.Lifestyle.OTHER;
import static com.massageadvisor.rules.Lifestyle.PARENT_CAREGIVER;
import static com.massageadvisor.rules.Lifestyle.PHYSICAL_JOB;
import static com.massageadvisor.rules.Lifestyle.SENIOR;
import static com.massageadvisor.rules.MassageType.DEEP_TISSUE;
import static com.massageadvisor.rules.MassageType.HOT_STONE;
import static com.massageadvisor.rules.MassageType.NOT_SURE;
import static com.massageadvisor.rules.MassageType.SPORTS;
import static com.massageadvisor.rules.MassageType.SWEDISH;
import static com.massageadvisor.rules.MassageType.THAI;
import static com.massageadvisor.rules.MassageType.TRIGGER_POINT;
import static com.massageadvisor.rules.PainDuration.ACUTE;
import static com.massageadvisor.rules.PainDuration.CHRONIC;
import static com.massageadvisor.rules.PainDuration.SUBACUTE;
import static com.massageadvisor.rules.PhaseKind.INITIAL_SERIES;
import static com.massageadvisor.rules.PhaseKind.REGULAR;
import static com.massageadvisor.rules.PhaseKind.TRANSITION;
import static com.massageadvisor.rules.Setting.CLINIC;
import static com.massageadvisor.rules.Setting.HEALTH_CLUB;
import static com.massageadvisor.rules.Setting.SPA;
import static com.massageadvisor.rules.Severity.CAUTION;
import static com.massageadvisor.rules.Severity.CONSULT;
import static com.massageadvisor.rules.Severity.INFO;
import static com.massageadvisor.rules.Severity.STOP;
import static com.massageadvisor.rules.Sign.HEADACHES;
import static com.massageadvisor.rules.Sign.HIGH_STRESS;
import static com.massageadvisor.rules.Sign.LIMITED_MOTION;
import static com.massageadvisor.rules.Sign.PERSISTENT_ACHES;
import static com.massageadvisor.rules.Sign.POOR_SLEEP;
import static com.massageadvisor.rules.WarningCode.CONTRAINDICATION;
import static com.massageadvisor.rules.WarningCode.GENTLE_TECHNIQUE;
import static com.massageadvisor.rules.WarningCode.MEDICAL_CLEARANCE;
import static com.massageadvisor.rules.WarningCode.MEDICAL_EVALUATION;
import static com.massageadvisor.rules.WarningCode.RECOVERY_TIME;
import static com.massageadvisor.rules.WarningCode.SEVERE_PAIN;
import static com.massageadvisor.rules.WarningCode.SORENESS;
import static com.massageadvisor.rules.WarningCode.TELL_SPECIALIST;
import static com.massageadvisor.rules.WarningCode.UNDERLYING_CONDITION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clinical scenarios, each checked the way a clinician would read the printed plan:
 * whether massage is advisable, which type, the phases, session length, minimum gap,
 * setting, warnings, the key advice, the cost, and which guideline rows the scenario is
 * about. The expected values are derived from {@code docs/guidelines.md} and the API
 * contract, not copied from the engine.
 *
 */
class RulesEngineScenarioTests {

	/** Advice every advisable plan carries. */
	private static final AdviceCode[] EVERY_PLAN = { TYPE_ABOUT, SETTING, BOOK_NEXT_SESSION, TRACK_AND_ADJUST,
			BUFFER_TIME, CHOOSE_THERAPIST, PAIN_DURING_SESSION, SELF_CARE, COST_PLANNING };

	/** Advice that only belongs to an advisable plan. */
	private static final AdviceCode[] PLAN_ONLY = { BOOK_NEXT_SESSION, TRACK_AND_ADJUST, COST_PLANNING, MONTHLY_COST,
			SELF_CARE };

	private static final List<Scenario> SCENARIOS = List.of(
			// Relaxation and maintenance, by lifestyle and type
			scenario("Office worker without back pain who wants to unwind (Swedish)",
					answers(RELAXATION, DESK_WORKER, SWEDISH).build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28, F1, F2, L1)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.advice(EVERY_PLAN)
				.noAdvice(TYPE_CHANGED, TYPE_SUGGESTED, HOME_STRATEGIES, COMPLEMENTARY_CARE, LONG_STANDING_PAIN,
						HEAT_COMFORT)
				.covers(F1, F2, L1, T2, T4, T10, C1, A1, A2, A4, A5, C2, C3, C4, C6, C8, S7),
			scenario("Relaxation with hot stones, no particular lifestyle",
					answers(RELAXATION, OTHER, HOT_STONE).build())
				.advisable(HOT_STONE)
				.open(REGULAR, 7, 28, F1, F2)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.advice(HEAT_COMFORT, TYPE_ABOUT)
				.covers(F1, F2, T9),
			scenario("Busy parent who wants to relax", answers(RELAXATION, PARENT_CAREGIVER, SWEDISH).build())
				.advisable(SWEDISH)
				.open(REGULAR, 28, 28, L5)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.covers(L5, F1),
			scenario("Parent caregiver keeping well, not sure which massage",
					answers(Goal.MAINTENANCE, PARENT_CAREGIVER, NOT_SURE).build())
				.advisable(SWEDISH)
				.open(REGULAR, 28, 28, F8, L5)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.advice(TYPE_SUGGESTED)
				.noAdvice(TYPE_CHANGED)
				.covers(L5, F8, F9, T2, T4),
			scenario("Senior who wants to relax with a Swedish massage", answers(RELAXATION, SENIOR, SWEDISH).build())
				.advisable(SWEDISH)
				.open(REGULAR, 7, 14, L6)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.warning(GENTLE_TECHNIQUE, CAUTION)
				.noAdvice(TYPE_CHANGED)
				.covers(L6, F1, F2),
			scenario("Senior asking for Thai massage to stay supple: gentle Swedish instead",
					answers(Goal.MAINTENANCE, SENIOR, THAI).build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 14, F8, L6)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.warning(GENTLE_TECHNIQUE, CAUTION)
				.advice(TYPE_CHANGED)
				.covers(L6, T4, F8),
			scenario("Senior with chronic pain who wants deep tissue: gentle, weekly at most, then taper",
					answers(CHRONIC_PAIN, SENIOR, DEEP_TISSUE).pain(5, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 7, 7, 4, 8, F3, F4, L6)
				.series(TRANSITION, 14, 14, 2, 4, F3, L6)
				.open(PhaseKind.MAINTENANCE, 14, 28, F3, F9, L6)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(GENTLE_TECHNIQUE, CAUTION)
				.advice(TYPE_CHANGED, LONG_STANDING_PAIN, HOME_STRATEGIES, COMPLEMENTARY_CARE)
				.noAdvice(TYPE_SUGGESTED)
				.covers(L6, T4, A3, F3, F4),
			scenario("Amateur athlete keeping in shape with sports massage",
					answers(Goal.MAINTENANCE, ATHLETE, SPORTS).build())
				.advisable(SPORTS)
				.open(REGULAR, 14, 14, F8, L3)
				.minutes(60, 90)
				.gapHours(48)
				.setting(HEALTH_CLUB)
				.warning(RECOVERY_TIME, CAUTION)
				.covers(L3, L4, T7, T1, T3, T5, F8, C1),
			scenario("Athlete who is not sure which massage to book",
					answers(Goal.MAINTENANCE, ATHLETE, NOT_SURE).build())
				.advisable(SPORTS)
				.open(REGULAR, 14, 14, L3)
				.minutes(60, 90)
				.gapHours(48)
				.setting(HEALTH_CLUB)
				.warning(RECOVERY_TIME, CAUTION)
				.advice(TYPE_SUGGESTED)
				.noAdvice(TYPE_CHANGED)
				.covers(T7, L3),
			scenario("Athlete who just wants to relax: a spa, not a health club",
					answers(RELAXATION, ATHLETE, SWEDISH).build())
				.advisable(SWEDISH)
				.open(REGULAR, 7, 14, F1, F2, L3)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.covers(C1, L3, F1, F2),
			scenario("Athlete with chronic pain, sports massage: maintenance no more frequent than the transition",
					answers(CHRONIC_PAIN, ATHLETE, SPORTS).pain(5, CHRONIC).build())
				.advisable(SPORTS)
				.series(INITIAL_SERIES, 3, 7, 4, 8, F3, F4)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 14, 28, F3, L3)
				.minutes(60, 90)
				.gapHours(48)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(RECOVERY_TIME, CAUTION)
				.covers(L3, L4, F3, T7),
			scenario("Warehouse worker (physical job) keeping well: more often than sedentary people",
					answers(Goal.MAINTENANCE, PHYSICAL_JOB, SWEDISH).build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 21, F8, L4)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.covers(L4, F8, F9),
			scenario("Physical job, wants to relax with trigger point therapy",
					answers(RELAXATION, PHYSICAL_JOB, TRIGGER_POINT).build())
				.advisable(TRIGGER_POINT)
				.open(REGULAR, 7, 14, F1, F2, L4)
				.minutes(60, 90)
				.gapHours(48)
				.setting(SPA)
				.warning(RECOVERY_TIME, CAUTION)
				.advice(HOME_STRATEGIES)
				.covers(T6, L4, C5),
			scenario("Thai massage for general upkeep", answers(Goal.MAINTENANCE, OTHER, THAI).build()).advisable(THAI)
				.open(REGULAR, 14, 28, F8, F9)
				.minutes(60, 90)
				.gapHours(48)
				.setting(SPA)
				.warning(RECOVERY_TIME, CAUTION)
				.covers(T8, F8, F9),
			// Chronic pain
			scenario("Persistent low back pain for months, Swedish",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).pain(5, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8, F3, F4)
				.series(TRANSITION, 14, 14, 2, 4, F3)
				.open(PhaseKind.MAINTENANCE, 28, 28, F9)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.advice(LONG_STANDING_PAIN, HOME_STRATEGIES, COMPLEMENTARY_CARE)
				.covers(F3, F4, F5, F9, F10, A3, C5, C7),
			scenario("Chronic back pain, not sure which massage: deep tissue suggested",
					answers(CHRONIC_PAIN, OTHER, NOT_SURE).pain(4, SUBACUTE).build())
				.advisable(DEEP_TISSUE)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(60, 90)
				.gapHours(48)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(RECOVERY_TIME, CAUTION)
				.advice(TYPE_SUGGESTED, LONG_STANDING_PAIN)
				.covers(T5, T1, T3),
			scenario("Desk worker with chronic pain 6/10 for months, deep tissue",
					answers(CHRONIC_PAIN, DESK_WORKER, DEEP_TISSUE).pain(6, CHRONIC).build())
				.advisable(DEEP_TISSUE)
				.series(INITIAL_SERIES, 3, 7, 4, 8, F3, F4, L2)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28, L1)
				.minutes(60, 90)
				.gapHours(48)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(RECOVERY_TIME, CAUTION)
				.covers(L2, L1, S3, S8, F3, F4),
			scenario("Parent caregiver with chronic pain 6/10 for months",
					answers(CHRONIC_PAIN, PARENT_CAREGIVER, SWEDISH).pain(6, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28, L5)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.covers(L5, S8, F3),
			// Desk worker with pain from sitting (L2)
			scenario("Desk worker whose back hurts from sitting, wants upkeep: series first",
					answers(Goal.MAINTENANCE, DESK_WORKER, SWEDISH).pain(5, SUBACUTE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 7, 13, 3, 8, L2)
				.open(PhaseKind.MAINTENANCE, 14, 28, L1, F8)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.advice(HOME_STRATEGIES, COMPLEMENTARY_CARE)
				.noAdvice(LONG_STANDING_PAIN)
				.covers(L2, L1, F8, F9),
			scenario("Desk worker with recent back pain who wants to relax: series, then maintenance",
					answers(RELAXATION, DESK_WORKER, SWEDISH).pain(4, ACUTE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 7, 13, 3, 8, L2)
				.open(PhaseKind.MAINTENANCE, 14, 28, F1, F2, L1)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.covers(L2, L1),
			scenario("Desk worker with mild discomfort (2/10): no series",
					answers(Goal.MAINTENANCE, DESK_WORKER, SWEDISH).pain(2, ACUTE).build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28, L1)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.noAdvice(HOME_STRATEGIES)
				.covers(L1, F8),
			// Acute injury
			// F6: an injury whose severity was not given gets the plan of a minor one (2
			// or 3 sessions in two weeks)
			scenario("Acute back strain, Swedish: doctor first, short gentle sessions",
					answers(ACUTE_INJURY, OTHER, SWEDISH).pain(5, ACUTE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 4, 7, 2, 3, F6)
				.series(TRANSITION, 7, 7, 2, 4, F6)
				.open(PhaseKind.MAINTENANCE, 14, 28, F8, F9)
				.minutes(30, 45)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.advice(HOME_STRATEGIES, COMPLEMENTARY_CARE)
				.covers(F6, S4, F8, F9),
			scenario("Acute injury at a physical job, asks for deep tissue: Swedish instead",
					answers(ACUTE_INJURY, PHYSICAL_JOB, DEEP_TISSUE).pain(6, ACUTE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 4, 7, 2, 3)
				.series(TRANSITION, 7, 7, 2, 4)
				.open(PhaseKind.MAINTENANCE, 14, 21, L4)
				.minutes(30, 45)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.advice(TYPE_CHANGED)
				.covers(F6, T4, L4, S4),
			scenario("Injured athlete, not sure which massage: no intense type while injured",
					answers(ACUTE_INJURY, ATHLETE, NOT_SURE).pain(5, ACUTE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 4, 7, 2, 3)
				.series(TRANSITION, 7, 7, 2, 4)
				.open(PhaseKind.MAINTENANCE, 14, 14, L3)
				.minutes(30, 45)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.covers(F6, L3),
			scenario("Acute injury with a desk job: the injury plan, no sitting series on top",
					answers(ACUTE_INJURY, DESK_WORKER, SWEDISH).pain(6, ACUTE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 4, 7, 2, 3)
				.series(TRANSITION, 7, 7, 2, 4)
				.open(PhaseKind.MAINTENANCE, 14, 28, L1)
				.minutes(30, 45)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.covers(F6, L1),
			// Pregnancy
			scenario("Pregnant, asks for deep tissue to relax: prenatal massage, no recovery warning",
					answers(RELAXATION, OTHER, DEEP_TISSUE).conditions(PREGNANCY).build())
				.advisable(MassageType.PRENATAL)
				.open(REGULAR, 7, 28, F1, F2)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(WarningCode.PRENATAL, CAUTION, PREGNANCY)
				.advice(TYPE_CHANGED)
				.covers(S5),
			scenario("Pregnant with chronic back pain, not sure which massage",
					answers(CHRONIC_PAIN, OTHER, NOT_SURE).conditions(PREGNANCY).pain(5, CHRONIC).build())
				.advisable(MassageType.PRENATAL)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(WarningCode.PRENATAL, CAUTION, PREGNANCY)
				.covers(S5, F3),
			scenario("Pregnant athlete asking for sports massage",
					answers(Goal.MAINTENANCE, ATHLETE, SPORTS).conditions(PREGNANCY).build())
				.advisable(MassageType.PRENATAL)
				.open(REGULAR, 14, 14, L3)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(WarningCode.PRENATAL, CAUTION, PREGNANCY)
				.advice(TYPE_CHANGED)
				.covers(S5, L3),
			scenario("Pregnant, asks for prenatal massage",
					answers(Goal.MAINTENANCE, OTHER, MassageType.PRENATAL).conditions(PREGNANCY).build())
				.advisable(MassageType.PRENATAL)
				.open(REGULAR, 14, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(WarningCode.PRENATAL, CAUTION, PREGNANCY)
				.noAdvice(TYPE_CHANGED)
				.covers(S5),
			// Contraindications (STOP), alone and together
			scenario("Recent fracture: no massage, see a professional (price given, no cost)",
					answers(RELAXATION, OTHER, SWEDISH).conditions(FRACTURE).sessionPrice("80.00").build())
				.notAdvisable()
				.setting(CLINIC)
				.warning(CONTRAINDICATION, STOP, FRACTURE)
				.advice(SEE_PROFESSIONAL_FIRST, OTHER_CARE_MEANWHILE)
				.noAdvice(PLAN_ONLY)
				.covers(S1, S3, S8, C7, A4),
			scenario("Fracture, DVT and cancer together: one contraindication each",
					answers(Goal.MAINTENANCE, OTHER, SWEDISH).conditions(FRACTURE, DVT, CANCER).build())
				.notAdvisable()
				.setting(CLINIC)
				.warning(CONTRAINDICATION, STOP, FRACTURE)
				.warning(CONTRAINDICATION, STOP, DVT)
				.warning(CONTRAINDICATION, STOP, CANCER)
				.advice(SEE_PROFESSIONAL_FIRST, OTHER_CARE_MEANWHILE)
				.noAdvice(PLAN_ONLY)
				.covers(S1),
			scenario("All five contraindications at once",
					answers(RELAXATION, OTHER, HOT_STONE)
						.conditions(CANCER, SEVERE_OSTEOPOROSIS, DVT, OPEN_WOUND, FRACTURE)
						.build())
				.notAdvisable()
				.setting(CLINIC)
				.warning(CONTRAINDICATION, STOP, FRACTURE)
				.warning(CONTRAINDICATION, STOP, OPEN_WOUND)
				.warning(CONTRAINDICATION, STOP, DVT)
				.warning(CONTRAINDICATION, STOP, SEVERE_OSTEOPOROSIS)
				.warning(CONTRAINDICATION, STOP, CANCER)
				.noAdvice(PLAN_ONLY)
				.noAdvice(HEAT_COMFORT)
				.covers(S1),
			scenario("Open wound and severe osteoporosis with a herniated disc: STOP and CONSULT",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).conditions(OPEN_WOUND, SEVERE_OSTEOPOROSIS, HERNIATED_DISC)
						.pain(5, SUBACUTE)
						.build())
				.notAdvisable()
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(CONTRAINDICATION, STOP, OPEN_WOUND)
				.warning(CONTRAINDICATION, STOP, SEVERE_OSTEOPOROSIS)
				.warning(MEDICAL_CLEARANCE, CONSULT, HERNIATED_DISC)
				.advice(SEE_PROFESSIONAL_FIRST)
				.noAdvice(PLAN_ONLY)
				.covers(S1, S2),
			scenario("DVT with severe long-standing pain: STOP and two CONSULTs",
					answers(Goal.MAINTENANCE, OTHER, SWEDISH).conditions(DVT).pain(9, CHRONIC).build())
				.notAdvisable()
				.setting(CLINIC)
				.warning(CONTRAINDICATION, STOP, DVT)
				.warning(SEVERE_PAIN, CONSULT)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.noAdvice(PLAN_ONLY)
				.covers(S1, S3, S8),
			scenario("Pregnant with a DVT: no massage, not even prenatal",
					answers(RELAXATION, OTHER, SWEDISH).conditions(PREGNANCY, DVT).build())
				.notAdvisable()
				.type(MassageType.PRENATAL)
				.setting(CLINIC)
				.warning(CONTRAINDICATION, STOP, DVT)
				// nothing that speaks of booking when massage is not advisable
				.noAdvice(PLAN_ONLY)
				.covers(S1),
			// Red flags (S10): a doctor now, no plan, nothing to book
			scenario("Red flag: numbness in the saddle area: no massage, a doctor urgently",
					answers(CHRONIC_PAIN, DESK_WORKER, DEEP_TISSUE).pain(6, CHRONIC)
						.redFlags(RedFlag.SADDLE_NUMBNESS)
						.build())
				.notAdvisable()
				.setting(CLINIC)
				.warning(WarningCode.RED_FLAG, STOP)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.advice(AdviceCode.SEE_DOCTOR_URGENTLY)
				.noAdvice(PLAN_ONLY)
				.covers(S10, S8),
			scenario("Red flags: fever and night pain for a senior who wants to relax: a doctor soon, no caution",
					answers(RELAXATION, SENIOR, SWEDISH).redFlags(RedFlag.NIGHT_PAIN, RedFlag.FEVER).build())
				.notAdvisable()
				.setting(CLINIC)
				.warning(WarningCode.RED_FLAG, STOP)
				.warning(WarningCode.RED_FLAG, STOP)
				.advice(AdviceCode.SEE_DOCTOR_SOON)
				.noAdvice(PLAN_ONLY)
				.covers(S10),
			// Acute injury by severity (F6, S4, F7)
			scenario("Serious injury: a doctor first, then short gentle sessions a few times a week",
					answers(ACUTE_INJURY, OTHER, SPORTS).pain(6, ACUTE).injury(InjurySeverity.SERIOUS).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 2, 7, 2, 6, F6, F7)
				.series(TRANSITION, 7, 7, 2, 4, F6)
				.open(PhaseKind.MAINTENANCE, 14, 28, F8, F9)
				.minutes(30, 45)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.warning(WarningCode.SERIOUS_INJURY, CONSULT)
				.advice(TYPE_CHANGED)
				.covers(S4, F7),
			scenario("Minor strain of an athlete who asks for sports massage: kept, 2 or 3 sessions in two weeks",
					answers(ACUTE_INJURY, ATHLETE, SPORTS).pain(4, ACUTE).injury(InjurySeverity.MINOR).build())
				.advisable(MassageType.SPORTS)
				.series(INITIAL_SERIES, 4, 7, 2, 3, F6)
				.series(TRANSITION, 7, 7, 2, 4, F6)
				.open(PhaseKind.MAINTENANCE, 14, 14, L3)
				.minutes(30, 45)
				.gapHours(48)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.warning(RECOVERY_TIME, CAUTION)
				.covers(F6, T7),
			scenario("Herniated disc with a doctor's go-ahead: a reminder, not a consult; weekly floor lifted",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).conditions(HERNIATED_DISC)
						.pain(5, CHRONIC)
						.medicallyCleared()
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, INFO)
				.warning(MEDICAL_CLEARANCE, INFO, HERNIATED_DISC)
				.covers(S2),
			scenario("Fibromyalgia, asks for deep tissue: gentle Swedish either way",
					answers(CHRONIC_PAIN, OTHER, DEEP_TISSUE).conditions(FIBROMYALGIA).pain(5, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(UNDERLYING_CONDITION, CONSULT, FIBROMYALGIA)
				.advice(TYPE_CHANGED, LONG_STANDING_PAIN)
				.covers(T4, S7, A6),
			// Conditions that need a doctor's go-ahead (CONSULT)
			scenario("Herniated disc and nerve problems with chronic pain",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).conditions(HERNIATED_DISC, NERVE_PROBLEMS)
						.pain(5, CHRONIC)
						.build())
				.advisable(SWEDISH)
				// S2: no series denser than weekly until a doctor agrees
				.series(INITIAL_SERIES, 7, 7, 4, 8, S2)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(MEDICAL_CLEARANCE, CONSULT, HERNIATED_DISC)
				.warning(MEDICAL_CLEARANCE, CONSULT, NERVE_PROBLEMS)
				.covers(S2, T10),
			scenario("Osteoporosis, asks for deep tissue: Swedish instead, doctor first",
					answers(Goal.MAINTENANCE, OTHER, DEEP_TISSUE).conditions(OSTEOPOROSIS).build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT, OSTEOPOROSIS)
				.advice(TYPE_CHANGED)
				.covers(S2, T4),
			scenario("Herniated disc, asks for deep tissue: Swedish instead, doctor first",
					answers(Goal.MAINTENANCE, OTHER, DEEP_TISSUE).conditions(HERNIATED_DISC).build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT, HERNIATED_DISC)
				.advice(TYPE_CHANGED)
				.covers(S2, T4),
			scenario("Fibromyalgia, not sure which massage: gentle Swedish suggested",
					answers(CHRONIC_PAIN, OTHER, NOT_SURE).conditions(FIBROMYALGIA).pain(5, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(UNDERLYING_CONDITION, CONSULT, FIBROMYALGIA)
				.advice(TYPE_SUGGESTED)
				.noAdvice(TYPE_CHANGED)
				.covers(T4, F3, S3),
			scenario("Severe pain 9/10, not sure which massage: gentle Swedish suggested",
					answers(CHRONIC_PAIN, DESK_WORKER, NOT_SURE).pain(9, SUBACUTE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8, L2)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28, L1)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(SEVERE_PAIN, CONSULT)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.advice(TYPE_SUGGESTED)
				.noAdvice(TYPE_CHANGED)
				.covers(S7, T4, S3, S8),
			// Pain level and duration
			scenario("Acute back pain 8/10, wants to relax: consult, shorter sessions",
					answers(RELAXATION, OTHER, SWEDISH).pain(8, ACUTE).build())
				.advisable(SWEDISH)
				.open(REGULAR, 7, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(SEVERE_PAIN, CONSULT)
				.advice(PAIN_DURING_SESSION, HOME_STRATEGIES, COMPLEMENTARY_CARE)
				.covers(S3, S8, S7),
			scenario("Chronic pain 9/10 lasting months: consult and full evaluation",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).pain(9, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(SEVERE_PAIN, CONSULT)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.covers(S3, S8, S7),
			scenario("Chronic pain 9/10, asks for deep tissue: gentle Swedish instead, no recovery-time warning",
					answers(CHRONIC_PAIN, OTHER, DEEP_TISSUE).pain(9, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(SEVERE_PAIN, CONSULT)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.advice(TYPE_CHANGED)
				.covers(S3, S7, T4),
			scenario("Subacute pain 7/10 with a chronic-pain goal: shorter sessions, no severe-pain warning",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).pain(7, SUBACUTE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.covers(S7, T10),
			// Arthritis, fibromyalgia, spine specialist
			scenario("Arthritis and fibromyalgia with chronic pain",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).conditions(ARTHRITIS, FIBROMYALGIA).pain(4, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8, F3)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(UNDERLYING_CONDITION, CONSULT, ARTHRITIS)
				.warning(UNDERLYING_CONDITION, CONSULT, FIBROMYALGIA)
				.covers(F3, S3),
			scenario("Fibromyalgia with poor sleep and stress: more frequent start",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).conditions(FIBROMYALGIA)
						.pain(5, CHRONIC)
						.signs(POOR_SLEEP, HIGH_STRESS)
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 5, 4, 8, F3, SIGNS)
				.series(TRANSITION, 7, 14, 2, 4, SIGNS)
				.open(PhaseKind.MAINTENANCE, 21, 28, SIGNS)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(UNDERLYING_CONDITION, CONSULT, FIBROMYALGIA)
				.covers(SIGNS, F3),
			scenario("Under a spine specialist's care with chronic pain",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).conditions(SPINE_SPECIALIST_CARE).pain(5, CHRONIC).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(TELL_SPECIALIST, INFO, SPINE_SPECIALIST_CARE)
				.covers(S9),
			scenario("Under a spine specialist's care, pain-free, keeping well",
					answers(Goal.MAINTENANCE, OTHER, SWEDISH).conditions(SPINE_SPECIALIST_CARE).build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(TELL_SPECIALIST, INFO, SPINE_SPECIALIST_CARE)
				.covers(S9, C1),
			// Soreness and signs
			scenario("Sore after the last relaxation massage: longer breaks",
					answers(RELAXATION, OTHER, SWEDISH).soreAfterLastMassage().build())
				.advisable(SWEDISH)
				.open(REGULAR, 21, 28, F1, F2, S6)
				.minutes(60, 90)
				.gapHours(48)
				.setting(SPA)
				.warning(SORENESS, CAUTION)
				.covers(S6, F1, F2),
			scenario("Sore after deep tissue, chronic pain: a week's recovery",
					answers(CHRONIC_PAIN, OTHER, DEEP_TISSUE).pain(5, SUBACUTE).soreAfterLastMassage().build())
				.advisable(DEEP_TISSUE)
				.series(INITIAL_SERIES, 7, 7, 4, 8, S6, T1)
				.series(TRANSITION, 21, 21, 2, 4, S6)
				.open(PhaseKind.MAINTENANCE, 35, 35, S6)
				.minutes(60, 90)
				.gapHours(72)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(RECOVERY_TIME, CAUTION)
				.warning(SORENESS, CAUTION)
				.covers(S6, T1, T3),
			scenario("Sore after a Swedish massage, chronic pain",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).pain(5, SUBACUTE).soreAfterLastMassage().build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 5, 7, 4, 8, S6)
				.series(TRANSITION, 21, 21, 2, 4, S6)
				.open(PhaseKind.MAINTENANCE, 35, 35, S6)
				.minutes(60, 90)
				.gapHours(48)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(SORENESS, CAUTION)
				.covers(S6),
			scenario("Tension headaches, wants to relax: every 1 to 2 weeks",
					answers(RELAXATION, OTHER, SWEDISH).signs(HEADACHES).build())
				.advisable(SWEDISH)
				.open(REGULAR, 7, 14, F1, F2, SIGNS)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.covers(SIGNS, F2),
			scenario("Sore and sleeping poorly, chronic pain (Swedish): soreness sets the floor",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).pain(5, SUBACUTE)
						.soreAfterLastMassage()
						.signs(POOR_SLEEP)
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 5, 5, 4, 8, S6, SIGNS)
				.series(TRANSITION, 21, 21, 2, 4, S6)
				.open(PhaseKind.MAINTENANCE, 35, 35, S6)
				.minutes(60, 90)
				.gapHours(48)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(SORENESS, CAUTION)
				.covers(S6, SIGNS),
			scenario("Sore and stressed, wants to relax: soreness wins over the signs",
					answers(RELAXATION, OTHER, SWEDISH).soreAfterLastMassage().signs(HIGH_STRESS).build())
				.advisable(SWEDISH)
				.open(REGULAR, 21, 21, S6)
				.minutes(60, 90)
				.gapHours(48)
				.setting(SPA)
				.warning(SORENESS, CAUTION)
				.covers(S6),
			scenario("Desk worker in pain, sore after deep tissue",
					answers(Goal.MAINTENANCE, DESK_WORKER, DEEP_TISSUE).pain(5, ACUTE).soreAfterLastMassage().build())
				.advisable(DEEP_TISSUE)
				.series(INITIAL_SERIES, 10, 13, 3, 8, L2, S6)
				.open(PhaseKind.MAINTENANCE, 21, 28, L1, S6)
				.minutes(60, 90)
				.gapHours(72)
				.setting(CLINIC)
				.warning(RECOVERY_TIME, CAUTION)
				.warning(SORENESS, CAUTION)
				.covers(L2, S6, T1),
			scenario("Desk worker in pain with aches and stiffness: the frequent end of each phase",
					answers(Goal.MAINTENANCE, DESK_WORKER, SWEDISH).pain(4, SUBACUTE)
						.signs(LIMITED_MOTION, PERSISTENT_ACHES)
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 7, 10, 3, 8, L2, SIGNS)
				.open(PhaseKind.MAINTENANCE, 14, 21, L1, SIGNS)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.covers(L2, SIGNS),
			// Cost and budget
			scenario("Session price known, no budget: monthly cost of the plan",
					answers(RELAXATION, OTHER, SWEDISH).sessionPrice("80.00").build())
				.advisable(SWEDISH)
				.open(REGULAR, 7, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.cost(REGULAR, "86.96", "347.86")
				.overBudget(false)
				.advice(COST_PLANNING, MONTHLY_COST)
				.noAdvice(WITHIN_BUDGET, OVER_BUDGET, BUDGET_BRIDGE, BUDGET_NEEDS_PRICE)
				.covers(C3, C4),
			scenario("Budget covers the whole plan",
					answers(RELAXATION, OTHER, SWEDISH).sessionPrice("80.00").monthlyBudget("400.00").build())
				.advisable(SWEDISH)
				.open(REGULAR, 7, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.cost(REGULAR, "86.96", "347.86", FITS, 7, 28)
				.overBudget(false)
				.advice(WITHIN_BUDGET, MONTHLY_COST)
				.noAdvice(OVER_BUDGET, BUDGET_BRIDGE)
				.covers(C3, C4),
			scenario("Budget covers only the longer intervals",
					answers(RELAXATION, OTHER, SWEDISH).sessionPrice("100.00").monthlyBudget("200.00").build())
				.advisable(SWEDISH)
				.open(REGULAR, 7, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.cost(REGULAR, "108.71", "434.82", FITS_AT_LONGER_INTERVALS, 16, 28)
				.overBudget(false)
				.advice(OVER_BUDGET, BUDGET_BRIDGE)
				.noAdvice(WITHIN_BUDGET)
				.covers(C3, A5, C5, C6),
			scenario("Budget too small for the start of a chronic-pain plan",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).pain(5, CHRONIC)
						.sessionPrice("90.00")
						.monthlyBudget("100.00")
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.cost(INITIAL_SERIES, "360", "720", OVER)
				.cost(TRANSITION, "180", "195.67", OVER)
				.cost(PhaseKind.MAINTENANCE, "97.83", "97.83", FITS, 28, 28)
				.total(INITIAL_SERIES, "360", "720")
				.total(TRANSITION, "180", "360")
				.overBudget(true)
				.advice(MONTHLY_COST, OVER_BUDGET, BUDGET_BRIDGE)
				.noAdvice(WITHIN_BUDGET)
				.covers(C3, C4, A5),
			scenario("Budget given without a session price: cannot compare",
					answers(Goal.MAINTENANCE, OTHER, SWEDISH).monthlyBudget("150.00").build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.advice(COST_PLANNING, BUDGET_NEEDS_PRICE)
				.noAdvice(MONTHLY_COST, WITHIN_BUDGET, OVER_BUDGET, BUDGET_BRIDGE)
				.covers(C3),
			scenario("Free sessions (price 0) with a budget",
					answers(Goal.MAINTENANCE, OTHER, SWEDISH).sessionPrice("0").monthlyBudget("50.00").build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.cost(REGULAR, "0", "0", FITS, 14, 28)
				.overBudget(false)
				.advice(MONTHLY_COST, WITHIN_BUDGET)
				.noAdvice(OVER_BUDGET, BUDGET_BRIDGE)
				.covers(C3, C4),
			scenario("Free sessions (price 0) without a budget",
					answers(RELAXATION, OTHER, SWEDISH).sessionPrice("0.00").build())
				.advisable(SWEDISH)
				.open(REGULAR, 7, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.cost(REGULAR, "0", "0")
				.overBudget(false)
				.advice(MONTHLY_COST)
				.noAdvice(WITHIN_BUDGET, OVER_BUDGET, BUDGET_BRIDGE)
				.covers(C4),
			scenario("Zero budget with a paid session: nothing is affordable",
					answers(Goal.MAINTENANCE, OTHER, SWEDISH).sessionPrice("60.00").monthlyBudget("0").build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.cost(REGULAR, "65.22", "130.45", OVER)
				.overBudget(true)
				.advice(OVER_BUDGET, BUDGET_BRIDGE)
				.noAdvice(WITHIN_BUDGET)
				.covers(C3, A5, C5, C6));

	/**
	 * A row for each defect of issue 13 that rules version 2026.12.2 corrects, named
	 * after it.
	 */
	private static final List<Scenario> DEFECTS = List.of(
			scenario("Defect: a series costed per month: 4 weekly sessions of 50 fit a monthly budget of 200",
					answers(CHRONIC_PAIN, SENIOR, SWEDISH).pain(5, CHRONIC)
						.sessionPrice("50.00")
						.monthlyBudget("200.00")
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 7, 7, 4, 8, L6)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 14, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(GENTLE_TECHNIQUE, CAUTION)
				// the smallest sound series (F3: weekly for about a month) costs 4 x 50
				.cost(INITIAL_SERIES, "200", "217.41", FITS_AT_LONGER_INTERVALS, 7, 7)
				.cost(TRANSITION, "100", "108.71", FITS, 14, 14)
				.cost(PhaseKind.MAINTENANCE, "54.35", "108.71", FITS, 14, 28)
				.overBudget(false)
				.keys("advice.OVER_BUDGET.series.partial.single", "advice.BUDGET_BRIDGE.series")
				.covers(C3, F3, A2),
			scenario("Defect: a series costed per month: a minor injury's 2 or 3 sessions in two weeks fit",
					answers(ACUTE_INJURY, OTHER, SWEDISH).pain(4, ACUTE)
						.injury(InjurySeverity.MINOR)
						.sessionPrice("50.00")
						.monthlyBudget("200.00")
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 4, 7, 2, 3, F6)
				.series(TRANSITION, 7, 7, 2, 4)
				.open(PhaseKind.MAINTENANCE, 14, 28)
				.minutes(30, 45)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.cost(INITIAL_SERIES, "100", "150", FITS, 4, 7)
				.cost(TRANSITION, "100", "200", FITS, 7, 7)
				.cost(PhaseKind.MAINTENANCE, "54.35", "108.71", FITS, 14, 28)
				.overBudget(false)
				.advice(WITHIN_BUDGET)
				.noAdvice(OVER_BUDGET, BUDGET_BRIDGE)
				.covers(C3, F6),
			scenario("Defect: the budget bridge spaced the L2 series 28 days apart: never past under two weeks",
					answers(Goal.MAINTENANCE, DESK_WORKER, SWEDISH).pain(5, SUBACUTE)
						.sessionPrice("90.00")
						.monthlyBudget("100.00")
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 7, 13, 3, 8, L2)
				.open(PhaseKind.MAINTENANCE, 14, 28, L1)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				// even 3 sessions 13 days apart are over: no affordable interval past 13
				.cost(INITIAL_SERIES, "210.72", "391.34", OVER)
				.cost(PhaseKind.MAINTENANCE, "97.83", "195.67", FITS_AT_LONGER_INTERVALS, 28, 28)
				.overBudget(true)
				.keys("advice.OVER_BUDGET.series.over", "advice.OVER_BUDGET.partial.single",
						"advice.BUDGET_BRIDGE.series")
				.noKeys("advice.OVER_BUDGET.over", "advice.BUDGET_BRIDGE")
				.covers(L2, A2, T10, C3),
			scenario("Defect: the over-budget sentence said per phase: once, with a later start after an injury",
					answers(ACUTE_INJURY, OTHER, SWEDISH).pain(5, ACUTE)
						.sessionPrice("120.00")
						.monthlyBudget("60.00")
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 4, 7, 2, 3)
				.series(TRANSITION, 7, 7, 2, 4)
				.open(PhaseKind.MAINTENANCE, 14, 28)
				.minutes(30, 45)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.cost(INITIAL_SERIES, "240", "360", OVER)
				.cost(TRANSITION, "240", "480", OVER)
				.cost(PhaseKind.MAINTENANCE, "130.45", "260.89", OVER, 61, 61)
				.overBudget(true)
				// the sessions are already 30 to 45 minutes: only a later start is
				// offered
				.keys("advice.BUDGET_BRIDGE.series.later")
				.noKeys("advice.BUDGET_BRIDGE.series", "advice.BUDGET_BRIDGE")
				.covers(A2, C3),
			scenario("Defect: 'at least 13 days ... allows up to 13 days': one rhythm, said once",
					answers(RELAXATION, DESK_WORKER, SWEDISH).pain(4, ACUTE)
						.soreAfterLastMassage()
						.sessionPrice("80.00")
						.monthlyBudget("200.00")
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 10, 13, 3, 8, L2, S6)
				.open(PhaseKind.MAINTENANCE, 21, 28, L1, S6)
				.minutes(60, 90)
				.gapHours(48)
				.setting(CLINIC)
				.warning(SORENESS, CAUTION)
				.cost(INITIAL_SERIES, "187.31", "243.50", FITS_AT_LONGER_INTERVALS, 13, 13)
				.cost(PhaseKind.MAINTENANCE, "86.96", "115.95", FITS, 21, 28)
				.overBudget(false)
				.keys("advice.OVER_BUDGET.series.partial.single")
				.noKeys("advice.OVER_BUDGET.partial", "advice.OVER_BUDGET.series.partial")
				.covers(L2, C3),
			scenario("Defect: 'within your monthly budget of 0.00' for free sessions",
					answers(Goal.MAINTENANCE, OTHER, SWEDISH).sessionPrice("0.00").monthlyBudget("0.00").build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.cost(REGULAR, "0", "0", FITS, 14, 28)
				.overBudget(false)
				.keys("advice.WITHIN_BUDGET.free")
				.noKeys("advice.WITHIN_BUDGET")
				.covers(C3),
			scenario("Defect: signs changed nothing for a parent's monthly rhythm (a single-value phase)",
					answers(RELAXATION, PARENT_CAREGIVER, SWEDISH).signs(HEADACHES, POOR_SLEEP).build())
				.advisable(SWEDISH)
				.open(REGULAR, 21, 28, L5, SIGNS)
				.minutes(60, 90)
				.gapHours(24)
				.setting(SPA)
				.covers(SIGNS, L5),
			scenario(
					"Defect: soreness left a senior's weekly series unchanged although its warning promises extra time",
					answers(CHRONIC_PAIN, SENIOR, SWEDISH).pain(5, CHRONIC).soreAfterLastMassage().build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 14, 14, 4, 8, L6, S6)
				.series(TRANSITION, 21, 21, 2, 4, S6)
				.open(PhaseKind.MAINTENANCE, 21, 28, L6, S6)
				.minutes(45, 60)
				.gapHours(48)
				.setting(CLINIC)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(GENTLE_TECHNIQUE, CAUTION)
				.warning(SORENESS, CAUTION)
				.keys("warning.SORENESS")
				.covers(S6, L6),
			scenario("Defect: soreness ignored by a senior's minor injury series: longer, still 2 sessions in 14 days",
					answers(ACUTE_INJURY, SENIOR, SWEDISH).pain(4, ACUTE)
						.injury(InjurySeverity.MINOR)
						.soreAfterLastMassage()
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 14, 14, 2, 2, F6, L6, S6)
				.series(TRANSITION, 14, 14, 2, 4, S6)
				.open(PhaseKind.MAINTENANCE, 21, 21, S6)
				.minutes(30, 45)
				.gapHours(48)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.warning(GENTLE_TECHNIQUE, CAUTION)
				.warning(SORENESS, CAUTION)
				.covers(F6, S6),
			scenario("Defect: pain 0 with the chronic-pain goal: no 'while pain is strong', no 'long-standing'",
					answers(CHRONIC_PAIN, OTHER, NOT_SURE).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(60, 90)
				.gapHours(24)
				.setting(CLINIC)
				.advice(TYPE_SUGGESTED)
				.noAdvice(LONG_STANDING_PAIN)
				.keys("advice.TYPE_SUGGESTED.SWEDISH", "length.CHRONIC_PAIN")
				.noKeys("length.HIGH_PAIN", "advice.TYPE_SUGGESTED.SEVERE_PAIN", "advice.TYPE_SUGGESTED.DEEP_TISSUE")
				.noText("pain is strong", "pain this strong", "long-standing", "long-lasting")
				.covers(F3, T10),
			scenario("Defect: pain under 6 weeks with the chronic-pain goal called long-standing",
					answers(CHRONIC_PAIN, OTHER, DEEP_TISSUE).pain(5, ACUTE).build())
				.advisable(DEEP_TISSUE)
				.series(INITIAL_SERIES, 3, 7, 4, 8)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(60, 90)
				.gapHours(48)
				.setting(CLINIC)
				.warning(RECOVERY_TIME, CAUTION)
				.noAdvice(LONG_STANDING_PAIN)
				.noText("long-standing", "long-lasting", "pain is strong")
				.covers(F3, T5),
			scenario("Defect: the go-ahead asked three times (acute injury, pain 9): once, most important first",
					answers(ACUTE_INJURY, OTHER, SWEDISH).pain(9, ACUTE).injury(InjurySeverity.SERIOUS).build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 2, 7, 2, 6)
				.series(TRANSITION, 7, 7, 2, 4)
				.open(PhaseKind.MAINTENANCE, 14, 28)
				.minutes(30, 45)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT)
				.warning(WarningCode.SERIOUS_INJURY, CONSULT)
				.warning(SEVERE_PAIN, CONSULT)
				.keys("warning.MEDICAL_CLEARANCE", "warning.SERIOUS_INJURY.also", "warning.SEVERE_PAIN.also")
				.textOnce("go-ahead")
				.covers(S4, S3),
			scenario("Defect: the go-ahead asked three times (disc, severe long-standing pain): once",
					answers(CHRONIC_PAIN, OTHER, SWEDISH).conditions(HERNIATED_DISC, ARTHRITIS)
						.pain(9, CHRONIC)
						.build())
				.advisable(SWEDISH)
				.series(INITIAL_SERIES, 7, 7, 4, 8, S2)
				.series(TRANSITION, 14, 14, 2, 4)
				.open(PhaseKind.MAINTENANCE, 28, 28)
				.minutes(30, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(MEDICAL_CLEARANCE, CONSULT, HERNIATED_DISC)
				.warning(SEVERE_PAIN, CONSULT)
				.warning(MEDICAL_EVALUATION, CONSULT)
				.warning(UNDERLYING_CONDITION, CONSULT, ARTHRITIS)
				.keys("warning.MEDICAL_CLEARANCE.HERNIATED_DISC", "warning.SEVERE_PAIN.also",
						"warning.MEDICAL_EVALUATION.also", "warning.UNDERLYING_CONDITION.ARTHRITIS.also")
				.textOnce("go-ahead", "before your first")
				.covers(S2, S3, S8),
			scenario("Defect: side-lying said three times for a pregnant client: once",
					answers(RELAXATION, OTHER, DEEP_TISSUE).conditions(PREGNANCY).build())
				.advisable(MassageType.PRENATAL)
				.open(REGULAR, 7, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(CLINIC)
				.warning(WarningCode.PRENATAL, CAUTION, PREGNANCY)
				.advice(TYPE_CHANGED, TYPE_ABOUT)
				.textOnce("on your side", "cushions")
				.covers(S5),
			scenario("Defect: recovery said three times for deep tissue: once",
					answers(Goal.MAINTENANCE, OTHER, DEEP_TISSUE).build())
				.advisable(DEEP_TISSUE)
				.open(REGULAR, 14, 28)
				.minutes(60, 90)
				.gapHours(48)
				.setting(SPA)
				.warning(RECOVERY_TIME, CAUTION)
				.textOnce("recover")
				.covers(T1, T3),
			scenario("Defect: self-care said twice when the budget is short: once",
					answers(Goal.MAINTENANCE, OTHER, SWEDISH).sessionPrice("100.00").monthlyBudget("50.00").build())
				.advisable(SWEDISH)
				.open(REGULAR, 14, 28)
				.minutes(45, 60)
				.gapHours(24)
				.setting(SPA)
				.cost(REGULAR, "108.71", "217.41", OVER, 61, 61)
				.overBudget(true)
				.advice(SELF_CARE, BUDGET_BRIDGE)
				.textOnce("stretches", "heat or cold", "tennis ball")
				.covers(A5, C6));

	private final RulesEngine engine = new RulesEngine();

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("defects")
	void eachDefectOfIssue13IsGone(Scenario scenario) {
		scenario.verify(this.engine.evaluate(scenario.answers()));
	}

	static List<Scenario> defects() {
		return DEFECTS;
	}

	@Test
	void painTodayWithNoBackPainAtTheMomentIsAContradictionTheEngineNeverCallsLongStanding() {
		assertThat(Answers.painContradictsDuration(7, PainDuration.NONE)).isTrue();
		assertThat(Answers.painContradictsDuration(1, PainDuration.NONE)).isTrue();
		assertThat(Answers.painContradictsDuration(0, PainDuration.NONE)).isFalse();
		assertThat(Answers.painContradictsDuration(7, ACUTE)).isFalse();
		// old answers the form and the API now refuse still get a plan, never a
		// long-standing one
		Recommendation old = this.engine
			.evaluate(answers(CHRONIC_PAIN, OTHER, SWEDISH).pain(7, PainDuration.NONE).build());
		assertThat(old.massageAdvisable()).isTrue();
		assertThat(old.advice()).extracting(Advice::code).doesNotContain(LONG_STANDING_PAIN);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("scenarios")
	void recommendationIsWhatAClinicianExpects(Scenario scenario) {
		scenario.verify(this.engine.evaluate(scenario.answers()));
	}

	@Test
	void thereAreEnoughScenariosWithDistinctNames() {
		assertThat(SCENARIOS).hasSizeGreaterThanOrEqualTo(45);
		assertThat(SCENARIOS).extracting(Scenario::name).doesNotHaveDuplicates();
		assertThat(SCENARIOS).allSatisfy((scenario) -> assertThat(scenario.covers()).isNotEmpty());
	}

	@Test
	void everyGoalLifestyleAndTypeAppearsInAScenario() {
		assertThat(SCENARIOS).extracting((scenario) -> scenario.answers().goal())
			.containsAll(EnumSet.allOf(Goal.class));
		assertThat(SCENARIOS).extracting((scenario) -> scenario.answers().lifestyle())
			.containsAll(EnumSet.allOf(Lifestyle.class));
		assertThat(SCENARIOS).extracting((scenario) -> scenario.answers().massageType())
			.containsAll(EnumSet.allOf(MassageType.class));
		assertThat(SCENARIOS).flatExtracting((scenario) -> scenario.answers().conditions())
			.containsAll(EnumSet.allOf(Condition.class));
		assertThat(SCENARIOS).flatExtracting((scenario) -> scenario.answers().signs())
			.containsAll(EnumSet.allOf(Sign.class));
	}

	@Test
	void sorenessLengthensAndSignsShortenTheIntervalsOfTheSameAnswers() {
		Recommendation plain = this.engine.evaluate(answers(RELAXATION, OTHER, SWEDISH).build());
		Recommendation sore = this.engine.evaluate(answers(RELAXATION, OTHER, SWEDISH).soreAfterLastMassage().build());
		Recommendation signs = this.engine.evaluate(answers(RELAXATION, OTHER, SWEDISH).signs(HEADACHES).build());
		assertThat(sore.interval().min()).isGreaterThan(plain.interval().min());
		assertThat(signs.interval().max()).isLessThan(plain.interval().max());
		Recommendation chronic = this.engine
			.evaluate(answers(CHRONIC_PAIN, OTHER, DEEP_TISSUE).pain(5, SUBACUTE).build());
		Recommendation chronicSore = this.engine
			.evaluate(answers(CHRONIC_PAIN, OTHER, DEEP_TISSUE).pain(5, SUBACUTE).soreAfterLastMassage().build());
		assertThat(chronicSore.interval().min()).isGreaterThan(chronic.interval().min());
		assertThat(chronicSore.minimumGap().hours()).isGreaterThan(chronic.minimumGap().hours());
	}

	@Test
	void athleteInSeverePainWhoIsNotSureIsSuggestedAGentleType() {
		Answers severePain = answers(CHRONIC_PAIN, ATHLETE, NOT_SURE).pain(9, ACUTE).build();
		scenario("Athlete with pain 9/10, not sure which massage: gentle Swedish suggested", severePain)
			.advisable(SWEDISH)
			.series(INITIAL_SERIES, 3, 7, 4, 8)
			.series(TRANSITION, 14, 14, 2, 4)
			.open(PhaseKind.MAINTENANCE, 14, 28, L3)
			.minutes(30, 60)
			.gapHours(24)
			.setting(CLINIC)
			.warning(SEVERE_PAIN, CONSULT)
			// pain of under 6 weeks is not long-standing, whatever the goal
			.advice(TYPE_SUGGESTED)
			.covers(S7, T4)
			.verify(this.engine.evaluate(severePain));
		Answers fibromyalgia = answers(Goal.MAINTENANCE, ATHLETE, NOT_SURE).conditions(FIBROMYALGIA)
			.pain(5, CHRONIC)
			.build();
		scenario("Athlete with fibromyalgia, not sure which massage: gentle Swedish suggested", fibromyalgia)
			.advisable(SWEDISH)
			// F9: maintenance comes once the pain is little or none, so the series comes
			// first
			.series(INITIAL_SERIES, 3, 7, 4, 8)
			.series(TRANSITION, 14, 14, 2, 4)
			.open(PhaseKind.MAINTENANCE, 14, 28, L3)
			.minutes(45, 60)
			.gapHours(24)
			.setting(CLINIC)
			.warning(MEDICAL_EVALUATION, CONSULT)
			.warning(UNDERLYING_CONDITION, CONSULT, FIBROMYALGIA)
			.advice(TYPE_SUGGESTED, AdviceCode.GOAL_NOT_FOLLOWED)
			.covers(T4, F9)
			.verify(this.engine.evaluate(fibromyalgia));
	}

	static List<Scenario> scenarios() {
		List<Scenario> all = new ArrayList<>(SCENARIOS);
		all.addAll(DEFECTS);
		return all;
	}

	/**
	 * Which scenarios cover each guideline row, for {@link GuidelineCoverageTests}.
	 * @return the names of the scenarios that declare each row, for every row declared
	 */
	static Map<Guideline, List<String>> coveredRows() {
		Map<Guideline, List<String>> covered = new EnumMap<>(Guideline.class);
		for (Scenario scenario : scenarios()) {
			for (Guideline row : scenario.covers()) {
				covered.computeIfAbsent(row, (key) -> new ArrayList<>()).add(scenario.name());
			}
		}
		return covered;
	}

	private static Answers.Builder answers(Goal goal, Lifestyle lifestyle, MassageType type) {
		return Answers.builder(goal, lifestyle, type);
	}

	private static Scenario scenario(String name, Answers answers) {
		return new Scenario(name, answers);
	}

	/**
	 * One scenario and what the plan must say for it. Unset expectations are checked as
	 * follows: no warnings means none are expected; no cost means no cost estimate is
	 * expected; type, minutes and gap are required for advisable scenarios.
	 */
	static final class Scenario {

		private final String name;

		private final Answers answers;

		private @Nullable Boolean advisable;

		private @Nullable MassageType type;

		private final List<ExpectedPhase> phases = new ArrayList<>();

		private @Nullable IntRange minutes;

		private @Nullable Integer gapHours;

		private @Nullable Setting setting;

		private final List<ExpectedWarning> warnings = new ArrayList<>();

		private final Set<AdviceCode> advice = EnumSet.noneOf(AdviceCode.class);

		private final Set<AdviceCode> noAdvice = EnumSet.noneOf(AdviceCode.class);

		private final List<ExpectedCost> costs = new ArrayList<>();

		private @Nullable Boolean overBudget;

		private final Map<PhaseKind, String> totals = new EnumMap<>(PhaseKind.class);

		private final Set<Guideline> covers = EnumSet.noneOf(Guideline.class);

		private final Set<String> keys = new java.util.TreeSet<>();

		private final Set<String> noKeys = new java.util.TreeSet<>();

		private final List<String> noText = new ArrayList<>();

		private final List<String> textOnce = new ArrayList<>();

		Scenario(String name, Answers answers) {
			this.name = name;
			this.answers = answers;
		}

		String name() {
			return this.name;
		}

		Answers answers() {
			return this.answers;
		}

		Set<Guideline> covers() {
			return this.covers;
		}

		Scenario advisable(MassageType type) {
			this.advisable = true;
			this.type = type;
			return this;
		}

		Scenario notAdvisable() {
			this.advisable = false;
			return this;
		}

		Scenario type(MassageType type) {
			this.type = type;
			return this;
		}

		Scenario series(PhaseKind kind, int minDays, int maxDays, int minSessions, int maxSessions,
				Guideline... cites) {
			this.phases.add(new ExpectedPhase(kind, new IntRange(minDays, maxDays),
					new IntRange(minSessions, maxSessions), List.of(cites)));
			return this;
		}

		Scenario open(PhaseKind kind, int minDays, int maxDays, Guideline... cites) {
			this.phases.add(new ExpectedPhase(kind, new IntRange(minDays, maxDays), null, List.of(cites)));
			return this;
		}

		Scenario minutes(int min, int max) {
			this.minutes = new IntRange(min, max);
			return this;
		}

		Scenario gapHours(int hours) {
			this.gapHours = hours;
			return this;
		}

		Scenario setting(Setting setting) {
			this.setting = setting;
			return this;
		}

		Scenario warning(WarningCode code, Severity severity) {
			return warning(code, severity, null);
		}

		Scenario warning(WarningCode code, Severity severity, @Nullable Condition condition) {
			this.warnings.add(new ExpectedWarning(code, severity, condition));
			return this;
		}

		Scenario advice(AdviceCode... codes) {
			this.advice.addAll(List.of(codes));
			return this;
		}

		Scenario noAdvice(AdviceCode... codes) {
			this.noAdvice.addAll(List.of(codes));
			return this;
		}

		Scenario cost(PhaseKind kind, String monthlyMin, String monthlyMax) {
			this.costs.add(new ExpectedCost(kind, amount(monthlyMin), amount(monthlyMax), null, null));
			return this;
		}

		Scenario cost(PhaseKind kind, String monthlyMin, String monthlyMax, BudgetFit fit) {
			this.costs.add(new ExpectedCost(kind, amount(monthlyMin), amount(monthlyMax), fit, null));
			return this;
		}

		Scenario cost(PhaseKind kind, String monthlyMin, String monthlyMax, BudgetFit fit, int affordableMinDays,
				int affordableMaxDays) {
			this.costs.add(new ExpectedCost(kind, amount(monthlyMin), amount(monthlyMax), fit,
					new IntRange(affordableMinDays, affordableMaxDays)));
			return this;
		}

		Scenario total(PhaseKind kind, String min, String max) {
			this.totals.put(kind, amount(min) + "-" + amount(max));
			return this;
		}

		Scenario overBudget(boolean overBudget) {
			this.overBudget = overBudget;
			return this;
		}

		/** Message keys the plan must use (warnings, advice, length and gap). */
		Scenario keys(String... keys) {
			this.keys.addAll(List.of(keys));
			return this;
		}

		Scenario noKeys(String... keys) {
			this.noKeys.addAll(List.of(keys));
			return this;
		}

		/** Words that no English text of the plan may contain, whatever the case. */
		Scenario noText(String... words) {
			this.noText.addAll(List.of(words));
			return this;
		}

		/** Words that at most one English text of the plan may contain. */
		Scenario textOnce(String... words) {
			this.textOnce.addAll(List.of(words));
			return this;
		}

		Scenario covers(Guideline... rows) {
			this.covers.addAll(List.of(rows));
			return this;
		}

		void verify(Recommendation recommendation) {
			if (this.advisable == null || this.setting == null || this.covers.isEmpty()) {
				throw new IllegalStateException(
						"Scenario '" + this.name + "' must state advisability, setting and the rows it covers");
			}
			Checks checks = new Checks();
			checks.check(() -> assertThat(recommendation.massageAdvisable()).as("massage advisable")
				.isEqualTo(this.advisable));
			if (this.type != null) {
				checks.check(() -> assertThat(recommendation.recommendedMassageType()).as("recommended type")
					.isEqualTo(this.type));
			}
			if (this.advisable) {
				verifyPlan(checks, recommendation);
			}
			else {
				checks.check(() -> assertThat(recommendation.phases()).as("phases when not advisable").isEmpty());
				checks.check(() -> assertThat(recommendation.interval()).as("interval when not advisable").isNull());
			}
			if (this.minutes != null) {
				checks.check(() -> assertThat(recommendation.sessionLength().minutes()).as("session minutes")
					.isEqualTo(this.minutes));
			}
			if (this.gapHours != null) {
				checks.check(() -> assertThat(recommendation.minimumGap().hours()).as("minimum gap hours")
					.isEqualTo(this.gapHours));
			}
			checks.check(() -> assertThat(recommendation.setting()).as("setting").isEqualTo(this.setting));
			checks.check(() -> assertThat(recommendation.warnings()).as("warnings (code, severity, condition)")
				.map(ExpectedWarning::of)
				.containsExactlyInAnyOrderElementsOf(this.warnings));
			List<AdviceCode> adviceCodes = recommendation.advice().stream().map(Advice::code).toList();
			checks.check(() -> assertThat(adviceCodes).as("advice codes").containsAll(this.advice));
			if (!this.noAdvice.isEmpty()) {
				checks
					.check(() -> assertThat(adviceCodes).as("advice codes").doesNotContainAnyElementsOf(this.noAdvice));
			}
			verifyCost(checks, recommendation);
			verifyTexts(checks, recommendation);
			checks.check(() -> assertThat(CitedRows.of(recommendation)).as("rows cited anywhere in the plan")
				.containsAll(this.covers));
			checks.assertAll(this.name);
		}

		private void verifyPlan(Checks checks, Recommendation recommendation) {
			if (this.type == null || this.minutes == null || this.gapHours == null) {
				throw new IllegalStateException(
						"Advisable scenario '" + this.name + "' must state type, minutes and gap");
			}
			if (this.phases.isEmpty()) {
				throw new IllegalStateException("Advisable scenario '" + this.name + "' must state its phases");
			}
			List<Phase> actual = recommendation.phases();
			checks.check(() -> assertThat(actual).as("phases")
				.map(ExpectedPhase::describeActual)
				.containsExactlyElementsOf(this.phases.stream().map(ExpectedPhase::describe).toList()));
			checks.check(() -> assertThat(recommendation.interval()).as("interval to book now (the first phase)")
				.isEqualTo(this.phases.get(0).interval()));
			for (int i = 0; i < Math.min(actual.size(), this.phases.size()); i++) {
				Phase phase = actual.get(i);
				ExpectedPhase expected = this.phases.get(i);
				checks.check(() -> assertThat(phase.citation().rows()).as("rows cited by the %s phase", phase.kind())
					.containsAll(expected.cites()));
			}
		}

		private void verifyTexts(Checks checks, Recommendation recommendation) {
			List<Message> messages = PlanTexts.messages(recommendation);
			Set<String> keys = new java.util.TreeSet<>();
			messages.forEach((message) -> keys.add(message.key()));
			if (!this.keys.isEmpty()) {
				checks.check(() -> assertThat(keys).as("message keys").containsAll(this.keys));
			}
			if (!this.noKeys.isEmpty()) {
				checks.check(() -> assertThat(keys).as("message keys").doesNotContainAnyElementsOf(this.noKeys));
			}
			List<String> texts = messages.stream().map(PlanTexts::english).toList();
			for (String word : this.noText) {
				checks.check(() -> assertThat(texts).as("English texts of the plan")
					.noneMatch((text) -> text.toLowerCase(java.util.Locale.ROOT).contains(word)));
			}
			for (String word : this.textOnce) {
				checks.check(() -> assertThat(texts.stream()
					.filter((text) -> text.toLowerCase(java.util.Locale.ROOT).contains(word))
					.toList()).as("texts of the plan that say '%s'", word).hasSizeLessThanOrEqualTo(1));
			}
		}

		private void verifyCost(Checks checks, Recommendation recommendation) {
			CostEstimate cost = recommendation.cost();
			if (this.costs.isEmpty()) {
				checks.check(() -> assertThat(cost).as("cost estimate").isNull());
				return;
			}
			if (cost == null) {
				checks.check(() -> assertThat(cost).as("cost estimate").isNotNull());
				return;
			}
			checks.check(() -> assertThat(cost.phases()).as("cost of each phase")
				.map(ExpectedCost::of)
				.containsExactlyElementsOf(this.costs));
			if (this.overBudget != null) {
				checks.check(() -> assertThat(cost.overBudget()).as("over budget").isEqualTo(this.overBudget));
			}
			for (PhaseCost phase : cost.phases()) {
				String expected = this.totals.get(phase.phase());
				if (expected != null) {
					PhaseCost.Money total = phase.total();
					String actual = (total != null)
							? amount(total.min().toPlainString()) + "-" + amount(total.max().toPlainString()) : null;
					checks.check(() -> assertThat(actual).as("total cost of the %s phase", phase.phase())
						.isEqualTo(expected));
				}
			}
		}

		@Override
		public String toString() {
			return this.name;
		}

		private static String amount(String amount) {
			return new BigDecimal(amount).stripTrailingZeros().toPlainString();
		}

	}

	/**
	 * Collects failed expectations, so that one run shows everything a scenario gets
	 * wrong.
	 */
	private static final class Checks {

		private final List<AssertionError> failures = new ArrayList<>();

		void check(Runnable assertion) {
			try {
				assertion.run();
			}
			catch (AssertionError ex) {
				this.failures.add(ex);
			}
		}

		void assertAll(String scenario) {
			if (this.failures.isEmpty()) {
				return;
			}
			StringBuilder message = new StringBuilder();
			message.append(this.failures.size()).append(" expectation(s) not met for '").append(scenario).append("'");
			for (AssertionError failure : this.failures) {
				message.append(System.lineSeparator()).append("-- ").append(failure.getMessage());
			}
			AssertionError error = new AssertionError(message.toString());
			this.failures.forEach(error::addSuppressed);
			throw error;
		}

	}

	/**
	 * A phase as the client reads it.
	 *
	 * @param kind the stage
	 * @param interval days between sessions
	 * @param sessions number of sessions, or null when open-ended
	 * @param cites rows the phase must cite, among others
	 */
	record ExpectedPhase(PhaseKind kind, IntRange interval, @Nullable IntRange sessions, List<Guideline> cites) {

		String describe() {
			return describe(this.kind, this.interval, this.sessions);
		}

		static String describeActual(Phase phase) {
			return describe(phase.kind(), phase.interval(), phase.sessions());
		}

		private static String describe(PhaseKind kind, IntRange interval, @Nullable IntRange sessions) {
			return kind + " every " + interval.min() + "-" + interval.max() + " days, "
					+ ((sessions != null) ? sessions.min() + "-" + sessions.max() + " sessions" : "open-ended");
		}

	}

	/**
	 * A warning as the client reads it.
	 *
	 * @param code the code
	 * @param severity the severity
	 * @param condition the condition that raised it, if any
	 */
	record ExpectedWarning(WarningCode code, Severity severity, @Nullable Condition condition) {

		static ExpectedWarning of(Warning warning) {
			return new ExpectedWarning(warning.code(), warning.severity(), warning.condition());
		}

	}

	/**
	 * The cost of a phase as the client reads it; amounts without trailing zeros.
	 *
	 * @param phase the phase
	 * @param monthlyMin the monthly cost at the longest interval
	 * @param monthlyMax the monthly cost at the shortest interval
	 * @param fit how it compares with the budget, if any
	 * @param affordableInterval the closest affordable interval, if any
	 */
	record ExpectedCost(PhaseKind phase, String monthlyMin, String monthlyMax, @Nullable BudgetFit fit,
			@Nullable IntRange affordableInterval) {

		static ExpectedCost of(PhaseCost cost) {
			return new ExpectedCost(cost.phase(), Scenario.amount(cost.monthlyMin().toPlainString()),
					Scenario.amount(cost.monthlyMax().toPlainString()), cost.fit(), cost.affordableInterval());
		}

	}

}
