package com.massageadvisor.sheet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.massageadvisor.rules.Schedule;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The proposed sessions as an iCalendar file (RFC 5545), built with iCal4j: one event per
 * session at the chosen time of day in the clinic's time zone (with its VTIMEZONE, so
 * that a calendar elsewhere shows the right hour), at the clinic's address, each with a
 * reminder the day before, and the free time to keep before and after it (C2).
 */
final class ScheduleCalendar {

	static final String PRODUCT_ID = "-//Massage Advisor//Massage plan//EN";

	private static final DateTimeFormatter UID_DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** The time zones of the tz database, as iCal4j ships them; loaded once. */
	private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private ScheduleCalendar() {
	}

	/**
	 * The texts of the events, already in the reader's language.
	 *
	 * @param summary the event title
	 * @param description what the event is for, including the plan link
	 * @param location where, or empty
	 * @param reminder the reminder's text
	 * @param bufferBefore the title of the free time before a session
	 * @param bufferAfter the title of the free time after it
	 * @param bufferDescription what the free time is for
	 */
	record Texts(String summary, String description, String location, String reminder, String bufferBefore,
			String bufferAfter, String bufferDescription) {
	}

	/**
	 * Writes the calendar.
	 * @param assessment the assessment, for stable event ids
	 * @param sessions the proposed sessions
	 * @param start the day of the first session
	 * @param time the time of day of every session
	 * @param zone the clinic's time zone, in which that time is meant
	 * @param minutes how long a session lasts
	 * @param buffer the free time to keep before and after each session; zero for none
	 * @param texts the texts
	 * @param now when the file is made
	 * @return the iCalendar text
	 */
	static String write(UUID assessment, List<Schedule.Session> sessions, LocalDate start, LocalTime time, ZoneId zone,
			int minutes, Duration buffer, Texts texts, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		TimeZone timeZone = TIME_ZONES.getTimeZone(zone.getId());
		// the tz database's own name of the zone (UTC is Etc/UTC), so that every TZID
		// names the VTIMEZONE that the file holds
		ZoneId eventZone = zone;
		if (timeZone != null) {
			calendar.add(timeZone.getVTimeZone());
			eventZone = ZoneId.of(timeZone.getID());
		}
		for (Schedule.Session session : sessions) {
			LocalDate day = start.plusDays(session.day());
			String uid = assessment + "-" + UID_DAY.format(day);
			ZonedDateTime begins = LocalDateTime.of(day, time).atZone(eventZone);
			VEvent event = event(begins, Duration.ofMinutes(minutes), texts.summary(), uid, timeZone, now);
			event.add(new Description(texts.description()));
			event.add(ImmutableTransp.OPAQUE);
			location(event, texts);
			VAlarm reminder = new VAlarm(Duration.ofDays(-1));
			reminder.add(ImmutableAction.DISPLAY);
			reminder.add(new Description(texts.reminder()));
			event.add(reminder);
			calendar.add(event);
			if (!buffer.isZero() && !buffer.isNegative()) {
				// The free time around a session is its own short event rather than a
				// longer session event: the session keeps the start the client chose (and
				// its reminder), and calendar apps (Google, Apple, Outlook) show the free
				// time as a block of its own beside it. TRANSPARENT: it is time to keep
				// calm, not an appointment, so it does not mark the client busy to
				// others.
				calendar.add(buffer(begins.minus(buffer), buffer, texts.bufferBefore(), uid + "-before", timeZone, now,
						texts));
				calendar.add(buffer(begins.plusMinutes(minutes), buffer, texts.bufferAfter(), uid + "-after", timeZone,
						now, texts));
			}
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

	private static VEvent buffer(ZonedDateTime begins, Duration length, String summary, String uid,
			@Nullable TimeZone timeZone, Instant now, Texts texts) {
		VEvent event = event(begins, length, summary, uid, timeZone, now);
		event.add(new Description(texts.bufferDescription()));
		event.add(ImmutableTransp.TRANSPARENT);
		location(event, texts);
		return event;
	}

	/**
	 * An event at a time of the clinic's zone: with its TZID where the tz database knows
	 * the zone, otherwise (a bare offset) in UTC, which every calendar reads alike.
	 */
	private static VEvent event(ZonedDateTime begins, Duration length, String summary, String uid,
			@Nullable TimeZone timeZone, Instant now) {
		VEvent event = (timeZone != null) ? new VEvent(begins, length, summary)
				: new VEvent(begins.toInstant(), length, summary);
		event.add(new Uid(uid + "@massage-advisor"));
		event.removeAll(DtStamp.DTSTAMP);
		event.add(new DtStamp(now));
		return event;
	}

	private static void location(VEvent event, Texts texts) {
		if (!texts.location().isBlank()) {
			event.add(new Location(texts.location()));
		}
	}

}
