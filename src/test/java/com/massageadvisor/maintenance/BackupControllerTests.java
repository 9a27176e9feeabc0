package com.massageadvisor.maintenance;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.massageadvisor.system.StaffPages;
import com.massageadvisor.system.StaffSlice;
import com.massageadvisor.system.StaffWebMvcTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A backup runs only with a password typed in the last five minutes. */
@StaffWebMvcTest(BackupController.class)
class BackupControllerTests extends StaffSlice {

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MaintenanceProperties.class)
	static class Settings {

	}

	@MockitoBean
	DatabaseBackup backup;

	@Test
	void aBackupRunsForAnAdministratorWhoJustGaveTheirPassword() {
		given(this.backup.backup("fresh")).willReturn(Path.of("backup.zip"));
		assertThat(this.mvc.post().uri("/staff/admin/backup").with(StaffPages.admin("fresh")).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/admin/backup");
		then(this.backup).should().backup("fresh");
	}

	@Test
	void aPasswordOlderThanFiveMinutesIsAskedForAgainAndNothingRuns() {
		Instant sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6));
		MvcTestResult result = this.mvc.post()
			.uri("/staff/admin/backup")
			.with(user("stale").authorities(new SimpleGrantedAuthority("ROLE_ADMIN"),
					FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
						.issuedAt(sixMinutesAgo)
						.build()))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("h1").text()).isEqualTo(text("staff.recentPassword.heading"));
		assertThat(page.select("form:has(input[name=recentPassword])").attr("action")).isEqualTo("/staff/admin/backup");
		then(this.backup).should(never()).backup(anyString());
	}

	@Test
	void aLogInWithoutAPasswordFactorIsAskedForIt() {
		assertThat(this.mvc.post().uri("/staff/admin/backup").with(user("no-factor").roles("ADMIN")).with(csrf()))
			.hasStatusOk();
		then(this.backup).should(never()).backup(anyString());
	}

}
