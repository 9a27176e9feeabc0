package com.massageadvisor.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database's durability and recovery settings ({@link H2Durability}) and its
 * owner-only files ({@link H2FileModes}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	static H2Durability h2Durability() {
		return new H2Durability();
	}

	@Bean
	H2FileModes h2FileModes(ObjectProvider<DataSource> dataSource) {
		return new H2FileModes(dataSource);
	}

}
