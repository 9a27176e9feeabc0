package com.massageadvisor.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the log-in sends a staff member: a path of this application whatever address the
 * page to go back to was kept with, and the list when that address is no such path.
 */
class LogInRedirectTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");

	@Test
	void aKeptPageIsGoneBackToByItsPathAndQuery() {
		assertThat(SecurityConfiguration.pathOf(this.request, "http://attacker.example/staff/assessments/42?q=Ann"))
			.isEqualTo("/staff/assessments/42?q=Ann");
		assertThat(SecurityConfiguration.pathOf(this.request, "https://clinic.example:8443/staff/account"))
			.isEqualTo("/staff/account");
	}

	@Test
	void aPathStaysAPathUnderTheApplicationsContext() {
		assertThat(SecurityConfiguration.pathOf(this.request, "/staff/assessments")).isEqualTo("/staff/assessments");
		this.request.setContextPath("/clinic");
		assertThat(SecurityConfiguration.pathOf(this.request, "/staff/assessments"))
			.isEqualTo("/clinic/staff/assessments");
		assertThat(SecurityConfiguration.pathOf(this.request, "http://host/clinic/staff/account"))
			.isEqualTo("/clinic/staff/account");
	}

	@Test
	void anAddressThatCouldLeaveTheApplicationLeadsToTheList() {
		assertThat(SecurityConfiguration.pathOf(this.request, "http://host")).isEqualTo("/staff/assessments");
		assertThat(SecurityConfiguration.pathOf(this.request, "http://host//attacker.example/x"))
			.isEqualTo("/staff/assessments");
		assertThat(SecurityConfiguration.pathOf(this.request, "http://host/\\attacker.example/x"))
			.isEqualTo("/staff/assessments");
		this.request.setContextPath("/clinic");
		assertThat(SecurityConfiguration.pathOf(this.request, "http://host/other/x"))
			.isEqualTo("/clinic/staff/assessments");
	}

}
