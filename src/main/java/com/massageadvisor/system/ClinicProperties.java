package com.massageadvisor.system;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic's own details, set with {@code clinic.*} properties.
 *
 * @param name the clinic's name, shown on every page and the printed sheet
 * @param address its postal address, on the sheet; may be empty
 * @param phone its phone number, on the sheet and the result page; may be empty
 * @param currency the currency of session prices and budgets (ISO 4217 code, e.g. EUR)
 * @param timeZone the clinic's time zone, for dates shown to people and the times of the
 * calendar file's sessions; the server's when unset
 * @param calendarBuffer the free time the calendar file keeps before and after each
 * session (C2: leave buffer time around appointments); 15 minutes unless set, 0 for none
 */
@ConfigurationProperties("clinic")
public record ClinicProperties(@DefaultValue("Massage Advisor Clinic") String name, @DefaultValue("") String address,
		@DefaultValue("") String phone, @DefaultValue("EUR") Currency currency, @Nullable ZoneId timeZone,
		@DefaultValue("15m") Duration calendarBuffer) {

	/**
	 * The zone to show dates in.
	 * @return the configured zone, or the server's
	 */
	public ZoneId zone() {
		return (this.timeZone != null) ? this.timeZone : ZoneId.systemDefault();
	}

	/**
	 * A day as every page and the sheet show it: in the clinic's zone, in the reader's
	 * language ({@code 3 Dec 2026}, {@code 3 déc. 2026}).
	 * @param instant the time
	 * @param locale the reader's language
	 * @return the day
	 */
	public String day(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(zone()));
	}

	/**
	 * A day as a client's page writes it out: in the clinic's zone, in full, with the
	 * conventions of the reader's region ({@code 2 December 2026} for en-GB,
	 * {@code December 2, 2026} for en-US, {@code 2 décembre 2026}).
	 * @param instant the time
	 * @param locale the reader's language and region, see
	 * {@link WebConfiguration#formatLocale}
	 * @return the day
	 */
	public String longDay(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone()));
	}

	/**
	 * A time as every page shows it: the day and the hour, in the clinic's zone and the
	 * reader's language.
	 * @param instant the time
	 * @param locale the reader's language
	 * @return the day and the hour
	 */
	public String moment(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(zone()));
	}

}
