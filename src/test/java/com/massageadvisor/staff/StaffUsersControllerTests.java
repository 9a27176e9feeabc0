package com.massageadvisor.staff;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Stream;

import com.massageadvisor.system.ClinicProperties;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.massageadvisor.system.StaffPages;

import static com.massageadvisor.system.StaffPages.admin;
import static com.massageadvisor.system.StaffPages.flash;
import static com.massageadvisor.system.StaffPages.parse;
import static com.massageadvisor.system.StaffPages.textOf;
import static com.massageadvisor.system.StaffPages.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * The administrators' pages for staff accounts, through the whole application: the list,
 * a new account, disabling and enabling, and a new password. Every expected text is read
 * from the messages.
 */
class StaffUsersControllerTests extends StaffWebTestSupport {

	private static final String NEW_PASSWORD = "a brand new passphrase";

	private static final String USERS = "/staff/admin/users";

	@Autowired
	private ClinicProperties clinic;

	@Autowired
	private MessageSource messages;

	@Test
	void listShowsEveryAccountWithItsRoleStateAndActions() {
		StaffUser me = newAccount("me", StaffRole.ADMIN);
		StaffUser active = newAccount("active", StaffRole.STAFF);
		StaffUser disabled = newAccount("disabled", StaffRole.STAFF);
		this.accounts.setEnabled(id(disabled), false, "test");
		StaffUser locked = newAccount("locked", StaffRole.STAFF);
		for (int i = 0; i < 5; i++) {
			this.accounts.takeLoginAttempt(locked.getUsername());
			this.accounts.failedLogin(locked.getUsername());
		}

		MvcTestResult result = this.mvc.get().uri(USERS).with(as(me)).exchange();
		assertThat(result).hasStatusOk().hasViewName(StaffUsersController.LIST);
		Document page = parse(result);
		assertThat(page.title()).isEqualTo(text("staff.users.title"));
		assertThat(textOf(page, "h1")).isEqualTo(text("staff.users.heading"));
		assertThat(page.select("main a[href=/staff/admin/users/new]")).singleElement()
			.extracting(Element::text)
			.isEqualTo(text("staff.users.new.link"));
		assertThat(page.select("thead th").eachText()).containsExactly(text("staff.users.username"),
				text("staff.users.role"), text("staff.users.status"), text("staff.users.createdOn"),
				text("staff.users.actions"));
		assertThat(page.select("[role=alert], .notice-ok")).isEmpty();

		Element mine = row(page, me);
		assertThat(textOf(mine, "th")).isEqualTo(me.getUsername() + " " + text("staff.users.you"));
		assertThat(mine.select("td").get(0).text()).isEqualTo(text("staffRole.ADMIN"));
		assertThat(mine.select("form")).as("actions on one's own account").isEmpty();
		assertThat(mine.select("a[href=/staff/account]").text()).isEqualTo(text("staff.users.ownPassword"));

		Element activeRow = row(page, active);
		assertThat(textOf(activeRow, "th")).isEqualTo(active.getUsername());
		assertThat(activeRow.select("td").get(0).text()).isEqualTo(text("staffRole.STAFF"));
		assertThat(activeRow.select("td").get(1).text()).isEqualTo(text("staff.users.enabled"));
		assertThat(activeRow.select("td").get(2).text()).isEqualTo(date(active));
		Element disable = activeRow.selectFirst("form[method=post][action=" + USERS + "/" + id(active) + "/disable]");
		assertThat(disable).isNotNull();
		assertThat(disable.select("input[type=hidden][name=_csrf]")).hasSize(1);
		assertThat(disable.select("button").text()).isEqualTo(text("staff.users.disable"));
		assertThat(disable.select("button").attr("aria-label"))
			.isEqualTo(text("staff.users.disable.label", active.getUsername()));
		assertThat(activeRow.select("a[href=" + USERS + "/" + id(active) + "/password]").text())
			.isEqualTo(text("staff.users.resetPassword"));

		Element disabledRow = row(page, disabled);
		assertThat(disabledRow.select("td").get(1).text()).isEqualTo(text("staff.users.disabled"));
		assertThat(disabledRow.select("form[action$=/disable]")).isEmpty();
		assertThat(
				disabledRow.select("form[method=post][action=" + USERS + "/" + id(disabled) + "/enable] button").text())
			.isEqualTo(text("staff.users.enable"));

		Element lockedRow = row(page, locked);
		String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(Locale.ENGLISH)
			.format(reload(locked).getLockedUntil().atZone(this.clinic.zone()));
		assertThat(lockedRow.select("td").get(1).text())
			.isEqualTo(text("staff.users.enabled") + " " + text("staff.users.lockedUntil", until));
		assertThat(activeRow.select(".cell-note")).as("lock-out of an account that is not locked").isEmpty();
	}

	@Test
	void listIsInFrenchForAFrenchReader() {
		Document page = parse(this.mvc.get().uri(USERS).with(admin()).locale(Locale.FRENCH).exchange());
		assertThat(textOf(page, "h1")).isEqualTo(this.messages.getMessage("staff.users.heading", null, Locale.FRENCH))
			.isNotEqualTo(text("staff.users.heading"));
	}

	@Test
	void newAccountFormLabelsEveryFieldAndOffersStaffFirst() {
		MvcTestResult result = this.mvc.get().uri(USERS + "/new").with(admin()).exchange();
		assertThat(result).hasStatusOk().hasViewName(StaffUsersController.NEW);
		Document page = parse(result);
		assertThat(page.title()).isEqualTo(text("staff.users.new.title"));
		assertThat(textOf(page, "h1")).isEqualTo(text("staff.users.new.heading"));
		Element form = page.selectFirst("form[method=post][action=" + USERS + "]");
		assertThat(form).isNotNull();
		assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
		assertThat(textOf(form, "label[for=username]")).isEqualTo(text("staff.users.new.username"));
		assertThat(textOf(form, "label[for=password]")).isEqualTo(text("staff.users.new.password"));
		assertThat(textOf(form, "label[for=confirmation]")).isEqualTo(text("staff.users.new.confirmation"));
		assertThat(textOf(form, "fieldset > legend")).isEqualTo(text("staff.users.new.role"));
		assertThat(form.select("input[name=role]").eachAttr("value")).containsExactly("STAFF", "ADMIN");
		assertThat(form.select("input[name=role][checked]").eachAttr("value")).containsExactly("STAFF");
		assertThat(textOf(form, "label[for=role]")).isEqualTo(text("staffRole.STAFF"));
		assertThat(textOf(form, "label[for=role-ADMIN]")).isEqualTo(text("staffRole.ADMIN"));
		assertThat(textOf(form, "#password-hint")).isEqualTo(text("staff.password.hint", 12, 72));
		assertThat(form.select("input[type=password]").eachAttr("autocomplete")).containsExactly("new-password",
				"new-password");
		for (Element input : form.select("input:not([type=hidden])")) {
			assertThat(form.select("label[for=" + input.id() + "]")).as("label of %s", input).hasSize(1);
		}
		assertThat(page.select("[role=alert], .field-error, .has-error")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(StaffRole.class)
	void administratorCreatesAnAccountThatCanLogIn(StaffRole role) {
		String name = uniqueName("new");
		MvcTestResult result = create(name, role.name(), PASSWORD, PASSWORD);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(USERS);
		assertThat(result).flash().containsEntry("created", name);

		StaffUser created = this.accounts.all()
			.stream()
			.filter((user) -> user.getUsername().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(created.getRole()).isEqualTo(role);
		assertThat(created.isEnabled()).isTrue();
		assertThat(created.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);

		Document list = parse(this.mvc.get().uri(USERS).with(admin()).with(flash("created", name)).exchange());
		assertThat(textOf(list, ".notice-ok[role=status]")).isEqualTo(text("staff.users.created", name));
		assertThat(textOf(row(list, created), "td")).isEqualTo(text("staffRole." + role));

		assertLogsIn(name, PASSWORD);
		assertThat(logIn(name, PASSWORD)).matches(authenticated().withRoles(role.name()));
	}

	@Test
	void usernameThatIsTakenIsRefusedWhateverItsCase() {
		StaffUser existing = newAccount("taken", StaffRole.STAFF);
		for (String name : new String[] { existing.getUsername(), existing.getUsername().toUpperCase(Locale.ROOT),
				" " + existing.getUsername() + " " }) {
			MvcTestResult result = create(name, "ADMIN", PASSWORD, PASSWORD);
			Document page = assertFieldError(result, "username", text("Taken.newUser.username"));
			assertThat(page.select("input#username").val()).as("the name typed, trimmed").isEqualTo(name.strip());
			assertThat(page.select("input[name=role][checked]").eachAttr("value")).containsExactly("ADMIN");
			assertThat(page.select("input[type=password]").eachAttr("value")).as("passwords shown again")
				.containsOnly("");
		}
		assertThat(this.accounts.all()
			.stream()
			.filter((user) -> user.getUsername().equalsIgnoreCase(existing.getUsername()))).hasSize(1);
		assertThat(reload(existing).getRole()).isEqualTo(StaffRole.STAFF);
	}

	static Stream<Arguments> badNewAccounts() {
		String name = "valid.name_1-";
		String accented = "é".repeat(37);
		return Stream.of(arguments("username", "", "STAFF", PASSWORD, PASSWORD, "NotBlank.newUser.username"),
				arguments("username", "   ", "STAFF", PASSWORD, PASSWORD, "NotBlank.newUser.username"),
				arguments("username", "ab", "STAFF", PASSWORD, PASSWORD, "Size.newUser.username"),
				arguments("username", "a".repeat(51), "STAFF", PASSWORD, PASSWORD, "Size.newUser.username"),
				arguments("username", "bad name!", "STAFF", PASSWORD, PASSWORD, "Pattern.newUser.username"),
				arguments("username", "zoë", "STAFF", PASSWORD, PASSWORD, "Pattern.newUser.username"),
				arguments("username", "<b>x</b>", "STAFF", PASSWORD, PASSWORD, "Pattern.newUser.username"),
				arguments("role", name, "BOSS", PASSWORD, PASSWORD, "typeMismatch.newUser.role"),
				arguments("role", name, "", PASSWORD, PASSWORD, "NotNull.newUser.role"),
				arguments("password", name, "STAFF", "", PASSWORD, "Size.newUser.password"),
				arguments("password", name, "STAFF", "elevenchars", "elevenchars", "Size.newUser.password"),
				arguments("password", name, "STAFF", accented, accented, "MaxBytes.newUser.password"),
				arguments("confirmation", name, "STAFF", PASSWORD, "", "NotEmpty.newUser.confirmation"),
				arguments("confirmation", name, "STAFF", PASSWORD, PASSWORD + " ", "PasswordsMatch.confirmation"));
	}

	@ParameterizedTest(name = "{0}: {5}")
	@MethodSource("badNewAccounts")
	void badNewAccountGetsAnErrorOnItsField(String field, String username, String role, String password,
			String confirmation, String key) {
		String name = field.equals("username") ? username : uniqueName(username);
		MvcTestResult result = create(name, role, password, confirmation);
		Object[] arguments = switch (key) {
			case "Size.newUser.username" -> new Object[] { field, 50, 3 };
			case "Size.newUser.password" -> new Object[] { field, Integer.MAX_VALUE, 12 };
			case "MaxBytes.newUser.password" -> new Object[] { field, 72 };
			default -> new Object[0];
		};
		assertFieldError(result, field, text(key, arguments));
		assertThat(this.accounts.all().stream().filter((user) -> user.getUsername().equals(name.strip()))).isEmpty();
	}

	@Test
	void accentedPasswordUpToTheLimitIsAccepted() {
		String name = uniqueName("accents");
		String password = "éà".repeat(18);
		assertThat(create(name, "STAFF", password, password)).hasStatus(HttpStatus.FOUND);
		assertLogsIn(name, password);
	}

	@Test
	void administratorDisablesAnAccountAndEnablesItAgain() {
		StaffUser user = newAccount("toggle", StaffRole.STAFF);
		assertLogsIn(user.getUsername(), PASSWORD);

		MvcTestResult disabled = this.mvc.post()
			.uri(USERS + "/" + id(user) + "/disable")
			.with(admin())
			.with(csrf())
			.exchange();
		assertThat(disabled).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(USERS);
		assertThat(disabled).flash().containsEntry("disabled", user.getUsername());
		assertThat(reload(user).isEnabled()).isFalse();
		assertLogInRefused(user.getUsername(), PASSWORD);
		Document list = parse(
				this.mvc.get().uri(USERS).with(admin()).with(flash("disabled", user.getUsername())).exchange());
		assertThat(textOf(list, ".notice-ok")).isEqualTo(text("staff.users.disabledNotice", user.getUsername()));
		assertThat(row(list, user).select("td").get(1).text()).isEqualTo(text("staff.users.disabled"));

		MvcTestResult enabled = this.mvc.post()
			.uri(USERS + "/" + id(user) + "/enable")
			.with(admin())
			.with(csrf())
			.exchange();
		assertThat(enabled).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(USERS);
		assertThat(enabled).flash().containsEntry("enabled", user.getUsername());
		assertThat(reload(user).isEnabled()).isTrue();
		assertLogsIn(user.getUsername(), PASSWORD);
		list = parse(this.mvc.get().uri(USERS).with(admin()).with(flash("enabled", user.getUsername())).exchange());
		assertThat(textOf(list, ".notice-ok")).isEqualTo(text("staff.users.enabledNotice", user.getUsername()));
	}

	@Test
	void administratorCannotDisableTheirOwnAccount() {
		StaffUser me = newAccount("self", StaffRole.ADMIN);
		MvcTestResult result = this.mvc.post()
			.uri(USERS + "/" + id(me) + "/disable")
			.with(as(me))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasViewName(StaffUsersController.LIST);
		Document page = parse(result);
		assertThat(textOf(page, ".error-summary[role=alert] h2")).isEqualTo(text("staff.users.selfDisable.title"));
		assertThat(textOf(page, ".error-summary p")).isEqualTo(text("staff.users.selfDisable"));
		assertThat(reload(me).isEnabled()).isTrue();
		assertLogsIn(me.getUsername(), PASSWORD);

		// another administrator may
		StaffUser other = newAccount("other", StaffRole.ADMIN);
		assertThat(this.mvc.post().uri(USERS + "/" + id(me) + "/disable").with(as(other)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(reload(me).isEnabled()).isFalse();
	}

	@Test
	void administratorSetsANewPasswordWhichLiftsTheLockOut() {
		StaffUser user = newAccount("forgot", StaffRole.STAFF);
		for (int i = 0; i < 5; i++) {
			assertLogInRefused(user.getUsername(), "not the password " + i);
		}
		assertThat(reload(user).isLockedAt(this.clock.instant())).isTrue();
		assertLogInRefused(user.getUsername(), PASSWORD);

		String path = USERS + "/" + id(user) + "/password";
		MvcTestResult form = this.mvc.get().uri(path).with(admin()).exchange();
		assertThat(form).hasStatusOk().hasViewName(StaffUsersController.PASSWORD);
		Document page = parse(form);
		assertThat(page.title()).isEqualTo(text("staff.users.password.title", user.getUsername()));
		assertThat(textOf(page, "h1")).isEqualTo(text("staff.users.password.heading", user.getUsername()));
		assertThat(textOf(page, "label[for=password]")).isEqualTo(text("staff.users.password.new"));
		assertThat(textOf(page, "label[for=confirmation]")).isEqualTo(text("staff.users.password.confirmation"));
		assertThat(page.select("form[method=post][action=" + path + "] input[name=_csrf]")).hasSize(1);

		assertFieldError(reset(path, NEW_PASSWORD, NEW_PASSWORD + "!"), "confirmation",
				text("PasswordsMatch.confirmation"));
		assertFieldError(reset(path, "too short", "too short"), "password",
				text("Size.passwordReset.password", "password", Integer.MAX_VALUE, 12));
		assertFieldError(reset(path, NEW_PASSWORD, ""), "confirmation", text("NotEmpty.passwordReset.confirmation"));
		assertThat(reload(user).isLockedAt(this.clock.instant())).as("locked after refused resets").isTrue();

		MvcTestResult done = reset(path, NEW_PASSWORD, NEW_PASSWORD);
		assertThat(done).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(USERS);
		assertThat(done).flash().containsEntry("passwordReset", user.getUsername());
		StaffUser after = reload(user);
		assertThat(after.getLockedUntil()).isNull();
		assertThat(after.getFailedLogins()).isZero();
		Document list = parse(
				this.mvc.get().uri(USERS).with(admin()).with(flash("passwordReset", user.getUsername())).exchange());
		assertThat(textOf(list, ".notice-ok")).isEqualTo(text("staff.users.passwordReset", user.getUsername()));

		assertLogInRefused(user.getUsername(), PASSWORD);
		assertLogsIn(user.getUsername(), NEW_PASSWORD);
	}

	@Test
	void unknownAccountIsNotFound() {
		String unknown = USERS + "/987654321";
		assertThat(this.mvc.get().uri(unknown + "/password").with(admin())).hasStatus(HttpStatus.NOT_FOUND);
		for (String action : new String[] { "/disable", "/enable", "/password" }) {
			assertThat(this.mvc.post()
				.uri(unknown + action)
				.param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD)
				.with(admin())
				.with(csrf())).as(action).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	private MvcTestResult create(String username, String role, String password, String confirmation) {
		return this.mvc.post()
			.uri(USERS)
			.param("username", username)
			.param("role", role)
			.param("password", password)
			.param("confirmation", confirmation)
			.with(admin())
			.with(csrf())
			.exchange();
	}

	private MvcTestResult reset(String path, String password, String confirmation) {
		return this.mvc.post()
			.uri(path)
			.param("password", password)
			.param("confirmation", confirmation)
			.with(admin())
			.with(csrf())
			.exchange();
	}

	/**
	 * Checks a form came back with one error: a 422, an error title, a summary linking to
	 * the field and the message beside the field.
	 */
	private Document assertFieldError(MvcTestResult result, String field, String message) {
		Document page = StaffPages.assertFieldError(result, field, message);
		assertThat(page.title()).startsWith("Error: ");
		if (!field.equals("role")) {
			assertThat(page.getElementById(field).attr("aria-invalid")).isEqualTo("true");
			assertThat(page.getElementById(field).attr("aria-describedby")).contains(field + "-error");
		}
		return page;
	}

	private static Element row(Document page, StaffUser user) {
		Element row = page.getElementById("user-" + id(user));
		assertThat(row).as("row of %s", user.getUsername()).isNotNull();
		return row;
	}

	private String date(StaffUser user) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(Locale.ENGLISH)
			.format(user.getCreatedAt().atZone(this.clinic.zone()));
	}

}
