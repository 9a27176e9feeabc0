package com.massageadvisor.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyMessageTests {

	@Test
	void theLogNamesThePublicAddressWhenOneIsConfigured() {
		assertThat(new ReadyMessage("https://advisor.clinic.example/").address(8080))
			.isEqualTo("https://advisor.clinic.example/");
	}

	@Test
	void otherwiseTheLocalPort() {
		assertThat(new ReadyMessage("").address(8443)).isEqualTo("http://localhost:8443/");
	}

}
