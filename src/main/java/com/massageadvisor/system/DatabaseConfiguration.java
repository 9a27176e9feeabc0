package com.massageadvisor.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded database's durability and recovery settings ({@link H2Durability}). */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	static H2Durability h2Durability() {
		return new H2Durability();
	}

}
