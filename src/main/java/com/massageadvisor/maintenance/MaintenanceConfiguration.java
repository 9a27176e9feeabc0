package com.massageadvisor.maintenance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Backup and retention settings, and the scheduler the retention job runs on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MaintenanceProperties.class)
@EnableScheduling
class MaintenanceConfiguration {

}
