package com.massageadvisor.rules;

/**
 * The client's overall change since the start, on the contract's seven-point scale.
 */
public enum Change {

	/** Much better. */
	MUCH_BETTER,
	/** Better. */
	BETTER,
	/** Slightly better. */
	SLIGHTLY_BETTER,
	/** The same. */
	SAME,
	/** Slightly worse. */
	SLIGHTLY_WORSE,
	/** Worse. */
	WORSE,
	/** Much worse. */
	MUCH_WORSE;

	/**
	 * Whether the change is bad enough to see a professional (S7, S8).
	 * @return true for {@code WORSE} and {@code MUCH_WORSE}
	 */
	public boolean isClearlyWorse() {
		return this == WORSE || this == MUCH_WORSE;
	}

	/**
	 * Whether the client feels any worse than at the start.
	 * @return true for the three worse values
	 */
	public boolean isWorse() {
		return compareTo(SAME) > 0;
	}

}
