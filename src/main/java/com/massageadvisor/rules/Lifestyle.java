package com.massageadvisor.rules;

/** How the client spends their days, which shapes the long-term rhythm. */
public enum Lifestyle {

	DESK_WORKER, ATHLETE, PHYSICAL_JOB, PARENT_CAREGIVER, SENIOR, OTHER

}
