package com.massageadvisor.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed log-ins: after {@code clinic.login.max-failures} wrong passwords in a row
 * the account is locked for {@code clinic.login.lock-for}; a successful log-in resets the
 * count.
 */
@Component
class LoginAttempts {

	private static final Logger logger = LoggerFactory.getLogger(LoginAttempts.class);

	private final StaffAccounts accounts;

	LoginAttempts(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		try {
			this.accounts.failedLogin(event.getAuthentication().getName());
		}
		catch (OptimisticLockingFailureException ex) {
			// the account changed at the same moment (another attempt, an administrator):
			// the log-in
			// has failed anyway, and losing one count is better than an error page
			logger.info("Could not count a failed log-in for a concurrently changed account");
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		try {
			this.accounts.succeededLogin(event.getAuthentication().getName());
		}
		catch (OptimisticLockingFailureException ex) {
			logger.info("Could not reset the failed log-ins of a concurrently changed account");
		}
	}

}
