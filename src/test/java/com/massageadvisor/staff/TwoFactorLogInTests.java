package com.massageadvisor.staff;

import java.time.Duration;
import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor log-in as a staff member meets it: setting up an authenticator app from the
 * account page, the code asked after the password, recovery codes, the limit on wrong
 * codes, and turning it off.
 */
class TwoFactorLogInTests extends StaffWebTestSupport {

	private static final String ENROLMENT = "/staff/account/two-factor";

	/** A staff member with an authenticator app set up, and its secret. */
	record Enrolled(StaffUser account, String secret, List<String> recoveryCodes) {
	}

	@Test
	void theAccountPageShowsASecretAndItsQrCodeAndAFirstCodeTurnsItOn() {
		StaffUser account = newAccount("enrols", StaffRole.STAFF);
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, account.getUsername(), PASSWORD);
		assertThat(browser.get("/staff/account")).bodyText().contains(text("staff.account.twoFactor.link"));

		Document page = parse(browser.get(ENROLMENT));
		String secret = page.select("#secret").text().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(page.select("img[src=/staff/account/two-factor/qr-code.svg]").attr("alt")).isNotBlank();
		assertThat(parse(browser.get(ENROLMENT)).select("#secret").text().replace(" ", ""))
			.as("a reload keeps the same secret")
			.isEqualTo(secret);
		MvcTestResult qr = browser.get(ENROLMENT + "/qr-code.svg");
		assertThat(qr).hasStatusOk().hasContentTypeCompatibleWith("image/svg+xml");
		assertThat(qr).bodyText().startsWith("<svg").contains("<path");

		MvcTestResult wrong = browser.post(ENROLMENT + "/confirm", "code", wrongCode(secret));
		assertThat(wrong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(parse(wrong).select("#code-error").text()).isEqualTo(text("Wrong.codeForm.code"));
		assertThat(enrolled(account)).isFalse();

		MvcTestResult confirmed = browser.post(ENROLMENT + "/confirm", "code", code(secret, 0));
		assertThat(confirmed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(ENROLMENT + "/recovery-codes");
		Document codes = parse(browser.get(ENROLMENT + "/recovery-codes"));
		List<String> recoveryCodes = codes.select(".recovery-codes code").eachText();
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		assertThat(browser.get(ENROLMENT + "/recovery-codes")).as("shown once")
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(ENROLMENT);
		assertThat(enrolled(account)).isTrue();
		List<String> hashes = this.jdbc.queryForList("select code_hash from staff_recovery_code where username = ?",
				String.class, account.getUsername());
		assertThat(hashes).hasSize(10).allMatch((hash) -> hash.startsWith("{bcrypt}"));
		assertThat(String.join(" ", hashes)).doesNotContain(recoveryCodes.get(0));

		assertThat(browser.get("/staff/assessments")).as("the session that set it up goes on").hasStatusOk();
		assertThat(browser.get(ENROLMENT + "/qr-code.svg")).as("no secret is shown once it is on")
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anEnrolledStaffMemberLogsInWithTheirPasswordThenACode() {
		Enrolled enrolled = enrol("needs-code", StaffRole.STAFF);
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, enrolled.account().getUsername(), PASSWORD);
		assertThat(browser.get("/staff/assessments")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
		assertThat(browser.get("/staff/account")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
		assertThat(browser.get(ENROLMENT)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
		Document codePage = parse(browser.get("/login/code"));
		assertThat(codePage.select("h1").text()).isEqualTo(text("twoFactor.login.heading"));
		assertThat(codePage.select("form[action=/login/code] input[name=_csrf]")).hasSize(1);

		MvcTestResult wrong = browser.post("/login/code", "code", wrongCode(enrolled.secret()));
		assertThat(wrong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(parse(wrong).select("#code-error").text()).isEqualTo(text("Wrong.codeForm.code"));
		assertThat(browser.get("/staff/assessments")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");

		MvcTestResult right = browser.post("/login/code", "code", code(enrolled.secret(), 1));
		assertThat(right).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/assessments");
		assertThat(right.getResponse().getCookie("SESSION")).as("a new session id after the second factor").isNotNull();
		assertThat(browser.get("/staff/assessments")).hasStatusOk();
		assertThat(browser.get(ENROLMENT)).hasStatusOk();

		StaffBrowserSession replay = StaffBrowserSession.logIn(this.mvc, enrolled.account().getUsername(), PASSWORD);
		assertThat(replay.post("/login/code", "code", code(enrolled.secret(), 1)))
			.as("the same code is not accepted twice")
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void aStaffPageAskedForBeforeLoggingInIsWhereThePasswordAndTheCodeLead() {
		Enrolled enrolled = enrol("deep-link", StaffRole.STAFF);
		StaffBrowserSession browser = StaffBrowserSession.visitor(this.mvc);
		MvcTestResult asked = browser.get("/staff/account");
		assertThat(asked).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(asked.getResponse().getCookie("SESSION")).as("no session before logging in").isNull();

		MvcTestResult password = browser.logIn(enrolled.account().getUsername(), PASSWORD);
		assertThat(password).hasStatus(HttpStatus.FOUND);
		String next = password.getResponse().getRedirectedUrl();
		while (next != null && !next.endsWith("/login/code")) {
			MvcTestResult step = browser.get(next);
			assertThat(step).as(next).hasStatus(HttpStatus.FOUND);
			next = step.getResponse().getRedirectedUrl();
		}
		assertThat(next).as("the code is asked").endsWith("/login/code");

		MvcTestResult code = browser.post("/login/code", "code", code(enrolled.secret(), 0));
		assertThat(code).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/account");
		assertThat(browser.get("/staff/account")).hasStatusOk();
	}

	@Test
	void aRecoveryCodeLogsInOnce() {
		Enrolled enrolled = enrol("recovers", StaffRole.STAFF);
		String recoveryCode = enrolled.recoveryCodes().get(3);
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, enrolled.account().getUsername(), PASSWORD);
		MvcTestResult used = browser.post("/login/code", "code", recoveryCode.toUpperCase());
		assertThat(used).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(ENROLMENT);
		assertThat(parse(browser.get(ENROLMENT)).select("[role=status]").text())
			.contains(text("twoFactor.recoveryCodeUsed", 9));
		assertThat(browser.get("/staff/assessments")).hasStatusOk();

		StaffBrowserSession again = StaffBrowserSession.logIn(this.mvc, enrolled.account().getUsername(), PASSWORD);
		assertThat(again.post("/login/code", "code", recoveryCode)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(again.get("/staff/assessments")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code");
	}

	@Test
	void fiveWrongCodesEndTheLogInAttemptAndLockCodesForAWhile() {
		Enrolled enrolled = enrol("guesses", StaffRole.STAFF);
		String username = enrolled.account().getUsername();
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, username, PASSWORD);
		for (int i = 0; i < 4; i++) {
			assertThat(browser.post("/login/code", "code", wrongCode(enrolled.secret())))
				.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		}
		MvcTestResult fifth = browser.post("/login/code", "code", wrongCode(enrolled.secret()));
		assertThat(fifth).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?ended");
		assertThat(browser.get("/staff/assessments")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(parse(this.mvc.get().uri("/login?ended").exchange()).select(".error-summary p").text())
			.isEqualTo(text("twoFactor.ended", 15L));

		StaffBrowserSession next = StaffBrowserSession.logIn(this.mvc, username, PASSWORD);
		assertThat(next.post("/login/code", "code", code(enrolled.secret(), 2)))
			.as("even the right code is refused while locked")
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?ended");

		this.clock.advance(Duration.ofMinutes(16));
		StaffBrowserSession later = StaffBrowserSession.logIn(this.mvc, username, PASSWORD);
		assertThat(later.post("/login/code", "code", code(enrolled.secret(), 0))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/assessments");
	}

	@Test
	void turningItOffTakesThePasswordAndACode() {
		Enrolled enrolled = enrol("turns-off", StaffRole.STAFF);
		String username = enrolled.account().getUsername();
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, username, PASSWORD);
		assertThat(browser.post("/login/code", "code", code(enrolled.secret(), 0))).hasStatus(HttpStatus.FOUND);

		MvcTestResult wrongPassword = browser.post(ENROLMENT + "/disable", "password", "not my password", "code",
				code(enrolled.secret(), 1));
		assertThat(wrongPassword).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(parse(wrongPassword).select("#password-error").text()).isEqualTo(text("Wrong.disableForm.password"));
		MvcTestResult wrongCode = browser.post(ENROLMENT + "/disable", "password", PASSWORD, "code",
				wrongCode(enrolled.secret()));
		assertThat(wrongCode).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(enrolled(enrolled.account())).isTrue();

		MvcTestResult off = browser.post(ENROLMENT + "/disable", "password", PASSWORD, "code",
				code(enrolled.secret(), 1));
		assertThat(off).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(ENROLMENT);
		assertThat(enrolled(enrolled.account())).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from staff_recovery_code where username = ?",
				Integer.class, username))
			.isZero();

		StaffBrowserSession next = StaffBrowserSession.logIn(this.mvc, username, PASSWORD);
		assertThat(next.get("/staff/assessments")).as("the password is enough again").hasStatusOk();
	}

	@Test
	void withoutTwoFactorRequiredStaffAndAdministratorsLogInWithTheirPasswordAlone() {
		for (StaffRole role : StaffRole.values()) {
			StaffUser account = newAccount("password-only", role);
			StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, account.getUsername(), PASSWORD);
			assertThat(browser.get("/staff/assessments")).hasStatusOk();
			assertThat(browser.get("/login/code")).as("no code to ask for")
				.hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/staff/assessments");
		}
	}

	@Test
	void theCodePageIsForSomeoneWhoGaveTheirPassword() {
		assertThat(this.mvc.get().uri("/login/code")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	// ---------------------------------------------------------------------------------

	/** Sets up an authenticator app through the pages, as a staff member would. */
	Enrolled enrol(String prefix, StaffRole role) {
		StaffUser account = newAccount(prefix, role);
		StaffBrowserSession browser = StaffBrowserSession.logIn(this.mvc, account.getUsername(), PASSWORD);
		String secret = parse(browser.get(ENROLMENT)).select("#secret").text().replace(" ", "");
		// a step back, so that the tests' codes of now and later are all new
		assertThat(browser.post(ENROLMENT + "/confirm", "code", code(secret, -1))).hasStatus(HttpStatus.FOUND);
		List<String> codes = parse(browser.get(ENROLMENT + "/recovery-codes")).select(".recovery-codes code")
			.eachText();
		return new Enrolled(account, secret, codes);
	}

	boolean enrolled(StaffUser account) {
		return this.jdbc.queryForObject("select count(*) from staff_totp where username = ?", Integer.class,
				account.getUsername()) > 0;
	}

	/** The authenticator app's code for now, moved by a number of 30-second steps. */
	String code(String secret, int steps) {
		try {
			return new DefaultCodeGenerator().generate(secret,
					Math.floorDiv(this.clock.instant().getEpochSecond(), 30) + steps);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A code that is none of the accepted ones. */
	String wrongCode(String secret) {
		List<String> right = List.of(code(secret, -1), code(secret, 0), code(secret, 1));
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!right.contains(code)) {
				return code;
			}
		}
	}

	static Element first(Document page, String selector) {
		return page.select(selector).first();
	}

}
