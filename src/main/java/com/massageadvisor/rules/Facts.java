package com.massageadvisor.rules;

/**
 * What the engine has established about one set of answers so far; the later rule tables
 * read it.
 *
 * @param answers the answers
 * @param recommendedType the type to book
 * @param advisable false when a STOP warning applies
 */
record Facts(Answers answers, MassageType recommendedType, boolean advisable) {

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
		return this.answers.has(condition);
	}

	/**
	 * Whether a condition asks for a doctor's go-ahead to avoid overdoing it (S2).
	 * @return true for a herniated disc, osteoporosis or nerve problems
	 */
	boolean clearanceCondition() {
		return this.answers.hasClearanceCondition();
	}

	boolean anyCondition() {
		return !this.answers.conditions().isEmpty();
	}

	boolean sore() {
		return this.answers.soreAfterLastMassage();
	}

	boolean longStandingPain() {
		return this.answers.hasLongStandingPain();
	}

	boolean cleared() {
		return this.answers.medicallyCleared();
	}

}
