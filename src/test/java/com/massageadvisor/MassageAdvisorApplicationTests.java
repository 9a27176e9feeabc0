package com.massageadvisor;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a real port: what a client of the API would see. */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class MassageAdvisorApplicationTests {

	@Autowired
	private RestTestClient client;

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void makesSpringdocOnlyWhenItsDescriptionIsFirstAskedFor() {
		// its beans (swagger-core, Jackson 2) cost every start otherwise:
		// docs/performance.md
		ConfigurableListableBeanFactory beans = this.context.getBeanFactory();
		assertThat(List.of("openApiResource", "springdocObjectMapperProvider", "openAPIBuilder"))
			.allSatisfy((name) -> assertThat(beans.getBeanDefinition(name).isLazyInit()).as(name).isTrue());
		assertThat(beans.getBeanDefinition("massageAdvisorApi").isLazyInit()).isFalse();
	}

	@Test
	void answersARecommendationOverHttp() {
		this.client.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"goal":"CHRONIC_PAIN","lifestyle":"SENIOR","massageType":"DEEP_TISSUE","painLevel":5,
					 "painDuration":"CHRONIC","conditions":["ARTHRITIS"]}""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.massageAdvisable")
			.isEqualTo(true)
			.jsonPath("$.recommendedMassageType")
			.isEqualTo("SWEDISH")
			.jsonPath("$.warnings[?(@.code == 'GENTLE_TECHNIQUE')].severity")
			.isEqualTo("CAUTION")
			.jsonPath("$.phases[0].sources")
			.isNotEmpty();
	}

	@Test
	void refusesBadInputWithAProblemDocumentOverHttp() {
		this.client.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"goal\":")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
	}

	@Test
	void refusesAnOversizedBodyOverHttp() {
		this.client.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"goal\":\"" + "A".repeat(100_000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void exposesHealthAndTheApiDescriptionButNoOtherActuatorEndpoint() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		// not exposed: not found for a visitor, with nothing behind it
		this.client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/recommendations'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/recommendations/next'].post")
			.exists();
	}

}
