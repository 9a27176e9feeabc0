package com.massageadvisor.twofactor;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

import com.massageadvisor.system.RecentPassword;

/**
 * Who needs the second factor, and where they go for it. A staff member who set up an
 * authenticator app needs its code after the password; with
 * {@code clinic.login.require-2fa=true} so does every administrator, and one who has not
 * set it up is sent to do so. Spring Security asks this for every staff page (through the
 * {@code AuthorizationManagerFactory} of {@link TwoFactorConfiguration}) and, when the
 * code is missing, sends the user here ({@link #commence}).
 */
@Component
class SecondFactor implements AuthenticationEntryPoint {

	/** The authority a right code adds to the log-in. */
	static final String AUTHORITY = "FACTOR_TOTP";

	static final String CODE_PAGE = "/login/code";

	static final String ENROLMENT_PAGE = "/staff/account/two-factor";

	private final TwoFactor twoFactor;

	private final TwoFactorProperties properties;

	SecondFactor(TwoFactor twoFactor, TwoFactorProperties properties) {
		this.twoFactor = twoFactor;
		this.properties = properties;
	}

	/**
	 * Whether a log-in needs a one-time code that it does not have yet.
	 * @param authentication the log-in
	 * @return true when it needs one
	 */
	boolean required(@Nullable Authentication authentication) {
		if (!loggedIn(authentication) || has(authentication, AUTHORITY)) {
			return false;
		}
		return mustEnrol(authentication) || this.twoFactor.enrolled(authentication.getName());
	}

	/**
	 * Whether the staff member must set up an authenticator app (an administrator when
	 * two factors are required).
	 */
	boolean mustUse(Authentication authentication) {
		return this.properties.require2fa() && has(authentication, "ROLE_ADMIN");
	}

	private boolean mustEnrol(Authentication authentication) {
		return mustUse(authentication) && !this.twoFactor.enrolled(authentication.getName());
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		Authentication authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		boolean enrol = loggedIn(authentication) && mustEnrol(authentication);
		response.sendRedirect(request.getContextPath() + (enrol ? ENROLMENT_PAGE : CODE_PAGE));
	}

	/**
	 * Adds the factor to the log-in, in its session: the staff member just typed a right
	 * code.
	 */
	static void grant(Clock clock, HttpServletRequest request, HttpServletResponse response) {
		FactorGrantedAuthority factor = FactorGrantedAuthority.withAuthority(AUTHORITY)
			.issuedAt(clock.instant())
			.build();
		RecentPassword.replaceAuthentication((authorities) -> {
			authorities.removeIf((authority) -> AUTHORITY.equals(authority.getAuthority()));
			authorities.add(factor);
		}, request, response);
	}

	/** Takes the factor from the log-in, in its session: it was turned off. */
	static void revoke(HttpServletRequest request, HttpServletResponse response) {
		RecentPassword.replaceAuthentication(
				(authorities) -> authorities.removeIf((authority) -> AUTHORITY.equals(authority.getAuthority())),
				request, response);
	}

	static boolean loggedIn(@Nullable Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** Whether the log-in gave the password (and not only, say, a test's user). */
	static boolean hasPassword(@Nullable Authentication authentication) {
		return loggedIn(authentication) && has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY);
	}

	static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

}
