package com.massageadvisor.staff;

import com.massageadvisor.system.StaffSlice;
import com.massageadvisor.system.StaffWebMvcTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The log-in page on its own, behind the application's security. */
@StaffWebMvcTest(LoginController.class)
class LoginWebTests extends StaffSlice {

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LoginProperties.class)
	static class Settings {

	}

	@Test
	void anyoneMayOpenTheLogInPageWhichPostsWithACsrfToken() {
		MvcTestResult result = this.mvc.get().uri("/login").exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("form[action=/login][method=post] input[name=_csrf]")).hasSize(1);
		assertThat(page.select(".error-summary")).isEmpty();
	}

	@Test
	void aFailedLogInSaysHowManyTriesLockTheAccountAndForHowLong() {
		Document page = parse(this.mvc.get().uri("/login?error").exchange());
		assertThat(page.select(".error-summary[role=alert] h2").text()).isEqualTo(text("login.failed.title"));
		assertThat(page.select(".error-summary p").text()).isEqualTo(text("login.failed", 5, 15L));
	}

}
