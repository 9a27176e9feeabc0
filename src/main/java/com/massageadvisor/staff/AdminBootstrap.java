package com.massageadvisor.staff;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can log in. With {@code CLINIC_ADMIN_USERNAME} and
 * {@code CLINIC_ADMIN_PASSWORD} set, that administrator is created on start if no such
 * user exists. With neither set and no staff account at all, an administrator
 * {@code admin} is created with a strong generated password, which is logged once, as
 * Spring Boot does for its default user, and must be changed at the first log-in.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	static final String DEFAULT_USERNAME = "admin";

	/** The actor the audit trail names for what the application does by itself. */
	static final String SYSTEM = "(system)";

	private static final Logger logger = LoggerFactory.getLogger(AdminBootstrap.class);

	private final StaffAccounts accounts;

	private final AdminProperties admin;

	AdminBootstrap(StaffAccounts accounts, AdminProperties admin) {
		this.accounts = accounts;
		this.admin = admin;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = this.admin.username();
		String password = this.admin.password();
		if (StringUtils.hasText(username) || StringUtils.hasText(password)) {
			if (!StringUtils.hasText(username) || password == null) {
				throw new IllegalStateException("Set both CLINIC_ADMIN_USERNAME and CLINIC_ADMIN_PASSWORD");
			}
			if (!this.accounts.exists(username)) {
				// judged when it is used: an account made by an earlier version keeps
				// working
				try {
					PasswordPolicy.require(password, username);
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException("CLINIC_ADMIN_PASSWORD is not usable: " + ex.getMessage());
				}
				this.accounts.create(username, password, StaffRole.ADMIN, SYSTEM);
				logger.info("Created the administrator '{}' from CLINIC_ADMIN_USERNAME", username);
			}
			return;
		}
		if (!this.accounts.any()) {
			String generated = generatePassword();
			this.accounts.create(DEFAULT_USERNAME, generated, StaffRole.ADMIN, SYSTEM, true);
			logger.warn(String.format("%n%nNo staff account exists: created the administrator '%s' with the generated "
					+ "password: %s%nIt must be changed at the first log-in (every staff page leads to the account "
					+ "page until then), or set CLINIC_ADMIN_USERNAME and CLINIC_ADMIN_PASSWORD.%n", DEFAULT_USERNAME,
					generated));
		}
	}

	/**
	 * 24 random bytes, URL-safe Base64: 32 characters, 192 bits, drawn again in the rare
	 * case that they break a password rule (such as containing "admin").
	 */
	static String generatePassword() {
		SecureRandom random = new SecureRandom();
		while (true) {
			byte[] bytes = new byte[24];
			random.nextBytes(bytes);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			if (PasswordPolicy.problems(password, DEFAULT_USERNAME).isEmpty()) {
				return password;
			}
		}
	}

}
