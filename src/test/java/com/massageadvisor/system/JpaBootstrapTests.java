package com.massageadvisor.system;

import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as configured for production builds Hibernate on a background thread
 * (the tests' own configuration builds it on the main thread, for the slices): the
 * context starts, and stores and reads an assessment, with the background start.
 */
@Tag("integration")
@SpringBootTest(properties = { "spring.jpa.bootstrap=async", "spring.data.jpa.repositories.bootstrap-mode=deferred" })
class JpaBootstrapTests {

	@Autowired
	private LocalContainerEntityManagerFactoryBean entityManagerFactory;

	@Autowired
	private Assessments assessments;

	@Test
	void hibernateIsBuiltInTheBackgroundAndWorks() {
		assertThat(this.entityManagerFactory.getBootstrapExecutor()).as("the background executor").isNotNull();
		Assessment stored = this.assessments.create("Background Start", null, Locale.ENGLISH,
				Answers.builder(Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH)
					.pain(2, PainDuration.ACUTE)
					.build());
		assertThat(this.assessments.findByPublicId(stored.getPublicId()))
			.hasValueSatisfying((found) -> assertThat(found.getClientName()).isEqualTo("Background Start"));
	}

}
