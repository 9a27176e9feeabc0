package com.massageadvisor.rules;

/** The kinds of advice: self-care, timing, cost and follow-up. */
public enum AdviceCode {

	/** A red flag that needs a doctor urgently, the same day (S10). */
	SEE_DOCTOR_URGENTLY,
	/** A red flag that needs a doctor soon, before any massage (S10, S8). */
	SEE_DOCTOR_SOON,
	/** The maintenance goal was not followed: the pain needs a series first (F9). */
	GOAL_NOT_FOLLOWED,
	/** Massage is not advisable now: who to see instead. */
	SEE_PROFESSIONAL_FIRST,
	/** Massage is not advisable now: other care to ask about meanwhile. */
	OTHER_CARE_MEANWHILE,
	/** Why the recommended type differs from the one asked for. */
	TYPE_CHANGED,
	/** Which type suits a client who was not sure. */
	TYPE_SUGGESTED,
	/** What the recommended type is like. */
	TYPE_ABOUT,
	/** Tell the therapist how much heat is comfortable. */
	HEAT_COMFORT,
	/** Why this setting. */
	SETTING,
	/** Book the next session at the end of each one. */
	BOOK_NEXT_SESSION,
	/** Watch how you respond and adjust the plan. */
	TRACK_AND_ADJUST,
	/** Long-standing pain needs many regular sessions; then space them out. */
	LONG_STANDING_PAIN,
	/** Leave buffer time around sessions. */
	BUFFER_TIME,
	/** Choose a licensed therapist and tell them where it hurts. */
	CHOOSE_THERAPIST,
	/** Massage should not hurt badly; what to do if it does. */
	PAIN_DURING_SESSION,
	/** Exercises, posture, heat or cold between sessions. */
	SELF_CARE,
	/** Ask for home strategies. */
	HOME_STRATEGIES,
	/** Other care that works alongside massage. */
	COMPLEMENTARY_CARE,
	/** Treat cost as part of the plan. */
	COST_PLANNING,
	/** What a phase costs a month at the given session price. */
	MONTHLY_COST,
	/** The plan fits the monthly budget. */
	WITHIN_BUDGET,
	/** A phase costs more than the budget: the closest affordable rhythm. */
	OVER_BUDGET,
	/** Self-care that bridges the gap when sessions are spaced out for cost. */
	BUDGET_BRIDGE,
	/** A budget without a session price cannot be compared. */
	BUDGET_NEEDS_PRICE

}
