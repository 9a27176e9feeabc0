package com.massageadvisor.staff;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/** The first administrator: a generated password must be changed at the first log-in. */
class AdminBootstrapTests {

	private final StaffAccounts accounts = mock(StaffAccounts.class);

	@Test
	void theGeneratedAdministratorMustChangeItsPassword() {
		given(this.accounts.any()).willReturn(false);
		new AdminBootstrap(this.accounts, new AdminProperties(null, null)).run(new DefaultApplicationArguments());
		ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
		then(this.accounts).should()
			.create(eq(AdminBootstrap.DEFAULT_USERNAME), password.capture(), eq(StaffRole.ADMIN),
					eq(AdminBootstrap.SYSTEM), eq(true));
		assertThat(password.getValue()).hasSize(32);
		assertThat(PasswordPolicy.problems(password.getValue(), AdminBootstrap.DEFAULT_USERNAME)).isEmpty();
	}

	@Test
	void anAdministratorFromTheEnvironmentKeepsItsPassword() {
		new AdminBootstrap(this.accounts, new AdminProperties("alice", "violette tapis 42 nuages"))
			.run(new DefaultApplicationArguments());
		then(this.accounts).should()
			.create("alice", "violette tapis 42 nuages", StaffRole.ADMIN, AdminBootstrap.SYSTEM);
		then(this.accounts).should(never())
			.create(anyString(), anyString(), eq(StaffRole.ADMIN), anyString(), anyBoolean());
	}

	@Test
	void aCommonPasswordFromTheEnvironmentStopsTheStart() {
		AdminBootstrap bootstrap = new AdminBootstrap(this.accounts, new AdminProperties("alice", "password1234"));
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
			.withMessageContaining("CLINIC_ADMIN_PASSWORD is not usable")
			.withMessageContaining("common passwords");
	}

}
