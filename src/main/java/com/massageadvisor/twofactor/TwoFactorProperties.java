package com.massageadvisor.twofactor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The two-factor settings, beside the other log-in settings.
 *
 * @param require2fa whether every administrator must log in with a one-time code (one
 * without an authenticator app is sent to set one up before anything else)
 * @param maxFailures wrong codes in a row that end the log-in attempt and lock the second
 * factor
 * @param lockFor how long the second factor then stays locked
 */
@ConfigurationProperties("clinic.login")
record TwoFactorProperties(@DefaultValue("false") boolean require2fa, @DefaultValue("5") int maxFailures,
		@DefaultValue("15m") Duration lockFor) {
}
