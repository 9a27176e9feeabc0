package com.massageadvisor.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} says about the API as a whole: its title, version, purpose,
 * who runs it, and the tags its operations are grouped under. The server is the
 * configured public address ({@code app.public-url}), or the host that serves the
 * description itself, never a name taken from a request's Host header.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String RECOMMENDATIONS = "Recommendations";

	/**
	 * springdoc's own beans (with swagger-core and the Jackson 2 it brings, some 900
	 * classes) are made when {@code /v3/api-docs} is first asked for, not at every start:
	 * springdoc marks them eager, which costs the start of an application whose
	 * description few ever read (docs/performance.md, start-up). Its controller is still
	 * mapped at start: Spring MVC maps a lazy controller by its type and makes it on the
	 * first request. Post-processors are made at start whatever their flag says. The
	 * beans are told by their class or their configuration class's name only: resolving
	 * their types would load what this avoids.
	 */
	@Bean
	static BeanFactoryPostProcessor springdocOnFirstUse() {
		return (beans) -> {
			for (String name : beans.getBeanDefinitionNames()) {
				BeanDefinition definition = beans.getBeanDefinition(name);
				if (fromSpringdoc(beans, definition)) {
					definition.setLazyInit(true);
				}
			}
		};
	}

	/**
	 * Whether springdoc defines the bean: its class or its configuration class is
	 * springdoc's.
	 */
	private static boolean fromSpringdoc(ConfigurableListableBeanFactory beans, BeanDefinition definition) {
		String factory = definition.getFactoryBeanName();
		if (isSpringdoc(definition.getBeanClassName()) || isSpringdoc(factory)) {
			return true;
		}
		return factory != null && beans.containsBeanDefinition(factory)
				&& isSpringdoc(beans.getBeanDefinition(factory).getBeanClassName());
	}

	private static boolean isSpringdoc(@Nullable String className) {
		return className != null && className.startsWith("org.springdoc.");
	}

	@Bean
	OpenAPI massageAdvisorApi(@Value("${app.public-url:}") String publicUrl, @Value("${clinic.name}") String clinic) {
		String server = publicUrl.isBlank() ? "/" : publicUrl.replaceAll("/+$", "");
		return new OpenAPI()
			.info(new Info().title("Massage Advisor API")
				.version("v1")
				.description("Turns a client's answers about their back into a massage plan drawn from published "
						+ "guidance: how often, how long, which type, the safety warnings and advice, each item "
						+ "with the guideline rows it comes from; and, after check-ins, the next step. Stateless: "
						+ "nothing sent here is stored. Errors are RFC 9457 problem documents.")
				.contact(new Contact().name(clinic))
				.license(new License().name("Proprietary")))
			.servers(List.of(new Server().url(server).description("This installation")))
			.tags(List.of(new Tag().name(RECOMMENDATIONS)
				.description("Plans made from a client's answers, and the next step after check-ins")));
	}

}
