package com.massageadvisor.system;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The recent password: {@link RecentPassword}, and {@link RecentPasswordInterceptor} in
 * front of every handler. (A web configuration, so web slice tests have it too.)
 */
@Configuration(proxyBeanMethods = false)
class RecentPasswordConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<RecentPassword> recentPassword;

	RecentPasswordConfiguration(ObjectProvider<RecentPassword> recentPassword) {
		this.recentPassword = recentPassword;
	}

	@Bean
	RecentPassword recentPassword(ObjectProvider<UserDetailsService> users, ObjectProvider<PasswordEncoder> encoder,
			ApplicationEventPublisher events, Clock clock) {
		return new RecentPassword(users, encoder, events, clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RecentPasswordInterceptor(this.recentPassword));
	}

}
