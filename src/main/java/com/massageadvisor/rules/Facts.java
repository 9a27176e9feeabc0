package com.massageadvisor.rules;

/**
 * What the engine has established about one set of answers so far; the later rule tables
 * read it.
 *
 * @param answers the answers
 * @param recommendedType the type to book
 * @param advisable false when a STOP warning applies
 * @param conditions the answers' conditions as bits ({@link #conditionBits}), which the
 * tables ask about many times
 */
record Facts(Answers answers, MassageType recommendedType, boolean advisable, long conditions) {

	static {
		if (Condition.values().length > Long.SIZE) {
			throw new IllegalStateException("Too many conditions for a bit set");
		}
	}

	/**
	 * The conditions of the answers as bits.
	 * @param answers the answers
	 * @return one bit per condition reported, at its ordinal
	 */
	static long conditionBits(Answers answers) {
		long bits = 0;
		for (Condition condition : answers.conditions()) {
			bits |= bit(condition);
		}
		return bits;
	}

	/**
	 * The bit of a condition.
	 * @param condition the condition
	 * @return the bit at its ordinal
	 */
	static long bit(Condition condition) {
		return 1L << condition.ordinal();
	}

	boolean intense() {
		return this.recommendedType.isIntense();
	}

	Goal goal() {
		return this.answers.goal();
	}

	Lifestyle lifestyle() {
		return this.answers.lifestyle();
	}

	boolean has(Condition condition) {
		return (this.conditions & bit(condition)) != 0;
	}

	boolean anyCondition() {
		return this.conditions != 0;
	}

	boolean sore() {
		return this.answers.soreAfterLastMassage();
	}

	boolean longStandingPain() {
		return this.answers.painLevel() > 0
				&& (this.answers.goal() == Goal.CHRONIC_PAIN || this.answers.painDuration() == PainDuration.CHRONIC);
	}

}
