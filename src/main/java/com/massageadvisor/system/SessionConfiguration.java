package com.massageadvisor.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Staff sessions live in the database (Spring Session JDBC, tables of migration V7), so
 * that any instance of the application can serve any request of a logged-in user and a
 * load balancer needs no sticky sessions: a log-in on one instance is known to all, a
 * log-out on one ends the session on all. Expired sessions are deleted every minute
 * ({@code spring.session.jdbc.cleanup-cron}). The registry of open sessions reads the
 * same tables, so that disabling an account or resetting its password ends its sessions
 * on every instance.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

}
