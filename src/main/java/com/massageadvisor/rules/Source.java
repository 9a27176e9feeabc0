package com.massageadvisor.rules;

/**
 * One of the five articles the guidelines are drawn from, or one of the two outside
 * sources for red flags and for measuring change.
 */
public enum Source {

	FREQUENCY_FOR_BACK_PAIN("frequency-for-back-pain", "How Often Should I Get a Massage for Back Pain?"),
	BACK_MASSAGE_EXPERT_ADVICE("back-massage-expert-advice",
			"How Often Should You Get a Back Massage? Expert Advice for Pain & Stress"),
	TIME_BETWEEN_MASSAGES("time-between-massages", "How long should you leave between back massages?"),
	MASSAGE_WHEN_BACK_HURTS("massage-when-back-hurts", "Is It Good To Get A Massage If Your Back Hurts?"),
	SPINE_PAIN_TOP_5("spine-pain-top-5", "Top 5 Questions About Massage for Spine Pain Answered"),
	LOW_BACK_PAIN_RED_FLAGS("low-back-pain-red-flags",
			"Low back pain and sciatica in over 16s: assessment and management (NICE NG59), with the red flags of clinical practice"),
	PAIN_CHANGE_MCID("pain-change-mcid", "Clinically important change on the 0-10 pain rating scale in low back pain");

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
