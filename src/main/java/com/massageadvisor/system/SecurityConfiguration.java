package com.massageadvisor.system;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what. Clients need no account: the start page, the questionnaire, their own
 * result (by its unguessable link), the JSON API and health are public. Everything under
 * {@code /staff/} needs a staff log-in, {@code /staff/admin/} the ADMIN role. Anything
 * else is refused, so a new page is private until it is listed here: not found for a
 * visitor (only a staff page or a step of the log-in sends one to the log-in), forbidden
 * for staff.
 *
 * <p>
 * The JSON API is stateless (no session, no cookie, so no CSRF token); every page form
 * carries a CSRF token. Every response carries a Content Security Policy without inline
 * script or style, forbids framing and sniffing, sends no referrer (result links are
 * private), allows no camera, microphone or location, and asks search engines not to
 * index anything but the home page and the questionnaire. Behind a TLS proxy (the
 * {@code behind-tls-proxy} profile) the cookies are Secure, the CSRF cookie has the
 * {@code __Host-} prefix, and HSTS is sent on every request that came in over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** No camera, microphone, location, payment or USB for any page. */
	// only features Chromium knows: an unknown one ("interest-cohort") is logged as a
	// console error on every page
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/** How long the staff page asked for before logging in is kept to go back to. */
	static final Duration KEEP_THE_PAGE_ASKED_FOR = Duration.ofMinutes(30);

	/** Where a log-in leads when no staff page was asked for. */
	private static final String STAFF_HOME = "/staff/assessments";

	/**
	 * Pages search engines must not index: a client's result and sheet (private links),
	 * and everything for staff. Only the home page and the questionnaire may be found.
	 */
	private static final RequestMatcher PRIVATE_PAGES = new NegatedRequestMatcher(new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern("/"), PathPatternRequestMatcher.pathPattern("/assessments/new")));

	/**
	 * The pages a visitor is sent to the log-in for: the staff pages and the log-in's own
	 * further steps (the second factor's code).
	 */
	private static final RequestMatcher SENT_TO_LOG_IN = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern("/staff/**"), PathPatternRequestMatcher.pathPattern("/login/**"));

	/** Pages anyone may read, with {@code GET} or {@code HEAD}. */
	private static final String[] PUBLIC_PAGES = { "/", "/assessments/new", "/assessments/*", "/assessments/*/**",
			"/login", "/error", "/robots.txt", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
			"/v3/api-docs/**" };

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
	SecurityFilterChain webSecurity(HttpSecurity http, ObjectProvider<SessionRegistry> sessionRegistry,
			@Value("${app.security.tls:false}") boolean tls) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES)
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/assessments", "/assessments/*/check-ins",
							"/assessments/*/withdraw", "/error")
					.permitAll()
					.requestMatchers("/staff/admin/**")
					.hasRole("ADMIN")
					.requestMatchers("/staff/**")
					.hasAnyRole("STAFF", "ADMIN")
					.anyRequest()
					.denyAll())
			// the token in a cookie rather than the session: clients filling in the
			// questionnaire need no session at all, so any instance of the application
			// can serve them
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens(tls)))
			// a staff page or a step of the log-in sends a visitor to the log-in, and a
			// staff page is kept (in a cookie) to go back to after it; any other address
			// is not found; a visitor gets no session either way
			.requestCache((cache) -> cache.requestCache(staffPagesToReturnTo()))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), SENT_TO_LOG_IN)
				.defaultAuthenticationEntryPointFor(
						(request, response, denied) -> response.sendError(HttpServletResponse.SC_NOT_FOUND),
						new NegatedRequestMatcher(SENT_TO_LOG_IN)))
			.formLogin((form) -> form.loginPage("/login").successHandler(backToTheStaffPage()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.maximumSessions(-1)
				.sessionRegistry(sessionRegistry.getIfAvailable(SessionRegistryImpl::new))
				.expiredUrl("/login?expired"))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * The page a staff member asked for before logging in, to go back to once logged in:
	 * a staff page read with {@code GET}, nothing else. It is kept in a cookie for half
	 * an hour, not in a session, so that a visitor who has not logged in never makes the
	 * application write a session to the database; the cookie holds a path only, and the
	 * way back is always to this application.
	 * @return the request cache of the log-in and of its second step
	 */
	public static RequestCache staffPagesToReturnTo() {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/staff/**"));
		cache.setCookieCustomizer((cookie) -> {
			cookie.setAttribute("SameSite", "Lax");
			// as long as an idle session kept it before (30 minutes, the default timeout)
			cookie.setMaxAge((int) KEEP_THE_PAGE_ASKED_FOR.toSeconds());
		});
		return cache;
	}

	/**
	 * Where the log-in leads: the staff page kept to go back to, or the list. Always a
	 * path of this application, never an address built from the request's {@code Host}
	 * header (which anyone can forge), so that no redirect of the application names
	 * another host ({@code server.tomcat.use-relative-redirects} does the same for the
	 * others).
	 */
	static AuthenticationSuccessHandler backToTheStaffPage() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl(STAFF_HOME);
		handler.setRequestCache(staffPagesToReturnTo());
		handler.setRedirectStrategy((request, response, url) -> response.sendRedirect(pathOf(request, url)));
		return handler;
	}

	/** The path and query of a URL of this application, the list if it has none. */
	static String pathOf(HttpServletRequest request, String url) {
		String context = request.getContextPath();
		if (!UrlUtils.isAbsoluteUrl(url)) {
			return context + url;
		}
		int path = url.indexOf('/', url.indexOf("://") + 3);
		String rest = (path < 0) ? "" : url.substring(path);
		return (rest.startsWith(context + "/") && !rest.startsWith("//") && !rest.startsWith("/\\")) ? rest
				: context + STAFF_HOME;
	}

	private static void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions((frame) -> frame.deny())
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PRIVATE_PAGES,
					new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow")));
	}

	/**
	 * The CSRF token's cookie. Behind a TLS proxy ({@code app.security.tls=true}, set by
	 * the {@code behind-tls-proxy} profile) it is Secure and named with the
	 * {@code __Host-} prefix, which browsers only accept over HTTPS, for the whole site
	 * and from this host: no other site under the same domain can plant one.
	 */
	static CookieCsrfTokenRepository csrfTokens(boolean tls) {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		if (tls) {
			tokens.setCookieName("__Host-XSRF-TOKEN");
			tokens.setCookieCustomizer((cookie) -> cookie.secure(true).path("/").sameSite("Lax"));
		}
		else {
			tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		}
		return tokens;
	}

}
