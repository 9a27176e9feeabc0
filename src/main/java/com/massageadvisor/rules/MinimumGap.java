package com.massageadvisor.rules;

/**
 * The least time between two sessions, whatever the phase says, and why.
 *
 * @param hours the gap in hours
 * @param reason why this gap
 * @param citation the rows behind it
 */
public record MinimumGap(int hours, Message reason, Citation citation) {

	/**
	 * The gap in whole days, rounded up.
	 * @return at least one day
	 */
	public int days() {
		return (this.hours + 23) / 24;
	}

}
