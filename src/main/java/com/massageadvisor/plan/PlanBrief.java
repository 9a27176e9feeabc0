package com.massageadvisor.plan;

import com.massageadvisor.rules.IntRange;
import com.massageadvisor.rules.Recommendation;
import org.jspecify.annotations.Nullable;

/**
 * What the plan's summary in lists needs
 * ({@link PlanPresenter#brief(PlanBrief, java.util.Locale)}), small enough to be stored
 * in plain columns beside the plan, so that a list of assessments never reads the stored
 * plan itself.
 *
 * @param advisable whether massage is advisable
 * @param interval the days between sessions of the first phase, or null when there are
 * none
 * @param sessionMinutes how long a session lasts, in minutes
 */
public record PlanBrief(boolean advisable, @Nullable IntRange interval, IntRange sessionMinutes) {

	/**
	 * The summary of a plan.
	 * @param plan the plan
	 * @return what its summary needs
	 */
	public static PlanBrief of(Recommendation plan) {
		return new PlanBrief(plan.massageAdvisable(), plan.interval(), plan.sessionLength().minutes());
	}

}
