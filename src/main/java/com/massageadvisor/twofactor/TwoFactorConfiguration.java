package com.massageadvisor.twofactor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The second factor in Spring Security's multi-factor support.
 *
 * <ul>
 * <li>The {@link AuthorizationManagerFactory} bean makes every role rule of the web
 * security ({@code hasRole}, {@code hasAnyRole} on the staff pages) also require the
 * {@value SecondFactor#AUTHORITY} factor whenever {@link SecondFactor#required} says the
 * log-in needs it.</li>
 * <li>The {@code Customizer<HttpSecurity>} bean, which Spring Security applies to every
 * filter chain before the chain's own rules, opens the code page to anyone who gave their
 * password, and the two-factor page of the account to staff without the factor (to set it
 * up), and sends a log-in that lacks the factor to {@link SecondFactor}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwoFactorProperties.class)
class TwoFactorConfiguration {

	@Bean
	AuthorizationManagerFactory<RequestAuthorizationContext> secondFactorRules(SecondFactor secondFactor) {
		return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
			.requireFactors(SecondFactor.AUTHORITY)
			.when(secondFactor::required)
			.build();
	}

	@Bean
	Customizer<HttpSecurity> secondFactorPages(SecondFactor secondFactor) {
		return (http) -> {
			try {
				http.authorizeHttpRequests((requests) -> requests.requestMatchers(SecondFactor.CODE_PAGE)
					.access(AuthenticatedAuthorizationManager.authenticated())
					.requestMatchers(SecondFactor.ENROLMENT_PAGE, SecondFactor.ENROLMENT_PAGE + "/**")
					.access(AuthorityAuthorizationManager.hasAnyRole("STAFF", "ADMIN")))
					.exceptionHandling((exceptions) -> exceptions.defaultDeniedHandlerForMissingAuthority(secondFactor,
							SecondFactor.AUTHORITY));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not add the second factor's pages", ex);
			}
		};
	}

}
