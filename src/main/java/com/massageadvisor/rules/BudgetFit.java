package com.massageadvisor.rules;

/** How a phase compares with the client's monthly budget. */
public enum BudgetFit {

	/** Affordable across its whole range of intervals. */
	FITS,
	/** Affordable only towards the longer intervals of its range. */
	FITS_AT_LONGER_INTERVALS,
	/** Too expensive even at its longest interval. */
	OVER

}
