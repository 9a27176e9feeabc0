package com.massageadvisor.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the staff tests share: a clock that a test can move forward. Every staff test
 * imports it, so they all share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class StaffTestConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	/** The system's UTC clock, plus however far the tests have moved it forward. */
	static final class MovableClock extends Clock {

		private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

		/**
		 * Moves the clock forward.
		 * @param duration how far
		 */
		void advance(Duration duration) {
			this.offset.updateAndGet((current) -> current.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.offset(Clock.system(zone), this.offset.get());
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.offset.get());
		}

	}

}
