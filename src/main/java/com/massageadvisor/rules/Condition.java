package com.massageadvisor.rules;

/** A health condition the client reports. */
public enum Condition {

	PREGNANCY, HERNIATED_DISC, OSTEOPOROSIS, SEVERE_OSTEOPOROSIS, NERVE_PROBLEMS, FRACTURE, OPEN_WOUND, DVT, CANCER,
	ARTHRITIS, FIBROMYALGIA, SPINE_SPECIALIST_CARE

}
