package com.massageadvisor.rules;

/** One of the five articles the guidelines are drawn from. */
public enum Source {

	FREQUENCY_FOR_BACK_PAIN("frequency-for-back-pain", "How Often Should I Get a Massage for Back Pain?"),
	BACK_MASSAGE_EXPERT_ADVICE("back-massage-expert-advice",
			"How Often Should You Get a Back Massage? Expert Advice for Pain & Stress"),
	TIME_BETWEEN_MASSAGES("time-between-massages", "How long should you leave between back massages?"),
	MASSAGE_WHEN_BACK_HURTS("massage-when-back-hurts", "Is It Good To Get A Massage If Your Back Hurts?"),
	SPINE_PAIN_TOP_5("spine-pain-top-5", "Top 5 Questions About Massage for Spine Pain Answered");

	private final String id;

	private final String title;

	Source(String id, String title) {
		this.id = id;
		this.title = title;
	}

	/**
	 * The id used to cite this source, as in the guideline digest.
	 * @return for example {@code time-between-massages}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The article's title.
	 * @return the title as published
	 */
	public String title() {
		return this.title;
	}

}
