package com.massageadvisor;

import java.net.URI;
import java.net.URL;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar starts from the bean definitions computed at build time; the sources
 * (the tests, {@code spring-boot:run}) work them out at start, and a setting of
 * {@code spring.aot.enabled} always wins. (The fat jar's own start is checked by the
 * packaged-jar tests: {@code PackagedApp.AOT_STARTED}.)
 */
class StartModeTests {

	private static URL url(String url) throws Exception {
		return URI.create(url).toURL();
	}

	private static final String EXTRACTED_JAR = "jar:file:/srv/app/massage-advisor.jar!/com/massageadvisor/MassageAdvisorApplication.class";

	private static final String SOURCES = "file:/work/target/classes/com/massageadvisor/MassageAdvisorApplication.class";

	@Test
	void thePackagedJarUsesItsBuildTimeDefinitions() throws Exception {
		assertThat(MassageAdvisorApplication.useAheadOfTimeCode(url(EXTRACTED_JAR), true, null)).isTrue();
	}

	@Test
	void theSourcesWorkThemOutAtStart() throws Exception {
		assertThat(MassageAdvisorApplication.useAheadOfTimeCode(url(SOURCES), true, null)).isFalse();
		assertThat(MassageAdvisorApplication.useAheadOfTimeCode(null, true, null)).isFalse();
	}

	@Test
	void aJarBuiltWithoutThemStartsWithout() throws Exception {
		assertThat(MassageAdvisorApplication.useAheadOfTimeCode(url(EXTRACTED_JAR), false, null)).isFalse();
	}

	@Test
	void anExplicitSettingWins() throws Exception {
		assertThat(MassageAdvisorApplication.useAheadOfTimeCode(url(EXTRACTED_JAR), true, "false")).isFalse();
		// set already: left as it is
		assertThat(MassageAdvisorApplication.useAheadOfTimeCode(url(SOURCES), true, "true")).isFalse();
	}

}
