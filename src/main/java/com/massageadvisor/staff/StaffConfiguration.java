package com.massageadvisor.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff settings and the password encoder: BCrypt through the delegating encoder. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AdminProperties.class, LoginProperties.class })
class StaffConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
