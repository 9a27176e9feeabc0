package com.massageadvisor.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff accounts for Spring Security; a disabled or locked account cannot log in.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	private final StaffAccounts accounts;

	StaffUserDetailsService(StaffUserRepository users, StaffAccounts accounts) {
		this.users = users;
		this.accounts = accounts;
	}

	/**
	 * Loads an account for a log-in; every call takes one attempt from the account's
	 * allowance ({@link StaffAccounts#takeLoginAttempt}), and an account without one left
	 * is locked for this log-in.
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such staff user"));
		boolean allowed = user.isEnabled() && this.accounts.takeLoginAttempt(user.getUsername());
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.accountLocked(!allowed)
			.build();
	}

}
