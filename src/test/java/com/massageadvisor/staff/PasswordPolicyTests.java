package com.massageadvisor.staff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What a staff password may not be, beyond its length, as Passay judges it. */
class PasswordPolicyTests {

	@Test
	void theShippedListHasTheTenThousandMostCommonPasswordsAndMore() throws IOException {
		try (InputStream list = getClass().getClassLoader().getResourceAsStream(PasswordPolicy.LIST)) {
			assertThat(list).isNotNull();
			String[] words = new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			assertThat(words.length).isGreaterThan(10_000);
			assertThat(words).startsWith("123456", "password");
		}
	}

	@Test
	void aCommonPasswordIsRefusedInAnyCaseAndWithDigitsOrSignsAround() {
		assertThat(PasswordPolicy.problems("qwerty123456", "carla")).containsExactly(PasswordPolicy.COMMON);
		assertThat(PasswordPolicy.problems("QwErTy123456", "carla")).containsExactly(PasswordPolicy.COMMON);
		assertThat(PasswordPolicy.problems("administrator", "carla")).containsExactly(PasswordPolicy.COMMON);
		assertThat(PasswordPolicy.problems("Password2024!", "carla")).containsExactly(PasswordPolicy.COMMON);
		assertThat(PasswordPolicy.problems("  sunshine 1234 ", "carla")).containsExactly(PasswordPolicy.COMMON);
		assertThat(PasswordPolicy.problems("iloveyou!!!!", "carla")).containsExactly(PasswordPolicy.COMMON);
	}

	@Test
	void aPasswordWithTheUsernameIsRefusedForwardsOrBackwardsInAnyCase() {
		assertThat(PasswordPolicy.problems("my name is Carla Dubois", "carla"))
			.containsExactly(PasswordPolicy.USERNAME);
		assertThat(PasswordPolicy.problems("xx alrac of the woods", "carla")).containsExactly(PasswordPolicy.USERNAME);
		assertThat(PasswordPolicy.problems("my name is Carla Dubois", null)).isEmpty();
	}

	@Test
	void oneRepeatedCharacterIsRefused() {
		assertThat(PasswordPolicy.problems("zzzzzzzzzzzzzzz", "carla")).containsExactly(PasswordPolicy.REPEATED);
		assertThat(PasswordPolicy.problems("€€€€€€€€€€€€", "carla")).containsExactly(PasswordPolicy.REPEATED);
		assertThat(PasswordPolicy.problems("zzzzzzzzzzzzzzy", "carla")).isEmpty();
	}

	@Test
	void aFewUnrelatedWordsPass() {
		assertThat(PasswordPolicy.problems("correct horse battery", "carla")).isEmpty();
		assertThat(PasswordPolicy.problems("violette tapis 42 nuages", "admin")).isEmpty();
		assertThat(PasswordPolicy.problems(AdminBootstrap.generatePassword(), "admin")).isEmpty();
	}

	@Test
	void requireAlsoKeepsTheLengthRules() {
		assertThatIllegalArgumentException().isThrownBy(() -> PasswordPolicy.require("short", "carla"))
			.withMessageContaining("at least 12 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> PasswordPolicy.require("€".repeat(25), "carla"))
			.withMessageContaining("72 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> PasswordPolicy.require("qwerty123456", "carla"))
			.withMessage("The password is on the list of common passwords");
		PasswordPolicy.require("correct horse battery", "carla");
	}

}
