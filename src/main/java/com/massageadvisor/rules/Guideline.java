package com.massageadvisor.rules;

import java.util.List;

import static com.massageadvisor.rules.Source.BACK_MASSAGE_EXPERT_ADVICE;
import static com.massageadvisor.rules.Source.FREQUENCY_FOR_BACK_PAIN;
import static com.massageadvisor.rules.Source.LOW_BACK_PAIN_RED_FLAGS;
import static com.massageadvisor.rules.Source.MASSAGE_WHEN_BACK_HURTS;
import static com.massageadvisor.rules.Source.PAIN_CHANGE_MCID;
import static com.massageadvisor.rules.Source.SPINE_PAIN_TOP_5;
import static com.massageadvisor.rules.Source.TIME_BETWEEN_MASSAGES;

/**
 * A row of the guideline digest ({@code docs/guidelines.md}), with the source(s) it comes
 * from. The constant names are the row ids of the digest; {@link #SIGNS} stands for its
 * list of signs that call for more frequent sessions, which has no row number there.
 */
public enum Guideline {

	// Frequency by goal
	F1(BACK_MASSAGE_EXPERT_ADVICE), F2(TIME_BETWEEN_MASSAGES), F3(BACK_MASSAGE_EXPERT_ADVICE),
	F4(TIME_BETWEEN_MASSAGES), F5(MASSAGE_WHEN_BACK_HURTS), F6(BACK_MASSAGE_EXPERT_ADVICE), F7(TIME_BETWEEN_MASSAGES),
	F8(TIME_BETWEEN_MASSAGES), F9(FREQUENCY_FOR_BACK_PAIN), F10(TIME_BETWEEN_MASSAGES),
	// Frequency by lifestyle
	L1(BACK_MASSAGE_EXPERT_ADVICE), L2(FREQUENCY_FOR_BACK_PAIN), L3(BACK_MASSAGE_EXPERT_ADVICE),
	L4(TIME_BETWEEN_MASSAGES), L5(BACK_MASSAGE_EXPERT_ADVICE), L6(BACK_MASSAGE_EXPERT_ADVICE),
	// Massage type, spacing and session length
	T1(TIME_BETWEEN_MASSAGES), T2(TIME_BETWEEN_MASSAGES), T3(TIME_BETWEEN_MASSAGES), T4(MASSAGE_WHEN_BACK_HURTS),
	T5(MASSAGE_WHEN_BACK_HURTS), T6(MASSAGE_WHEN_BACK_HURTS), T7(MASSAGE_WHEN_BACK_HURTS), T8(MASSAGE_WHEN_BACK_HURTS),
	T9(MASSAGE_WHEN_BACK_HURTS), T10(MASSAGE_WHEN_BACK_HURTS),
	// Safety
	S1(MASSAGE_WHEN_BACK_HURTS), S2(TIME_BETWEEN_MASSAGES), S3(MASSAGE_WHEN_BACK_HURTS), S4(BACK_MASSAGE_EXPERT_ADVICE),
	S5(MASSAGE_WHEN_BACK_HURTS), S6(TIME_BETWEEN_MASSAGES), S7(MASSAGE_WHEN_BACK_HURTS), S8(MASSAGE_WHEN_BACK_HURTS),
	S9(SPINE_PAIN_TOP_5), S10(LOW_BACK_PAIN_RED_FLAGS, MASSAGE_WHEN_BACK_HURTS),
	// Signs that call for more frequent sessions
	SIGNS(BACK_MASSAGE_EXPERT_ADVICE),
	// Adjusting over time
	A1(BACK_MASSAGE_EXPERT_ADVICE), A2(FREQUENCY_FOR_BACK_PAIN), A3(SPINE_PAIN_TOP_5), A4(MASSAGE_WHEN_BACK_HURTS),
	A5(FREQUENCY_FOR_BACK_PAIN), A6(PAIN_CHANGE_MCID, SPINE_PAIN_TOP_5),
	// Setting, timing, cost, self-care
	C1(SPINE_PAIN_TOP_5), C2(SPINE_PAIN_TOP_5), C3(SPINE_PAIN_TOP_5), C4(BACK_MASSAGE_EXPERT_ADVICE),
	C5(SPINE_PAIN_TOP_5), C6(MASSAGE_WHEN_BACK_HURTS, TIME_BETWEEN_MASSAGES), C7(MASSAGE_WHEN_BACK_HURTS),
	C8(MASSAGE_WHEN_BACK_HURTS);

	private final List<Source> sources;

	Guideline(Source... sources) {
		this.sources = List.of(sources);
	}

	/**
	 * The sources this row paraphrases.
	 * @return at least one source
	 */
	public List<Source> sources() {
		return this.sources;
	}

}
