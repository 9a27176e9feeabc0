package com.massageadvisor.plan;

import com.massageadvisor.rules.RulesEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the plain-Java engine available for injection; it holds no state, so one serves
 * all.
 */
@Configuration(proxyBeanMethods = false)
public class RecommendationConfiguration {

	@Bean
	RulesEngine rulesEngine() {
		return new RulesEngine();
	}

}
