package com.massageadvisor.twofactor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-time codes, at fixed times: RFC 6238's own test values, the steps accepted
 * around now, and the address an authenticator app reads.
 */
class TotpCodesTests {

	/** RFC 6238's SHA-1 key, "12345678901234567890", in Base32. */
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	private static TotpCodes at(long epochSecond) {
		return new TotpCodes(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
	}

	/** RFC 6238, appendix B: the last six digits of its eight-digit SHA-1 codes. */
	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void acceptsTheCodesOfRfc6238(long time, String code) {
		assertThat(at(time).step(RFC_SECRET, code)).hasValue(time / 30);
	}

	@Test
	void acceptsTheStepBeforeAndAfterButNoFurther() {
		TotpCodes codes = at(1111111111);
		long now = 1111111111 / 30;
		assertThat(codes.step(RFC_SECRET, codes.code(RFC_SECRET, now - 1))).hasValue(now - 1);
		assertThat(codes.step(RFC_SECRET, codes.code(RFC_SECRET, now + 1))).hasValue(now + 1);
		assertThat(codes.step(RFC_SECRET, codes.code(RFC_SECRET, now - 2))).isEmpty();
		assertThat(codes.step(RFC_SECRET, codes.code(RFC_SECRET, now + 2))).isEmpty();
	}

	@Test
	void aCodeOfTheRightTimeButAnotherSecretIsRefused() {
		TotpCodes codes = at(1234567890);
		String other = codes.newSecret();
		assertThat(codes.step(other, "005924")).isEmpty();
		assertThat(codes.step(RFC_SECRET, "005924")).isPresent();
	}

	@Test
	void onlySixDigitsAreACode() {
		TotpCodes codes = at(59);
		assertThat(codes.step(RFC_SECRET, "28708")).isEmpty();
		assertThat(codes.step(RFC_SECRET, "2870820")).isEmpty();
		assertThat(codes.step(RFC_SECRET, "28708a")).isEmpty();
		assertThat(codes.step(RFC_SECRET, "")).isEmpty();
	}

	@Test
	void newSecretsAre160BitsOfBase32AndDiffer() {
		TotpCodes codes = at(0);
		String secret = codes.newSecret();
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(codes.newSecret()).isNotEqualTo(secret);
	}

	@Test
	void theAddressNamesTheClinicTheAccountAndTheSecret() {
		assertThat(TotpCodes.uri(RFC_SECRET, "alice", "Rue Verte Physio")).startsWith("otpauth://totp/")
			.contains("alice")
			.contains("secret=" + RFC_SECRET)
			.contains("issuer=Rue")
			.contains("digits=6")
			.contains("period=30");
	}

	@Test
	void theQrCodeIsOneSvgPathWithoutScriptOrStyle() {
		String svg = QrCodeSvg.of(TotpCodes.uri(RFC_SECRET, "alice", "Clinic"));
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("<path fill=\"#000\" d=\"M")
			.doesNotContain("<script")
			.doesNotContain("style");
	}

	@Test
	void codesAreComparedWithoutSpacesDashesOrCase() {
		assertThat(TwoFactor.normalized(" 123 456 ")).isEqualTo("123456");
		assertThat(TwoFactor.normalized("AB12-cd34-EF56-gh78")).isEqualTo("ab12cd34ef56gh78");
	}

}
