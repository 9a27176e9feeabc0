package com.massageadvisor.rules;

/** Where to book the sessions (guideline row C1). */
public enum Setting {

	CLINIC, SPA, HEALTH_CLUB

}
