package com.massageadvisor.system;

import java.time.ZoneId;
import java.util.Currency;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic's own details, set with {@code clinic.*} properties.
 *
 * @param name the clinic's name, shown on every page and the printed sheet
 * @param address its postal address, on the sheet; may be empty
 * @param phone its phone number, on the sheet; may be empty
 * @param currency the currency of session prices and budgets (ISO 4217 code, e.g. EUR)
 * @param timeZone the clinic's time zone, for dates shown to people; the server's when
 * unset
 */
@ConfigurationProperties("clinic")
public record ClinicProperties(@DefaultValue("Massage Advisor Clinic") String name, @DefaultValue("") String address,
		@DefaultValue("") String phone, @DefaultValue("EUR") Currency currency, @Nullable ZoneId timeZone) {

	/**
	 * The zone to show dates in.
	 * @return the configured zone, or the server's
	 */
	public ZoneId zone() {
		return (this.timeZone != null) ? this.timeZone : ZoneId.systemDefault();
	}

}
