package com.massageadvisor.sheet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.massageadvisor.rules.Schedule;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The proposed sessions as an iCalendar file (RFC 5545), built with iCal4j: one event per
 * session, at the chosen time of day in the reader's own time zone (floating time), each
 * with a reminder the day before.
 */
final class ScheduleCalendar {

	static final String PRODUCT_ID = "-//Massage Advisor//Massage plan//EN";

	private static final DateTimeFormatter UID_DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private ScheduleCalendar() {
	}

	/**
	 * The texts of the events, already in the reader's language.
	 *
	 * @param summary the event title
	 * @param description what the event is for, including the plan link
	 * @param location where, or empty
	 * @param reminder the reminder's text
	 */
	record Texts(String summary, String description, String location, String reminder) {
	}

	static String write(UUID assessment, List<Schedule.Session> sessions, LocalDate start, LocalTime time, int minutes,
			Texts texts, java.time.Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (Schedule.Session session : sessions) {
			LocalDate day = start.plusDays(session.day());
			VEvent event = new VEvent(LocalDateTime.of(day, time), Duration.ofMinutes(minutes), texts.summary());
			event.add(new Uid(assessment + "-" + UID_DAY.format(day) + "@massage-advisor"));
			event.removeAll(DtStamp.DTSTAMP);
			event.add(new DtStamp(now));
			event.add(new Description(texts.description()));
			if (!texts.location().isBlank()) {
				event.add(new Location(texts.location()));
			}
			VAlarm reminder = new VAlarm(Duration.ofDays(-1));
			reminder.add(ImmutableAction.DISPLAY);
			reminder.add(new Description(texts.reminder()));
			event.add(reminder);
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("Invalid calendar", ex);
		}
		return out.toString();
	}

}
