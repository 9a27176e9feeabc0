package com.massageadvisor.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock-out holds against guesses sent all at once: of many wrong passwords sent in
 * parallel for one account, no more than the allowed failures are ever judged on their
 * password (Spring Security still compares the others, for even timing, but refuses them
 * as locked whatever the password), and the account ends up locked, so that the right
 * password sent among or after them does not get in by luck.
 */
@Import(ConcurrentLockoutTests.WrongPasswords.class)
class ConcurrentLockoutTests extends StaffWebTestSupport {

	private static final int GUESSES = 40;

	@Autowired
	WrongPasswords wrongPasswords;

	/** Counts the log-ins refused for their password, rather than for a lock. */
	@TestConfiguration(proxyBeanMethods = false)
	static class WrongPasswords {

		private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> counts = new java.util.concurrent.ConcurrentHashMap<>();

		@EventListener
		void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
			this.counts
				.computeIfAbsent(event.getAuthentication().getName(),
						(name) -> new java.util.concurrent.atomic.AtomicInteger())
				.incrementAndGet();
		}

		int of(String username) {
			java.util.concurrent.atomic.AtomicInteger count = this.counts.get(username);
			return (count != null) ? count.get() : 0;
		}

	}

	@Test
	void parallelGuessesAreCountedOneByOneAndLockTheAccount() throws Exception {
		StaffUser user = newAccount("parallel", StaffRole.STAFF);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MvcTestResult>> results = new ArrayList<>();
		try {
			for (int i = 0; i < GUESSES; i++) {
				String guess = "wrong guess number " + i;
				results.add(pool.submit(() -> {
					start.await();
					return logIn(user.getUsername(), guess);
				}));
			}
			start.countDown();
			for (Future<MvcTestResult> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).hasRedirectedUrl("/login?error");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.wrongPasswords.of(user.getUsername())).as("guesses judged on their password").isEqualTo(5);
		assertThat(reload(user).isLockedAt(this.clock.instant())).as("locked after the burst").isTrue();
		assertLogInRefused(user.getUsername(), PASSWORD);
	}

}
