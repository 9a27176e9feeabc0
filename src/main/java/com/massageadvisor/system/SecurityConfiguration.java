package com.massageadvisor.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what. Clients need no account: the start page, the questionnaire, their own
 * result (by its unguessable link), the JSON API and health are public. Everything under
 * {@code /staff/} needs a staff log-in, {@code /staff/admin/} the ADMIN role. Anything
 * else is refused, so a new page is private until it is listed here.
 *
 * <p>
 * The JSON API is stateless (no session, no cookie, so no CSRF token); every page form
 * carries a CSRF token. Every response carries a Content Security Policy without inline
 * script or style, forbids framing and sniffing, and sends no referrer (result links are
 * private).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Pages anyone may read, with {@code GET} or {@code HEAD}. */
	private static final String[] PUBLIC_PAGES = { "/", "/assessments/new", "/assessments/*", "/assessments/*/**",
			"/login", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**" };

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, ObjectProvider<SessionRegistry> sessionRegistry)
			throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES)
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/assessments", "/assessments/*/check-ins", "/error")
					.permitAll()
					.requestMatchers("/staff/admin/**")
					.hasRole("ADMIN")
					.requestMatchers("/staff/**")
					.hasAnyRole("STAFF", "ADMIN")
					.anyRequest()
					.denyAll())
			// the token in a cookie rather than the session: clients filling in the
			// questionnaire need
			// no session at all, so any instance of the application can serve them
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/staff/assessments").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.maximumSessions(-1)
				.sessionRegistry(sessionRegistry.getIfAvailable(SessionRegistryImpl::new))
				.expiredUrl("/login?expired"))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions((frame) -> frame.deny());
	}

}
