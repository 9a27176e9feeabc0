package com.massageadvisor.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed log-ins: after {@code clinic.login.max-failures} wrong passwords in a row
 * the account is locked for {@code clinic.login.lock-for}; a successful log-in resets the
 * count. Each attempt is counted before its password is compared
 * ({@link StaffAccounts#takeLoginAttempt}), in single update statements, so parallel
 * guesses are counted one by one. Every log-in, refusal and lock-out is audited.
 */
@Component
class LoginAttempts {

	private final StaffAccounts accounts;

	LoginAttempts(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.failedLogin(event.getAuthentication().getName());
	}

	/** A log-in refused before its password was judged: audited only. */
	@EventListener
	void onLocked(AuthenticationFailureLockedEvent event) {
		this.accounts.refusedLogin(event.getAuthentication().getName(), false);
	}

	@EventListener
	void onDisabled(AuthenticationFailureDisabledEvent event) {
		this.accounts.refusedLogin(event.getAuthentication().getName(), true);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.succeededLogin(event.getAuthentication().getName());
	}

}
