package com.massageadvisor.system;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday. */
public final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The first working day after a date: the default first session of a schedule.
	 * @param day the day
	 * @return the next Monday to Friday after it
	 */
	public static LocalDate after(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		return next;
	}

}
