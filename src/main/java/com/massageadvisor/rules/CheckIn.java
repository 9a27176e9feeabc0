package com.massageadvisor.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the client reports some time after starting the plan. The date stays with the
 * caller (API, storage): the rules only need the order of the check-ins.
 *
 * @param sessionsSinceLast sessions since the previous check-in (or since the start), 0
 * to 20
 * @param painLevel pain now, 0 to 10
 * @param reliefDays how many days the relief of the last session lasted, or null when not
 * known
 * @param soreness how long the client was sore or tired after the last session
 * @param change the overall change since the start
 * @param painDuringSession whether the massage was painful beyond comfort
 * @param redFlags the red flags the client has now (S10)
 */
public record CheckIn(int sessionsSinceLast, int painLevel, @Nullable Integer reliefDays, Soreness soreness,
		Change change, boolean painDuringSession, Set<RedFlag> redFlags) {

	/** The most sessions between two check-ins. */
	public static final int MAX_SESSIONS = 20;

	/** The longest relief the client can report, in days. */
	public static final int MAX_RELIEF_DAYS = 90;

	public CheckIn {
		Objects.requireNonNull(soreness, "soreness");
		Objects.requireNonNull(change, "change");
		if (sessionsSinceLast < 0 || sessionsSinceLast > MAX_SESSIONS) {
			throw new IllegalArgumentException("sessionsSinceLast out of range: " + sessionsSinceLast);
		}
		if (painLevel < 0 || painLevel > Answers.MAX_PAIN) {
			throw new IllegalArgumentException("painLevel out of range: " + painLevel);
		}
		if (reliefDays != null && (reliefDays < 0 || reliefDays > MAX_RELIEF_DAYS)) {
			throw new IllegalArgumentException("reliefDays out of range: " + reliefDays);
		}
		redFlags = redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
	}

}
