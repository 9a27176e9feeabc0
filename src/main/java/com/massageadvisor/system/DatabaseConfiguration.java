package com.massageadvisor.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The embedded database's durability and recovery settings ({@link H2Durability}), its
 * owner-only files ({@link H2FileModes}) and the reuse of its dead space
 * ({@link H2Housekeeping}); Hibernate built in the background at start
 * ({@link DeferredRepositories}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DatabaseConfiguration {

	@Bean
	static H2Durability h2Durability() {
		return new H2Durability();
	}

	@Bean
	static BeanFactoryPostProcessor deferredRepositoriesInjection() {
		return DeferredRepositories.lazyInjection();
	}

	@Bean
	ApplicationListener<ContextRefreshedEvent> deferredRepositoriesInitializer(ConfigurableListableBeanFactory beans) {
		return DeferredRepositories.initializer(beans);
	}

	@Bean
	H2FileModes h2FileModes(ObjectProvider<DataSource> dataSource) {
		return new H2FileModes(dataSource);
	}

	@Bean
	H2Housekeeping h2Housekeeping(ObjectProvider<DataSource> dataSource) {
		return new H2Housekeeping(dataSource);
	}

}
