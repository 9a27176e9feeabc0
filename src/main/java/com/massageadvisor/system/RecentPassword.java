package com.massageadvisor.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The password of the logged-in staff member, typed again. Spring Security's log-in
 * records the password as a {@link FactorGrantedAuthority} ({@code FACTOR_PASSWORD}) with
 * the time it was given; a confirmation gives that authority a new time (from the
 * application's {@link Clock}), and an action marked {@link RecentPasswordRequired} runs
 * only while it is younger than {@link #VALID_FOR}, as Spring Security's
 * {@link AllRequiredFactorsAuthorizationManager} judges it.
 *
 * <p>
 * The password is checked as a log-in checks it (the same accounts, encoder and events),
 * so wrong passwords typed here count towards the account's lock-out.
 */
public class RecentPassword {

	/** How long a typed password counts as recent. */
	public static final Duration VALID_FOR = Duration.ofMinutes(5);

	private final AllRequiredFactorsAuthorizationManager<Object> recent;

	private final ObjectProvider<UserDetailsService> users;

	private final ObjectProvider<PasswordEncoder> encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecentPassword(ObjectProvider<UserDetailsService> users, ObjectProvider<PasswordEncoder> encoder,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
		this.recent = AllRequiredFactorsAuthorizationManager.builder()
			.requireFactor((factor) -> factor.passwordAuthority().validDuration(VALID_FOR))
			.build();
		this.recent.setClock(clock);
	}

	/**
	 * Whether the logged-in staff member gave their password within {@link #VALID_FOR}.
	 * @return true when they did
	 */
	public boolean isRecent() {
		Authentication current = current();
		return current != null && this.recent.authorize(() -> current, this).isGranted();
	}

	/**
	 * Checks the logged-in staff member's password and, when it is right, records it as
	 * given now.
	 * @param password the password they typed
	 * @param request the request
	 * @param response the response
	 * @return true when it was right
	 */
	public boolean confirm(String password, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = current();
		if (current == null || !matches(current.getName(), password)) {
			return false;
		}
		FactorGrantedAuthority now = FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
			.issuedAt(this.clock.instant())
			.build();
		replaceAuthentication((authorities) -> {
			authorities
				.removeIf((authority) -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(authority.getAuthority()));
			authorities.add(now);
		}, request, response);
		return true;
	}

	/**
	 * Whether a password is the logged-in staff member's, judged as a log-in judges it: a
	 * wrong one counts as a failed log-in, and a locked or disabled account has none.
	 * @param username the staff member
	 * @param password the password they typed
	 * @return true when it is theirs
	 */
	public boolean matches(String username, String password) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(this.users.getObject());
		provider.setPasswordEncoder(this.encoder.getObject());
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(this.events));
		try {
			return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
				.isAuthenticated();
		}
		catch (AuthenticationException ex) {
			return false;
		}
	}

	/**
	 * Changes the authorities of the logged-in staff member's authentication and keeps
	 * the change in their session.
	 * @param change what to do to the authorities
	 * @param request the request
	 * @param response the response
	 */
	public static void replaceAuthentication(Consumer<Collection<GrantedAuthority>> change, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication current = current();
		if (current == null) {
			return;
		}
		Authentication changed = current.toBuilder().authorities(change).build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(changed);
		SecurityContextHolder.setContext(context);
		SESSION_CONTEXT.saveContext(context, request, response);
	}

	private static final SecurityContextRepository SESSION_CONTEXT = new HttpSessionSecurityContextRepository();

	private static @Nullable Authentication current() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return current;
	}

}
