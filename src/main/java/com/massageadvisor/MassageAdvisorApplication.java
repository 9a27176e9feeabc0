package com.massageadvisor;

import java.net.URL;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;

@SpringBootApplication
public class MassageAdvisorApplication {

	/**
	 * Spring Boot's warm-up of libraries on a second thread at start. Here it mostly
	 * built what the application never uses (the XML, YAML and Jackson 2 message
	 * converters, there because swagger-core and Hibernate bring their libraries) while
	 * the start already keeps both cores of a small server busy: without it the start
	 * took 1.2 s less CPU and answered 0.5 s sooner (docs/performance.md, start-up).
	 * {@code -Dspring.backgroundpreinitializer.ignore=false} turns it back on.
	 */
	static final String BACKGROUND_PREINITIALIZER = "spring.backgroundpreinitializer.ignore";

	public static void main(String[] args) {
		if (System.getProperty(BACKGROUND_PREINITIALIZER) == null) {
			System.setProperty(BACKGROUND_PREINITIALIZER, "true");
		}
		URL self = MassageAdvisorApplication.class.getResource("MassageAdvisorApplication.class");
		boolean processed = ClassUtils.isPresent(
				MassageAdvisorApplication.class.getName() + "__ApplicationContextInitializer",
				MassageAdvisorApplication.class.getClassLoader());
		if (useAheadOfTimeCode(self, processed, System.getProperty(AotDetector.AOT_ENABLED))) {
			System.setProperty(AotDetector.AOT_ENABLED, "true");
		}
		SpringApplication.run(MassageAdvisorApplication.class, args);
	}

	/**
	 * Whether the application starts from the bean definitions computed when it was built
	 * (Spring AOT: {@code process-aot} in pom.xml, docs/architecture.md) instead of
	 * working them out again from the configuration classes. It does when it runs from
	 * its packaged jar, which always carries them, unless {@code -Dspring.aot.enabled}
	 * says otherwise; from the sources ({@code ./mvnw spring-boot:run}, the tests) it
	 * does not, as their compiled AOT code could be older than the classes.
	 * @param self where this class was loaded from
	 * @param processed whether the build's AOT code is on the class path
	 * @param setting the value of {@code spring.aot.enabled}, or null if unset
	 * @return whether to set {@code spring.aot.enabled=true}
	 */
	static boolean useAheadOfTimeCode(@Nullable URL self, boolean processed, @Nullable String setting) {
		return setting == null && processed && self != null && "jar".equals(self.getProtocol());
	}

}
