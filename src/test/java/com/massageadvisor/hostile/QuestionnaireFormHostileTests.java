package com.massageadvisor.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.hostile.Hostile.Failures;
import com.massageadvisor.hostile.Hostile.Verdict;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Sign;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.massageadvisor.hostile.Hostile.IMG;
import static com.massageadvisor.hostile.Hostile.SCRIPT;
import static com.massageadvisor.hostile.Hostile.SQL_DROP;
import static com.massageadvisor.hostile.Hostile.SQL_OR;
import static com.massageadvisor.hostile.Hostile.chance;
import static com.massageadvisor.hostile.Hostile.pick;
import static com.massageadvisor.hostile.Hostile.printable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Hostile and random input thrown at the questionnaire ({@code POST /assessments}). A
 * generator draws each field from valid values, values its rules refuse (wrong types,
 * unknown choices, control characters, text-direction overrides, 10 KB texts, numbers
 * past any range), values that are hostile but valid (HTML, script, SQL, emoji,
 * right-to-left text) and duplicated or unknown parameters, and an oracle that mirrors
 * the form's rules says what must happen: a valid submission is stored and shown back
 * exactly, an invalid one gets a {@code 422} page whose error summary links to every bad
 * field, and nothing is stored. Whatever is sent, the answer is never a 5xx and never
 * shows internals.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireFormHostileTests {

	/** Generated submissions in one run. */
	static final int CASES = 1200;

	private static final Pattern RESULT_LINK = Pattern
		.compile("/assessments/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

	private static final MediaType FORM = MediaType.parseMediaType("application/x-www-form-urlencoded;charset=UTF-8");

	/** What the binder's trimming removes around a value: everything up to U+0020. */
	private static final List<String> TRIMMED = List.of(" ", "  ", "\t", "\n", "\u0000", "\u0007", "\u001b", "\r\n");

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

	private static final Pattern AMOUNT_SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AssessmentRepository repository;

	@Test
	void everyGeneratedSubmissionIsStoredAndShownOrRefusedWithAMessageNeverA5xx() {
		long seed = Hostile.seed();
		Random random = new Random(seed);
		Failures failures = new Failures("POST /assessments", seed);
		int accepted = 0;
		int refused = 0;
		for (int i = 0; i < CASES; i++) {
			FormCase submission = generate(random);
			failures.count();
			long before = this.repository.count();
			MvcTestResult result = send(submission);
			List<String> problems = new ArrayList<>(Hostile.generalProblems(result));
			if (problems.isEmpty()) {
				problems.addAll(check(submission, result, before));
				int status = result.getResponse().getStatus();
				accepted += (status == 302) ? 1 : 0;
				refused += (status >= 400) ? 1 : 0;
			}
			failures.add(i, submission.describe(), result, problems);
		}
		System.out.printf("hostile: %d generated submissions (%d accepted, %d refused), seed %d%n", failures.cases(),
				accepted, refused, seed);
		assertThat(failures.isEmpty()).as(failures::report).isTrue();
		// the generator must exercise both outcomes, or it proves little
		assertThat(accepted).as("accepted submissions (seed %d)", seed).isGreaterThan(CASES / 10);
		assertThat(refused).as("refused submissions (seed %d)", seed).isGreaterThan(CASES / 5);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validHostileNames")
	void aHostileButValidNameIsStoredAndShownBackExactlyAsText(String name) {
		long before = this.repository.count();
		MvcTestResult result = submit(valid().name(name));
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(302);
		assertThat(this.repository.count()).isEqualTo(before + 1);
		Assessment stored = stored(result);
		assertThat(stored.getClientName()).isEqualTo(name);
		assertThat(resultPageProblems(stored)).isEmpty();
	}

	static Stream<String> validHostileNames() {
		return Hostile.VALID_TEXTS.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedSubmissions")
	void aBadSubmissionIsRefusedWithAMessageForTheFieldAndNothingIsStored(String description, Fields fields,
			List<String> badFields) {
		long before = this.repository.count();
		MvcTestResult result = submit(fields);
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(422);
		assertThat(this.repository.count()).as("assessments stored").isEqualTo(before);
		Document page = Jsoup.parse(Hostile.body(result));
		List<String> links = page.select("#error-summary li a").eachAttr("href");
		assertThat(links).as("error summary links").containsAll(badFields.stream().map((f) -> "#" + f).toList());
		assertThat(page.select("#error-summary li")).allSatisfy((line) -> assertThat(line.text()).isNotBlank());
	}

	static Stream<Arguments> refusedSubmissions() {
		String tenKb = "x".repeat(10 * 1024);
		return Stream.of(refused("a 10 KB name", valid().name(tenKb), "clientName"),
				refused("a 10 KB email", valid().set("email", tenKb + "@example.com"), "email"),
				refused("10 KB for the goal", valid().set("goal", tenKb), "goal"),
				refused("10 KB for the pain level", valid().set("painLevel", tenKb), "painLevel"),
				refused("10 KB for the price", valid().set("sessionPrice", tenKb), "sessionPrice"),
				refused("10 KB of conditions", valid().add("conditions", tenKb), "conditions"),
				refused("a NUL in the name", valid().name("Ana\u0000Bell"), "clientName"),
				refused("a BEL in the name", valid().name("Ana\u0007Bell"), "clientName"),
				refused("an ESC sequence in the name", valid().name("Ana\u001b[2JBell"), "clientName"),
				refused("a right-to-left override in the name", valid().name("Ana\u202Egnp.exe"), "clientName"),
				refused("a NUL in the email", valid().set("email", "ana\u0000@example.com"), "email"),
				refused("an ESC in the email", valid().set("email", "ana\u001b@example.com"), "email"),
				refused("script as the email", valid().set("email", SCRIPT), "email"),
				refused("SQL as the email", valid().set("email", SQL_OR), "email"),
				refused("an unknown goal", valid().set("goal", "WORLD_DOMINATION"), "goal"),
				refused("a goal in lower case", valid().set("goal", "relaxation"), "goal"),
				refused("script as the goal", valid().set("goal", SCRIPT), "goal"),
				refused("SQL as the lifestyle", valid().set("lifestyle", SQL_DROP), "lifestyle"),
				refused("an unknown massage type", valid().set("massageType", "SHIATSU"), "massageType"),
				refused("an unknown condition", valid().add("conditions", "FRACTURE").add("conditions", "VAMPIRISM"),
						"conditions"),
				refused("an unknown sign", valid().add("signs", "' OR 1=1 --"), "signs"),
				refused("an ordinal for the pain duration", valid().set("painDuration", "1"), "painDuration"),
				refused("a pain level of 1e309", valid().set("painLevel", "1e309"), "painLevel"),
				refused("a pain level of 99999999999999999999", valid().set("painLevel", "99999999999999999999"),
						"painLevel"),
				refused("a pain level of 11", valid().set("painLevel", "11"), "painLevel"),
				refused("a pain level of -1", valid().set("painLevel", "-1"), "painLevel"),
				refused("a pain level of 7.5", valid().set("painLevel", "7.5"), "painLevel"),
				refused("a word for the pain level", valid().set("painLevel", "severe"), "painLevel"),
				refused("a price of 1e309", valid().set("sessionPrice", "1e309"), "sessionPrice"),
				refused("a price of 99999999999999999999", valid().set("sessionPrice", "99999999999999999999"),
						"sessionPrice"),
				refused("a negative price", valid().set("sessionPrice", "-5"), "sessionPrice"),
				refused("a price with a thousands separator", valid().set("sessionPrice", "1,500"), "sessionPrice"),
				refused("NaN as the budget", valid().set("monthlyBudget", "NaN"), "monthlyBudget"),
				refused("a budget over the limit", valid().set("monthlyBudget", "100000.01"), "monthlyBudget"),
				refused("script as the budget", valid().set("monthlyBudget", SCRIPT), "monthlyBudget"),
				refused("a word for soreness", valid().set("soreAfterLastMassage", "banana"), "soreAfterLastMassage"),
				refused("no consent", valid().remove("consent"), "consent"),
				refused("consent refused", valid().set("consent", "false"), "consent"),
				refused("a word for consent", valid().set("consent", "banana"), "consent"),
				refused("the word null everywhere but the name", nulls(), "email", "goal", "lifestyle", "massageType",
						"painLevel", "painDuration", "conditions", "signs", "soreAfterLastMassage", "sessionPrice",
						"monthlyBudget", "consent"),
				refused("nothing at all", new Fields(), "clientName", "goal", "lifestyle", "consent"),
				refused("empty values everywhere", empties(), "clientName", "goal", "lifestyle", "massageType",
						"painLevel", "painDuration", "consent"),
				refused("a blank name", valid().name(" \t "), "clientName"),
				refused("a name of 101 characters", valid().name("a".repeat(101)), "clientName"),
				refused("a name of 51 emoji (102 UTF-16 units)", valid().name("😀".repeat(51)), "clientName"));
	}

	@Test
	void aBodyOf100KbIsRefusedWith413BeforeAnythingIsStored() {
		long before = this.repository.count();
		MvcTestResult result = this.mvc.post()
			.uri("/assessments")
			.with(csrf())
			.contentType(FORM)
			.content(valid().name("x".repeat(100 * 1024)).encode())
			.exchange();
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(413);
		assertThat(this.repository.count()).isEqualTo(before);
	}

	@Test
	void aSubmissionWithoutAValidCsrfTokenIsRefusedAndNothingIsStored() {
		long before = this.repository.count();
		MvcTestResult missing = this.mvc.post()
			.uri("/assessments")
			.contentType(FORM)
			.content(valid().encode())
			.exchange();
		MvcTestResult wrong = this.mvc.post()
			.uri("/assessments")
			.with(csrf().useInvalidToken())
			.contentType(FORM)
			.content(valid().encode())
			.exchange();
		assertThat(missing).hasStatus(403);
		assertThat(wrong).hasStatus(403);
		assertThat(this.repository.count()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidUtf8")
	void invalidUtf8InTheBodyIsRefusedOrStoredWithoutBreakingAnything(String description, byte[] name) {
		byte[] body = concat("clientName=".getBytes(StandardCharsets.US_ASCII), name,
				("&" + valid().remove("clientName").encode()).getBytes(StandardCharsets.US_ASCII));
		long before = this.repository.count();
		MvcTestResult result = this.mvc.post()
			.uri("/assessments")
			.with(csrf())
			.contentType(FORM)
			.content(body)
			.exchange();
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result.getResponse().getStatus()).isIn(302, 400, 422);
		if (result.getResponse().getStatus() == 302) {
			assertThat(this.repository.count()).isEqualTo(before + 1);
			Assessment stored = stored(result);
			assertThat(Hostile.text(stored.getClientName(), 100, true, false)).isNotEqualTo(Verdict.INVALID);
			assertThat(resultPageProblems(stored)).isEmpty();
		}
		else {
			assertThat(this.repository.count()).isEqualTo(before);
		}
	}

	static Stream<Arguments> invalidUtf8() {
		return Stream.of(Arguments.of("raw 0xFF 0xFE", bytes('B', 0xFF, 0xFE, 'b')),
				Arguments.of("a lone continuation byte", bytes('B', 0x80, 'b')),
				Arguments.of("a truncated sequence", bytes('B', 0xE2, 0x82)),
				Arguments.of("an overlong slash", bytes('B', 0xC0, 0xAF)),
				Arguments.of("an encoded surrogate", bytes('B', 0xED, 0xA0, 0x80)),
				Arguments.of("percent-encoded 0xFF", "B%FF%FEb".getBytes(StandardCharsets.US_ASCII)),
				Arguments.of("a broken percent escape", "B%G1%".getBytes(StandardCharsets.US_ASCII)),
				Arguments.of("percent-encoded NUL", "B%00b".getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void aGoalSentTwiceIsNeverA5xxAndStoresOneOfTheGoalsSent() {
		MvcTestResult result = submit(valid().set("goal", "RELAXATION").add("goal", "CHRONIC_PAIN"));
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result.getResponse().getStatus()).isIn(302, 422);
		if (result.getResponse().getStatus() == 302) {
			assertThat(stored(result).getAnswers().goal()).isIn(Goal.RELAXATION, Goal.CHRONIC_PAIN);
		}
	}

	/**
	 * Two different values for a one-value field are refused with a message on that
	 * field, and nothing is stored: the binder used to keep the first (or join two names
	 * with a comma), so {@code goal=RELAXATION&goal=CHRONIC_PAIN} or
	 * {@code consent=true&consent=false} was taken at its first word.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("duplicatedParameters")
	void aDifferentValueSentTwiceForAOneValueFieldIsRefused(String description, Fields fields, String field) {
		long before = this.repository.count();
		MvcTestResult result = submit(fields);
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(422);
		assertThat(this.repository.count()).isEqualTo(before);
		assertThat(Jsoup.parse(Hostile.body(result)).select("#error-summary li a").eachAttr("href"))
			.contains("#" + field);
	}

	static Stream<Arguments> duplicatedParameters() {
		return Stream.of(
				Arguments.of("goal=RELAXATION&goal=CHRONIC_PAIN",
						valid().set("goal", "RELAXATION").add("goal", "CHRONIC_PAIN"), "goal"),
				Arguments
					.of("goal=RELAXATION&goal=<script>", valid().set("goal", "RELAXATION").add("goal", SCRIPT), "goal"),
				Arguments.of("consent=true&consent=false", valid().add("consent", "false"), "consent"),
				Arguments.of("painLevel=2&painLevel=9", valid().set("painLevel", "2").add("painLevel", "9"),
						"painLevel"),
				Arguments.of("clientName=Bob&clientName=Alice", valid().name("Bob").add("clientName", "Alice"),
						"clientName"));
	}

	/**
	 * An empty choice among the conditions or signs ({@code conditions=} next to another
	 * value, or an empty item in a comma-separated value) is no choice; it used to become
	 * a null element, a {@code NullPointerException} and a 500.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyChoices")
	void anEmptyChoiceAmongConditionsOrSignsIsNoChoice(String description, Fields fields, String field) {
		long before = this.repository.count();
		MvcTestResult result = submit(fields);
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result.getResponse().getStatus()).isIn(302, 422);
		if (result.getResponse().getStatus() == 422) {
			assertThat(this.repository.count()).isEqualTo(before);
		}
	}

	static Stream<Arguments> emptyChoices() {
		return Stream.of(
				Arguments.of("conditions=&conditions=FRACTURE",
						valid().add("conditions", "").add("conditions", "FRACTURE"), "conditions"),
				Arguments.of("conditions=FRACTURE,,DVT", valid().add("conditions", "FRACTURE,,DVT"), "conditions"),
				Arguments.of("conditions=ARTHRITIS,", valid().add("conditions", "ARTHRITIS,"), "conditions"),
				Arguments.of("conditions=%20", valid().add("conditions", " "), "conditions"),
				Arguments.of("signs=&signs=HEADACHES", valid().add("signs", "").add("signs", "HEADACHES"), "signs"));
	}

	/**
	 * The name's rule says "no control characters", and that includes the C1 controls
	 * U+0080 to U+009F (U+0085 next line, U+009B control sequence introducer), which the
	 * ASCII-only {@code \p{Cntrl}} used to let through.
	 */
	@ParameterizedTest(name = "U+{0}")
	@MethodSource("c1Controls")
	void aC1ControlCharacterInTheNameIsRefused(String code, String control) {
		long before = this.repository.count();
		MvcTestResult result = submit(valid().name("Ana" + control + "Bell"));
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(422);
		assertThat(this.repository.count()).isEqualTo(before);
	}

	static Stream<Arguments> c1Controls() {
		return Hostile.C1_CONTROLS.stream().map((c) -> Arguments.of(String.format("%04X", (int) c.charAt(0)), c));
	}

	// --- the generator ---

	private FormCase generate(Random random) {
		FormCase submission = new FormCase();
		int mode = random.nextInt(100);
		if (mode < 2) {
			submission.mode = Mode.NO_CSRF;
		}
		else if (mode < 3) {
			submission.mode = Mode.BAD_CSRF;
		}
		else if (mode < 5) {
			submission.mode = Mode.OVERSIZED;
		}
		else if (mode < 7) {
			submission.mode = Mode.RAW_BYTES;
		}
		else if (mode < 8) {
			submission.mode = Mode.JSON;
		}
		// how likely each field is to be drawn bad: some submissions are all valid (if
		// hostile), some have a bad field or two, some are bad throughout
		double hostility = pick(random, List.of(0.0, 0.03, 0.1, 0.4));
		field(random, hostility, submission, "clientName", () -> name(random));
		field(random, hostility, submission, "email", () -> email(random));
		field(random, hostility, submission, "goal", () -> choice(random, Goal.class, true));
		field(random, hostility, submission, "lifestyle", () -> choice(random, Lifestyle.class, true));
		// no answer that matters is pre-selected (issue 15): the type and the duration
		// are
		// required
		field(random, hostility, submission, "massageType", () -> choice(random, MassageType.class, true));
		field(random, hostility, submission, "painDuration", () -> choice(random, PainDuration.class, true));
		field(random, hostility, submission, "conditions", () -> choices(random, Condition.class));
		field(random, hostility, submission, "signs", () -> choices(random, Sign.class));
		field(random, hostility, submission, "painLevel", () -> painLevel(random));
		field(random, hostility, submission, "soreAfterLastMassage", () -> bool(random, false));
		field(random, hostility, submission, "consent", () -> bool(random, true));
		field(random, hostility, submission, "sessionPrice", () -> amount(random, new BigDecimal("10000")));
		field(random, hostility, submission, "monthlyBudget", () -> amount(random, new BigDecimal("100000")));
		painAgreement(submission);
		submission.showPage = chance(random, 0.3);
		if (chance(random, 0.15)) {
			extras(random, submission);
		}
		Collections.shuffle(submission.params, random);
		return submission;
	}

	/**
	 * Pain today with "I have no back pain at the moment" contradicts itself: the form
	 * refuses it on the duration (a duration left out is refused on its own). Only a pain
	 * level the form surely reads is judged; one it may or may not read keeps its own
	 * verdict.
	 */
	private static void painAgreement(FormCase submission) {
		List<String> levels = values(submission, "painLevel");
		List<String> durations = values(submission, "painDuration");
		boolean none = durations.isEmpty() || durations.stream().allMatch((value) -> value.trim().equals("NONE"));
		if (!none || submission.invalid.contains("painDuration") || submission.invalid.contains("painLevel")
				|| levels.isEmpty()) {
			return;
		}
		String compact = levels.get(0).replaceAll("\\s", "");
		if (painVerdict(levels.get(0)) == Verdict.VALID && levels.stream().allMatch(levels.get(0)::equals)
				&& new BigInteger(compact).signum() > 0) {
			submission.verdict = Verdict.INVALID;
			submission.invalid.add("painDuration");
		}
	}

	private static List<String> values(FormCase submission, String field) {
		return submission.params.stream().filter((param) -> param[0].equals(field)).map((param) -> param[1]).toList();
	}

	/**
	 * Draws a field: with the probability {@code hostility} anything its generator makes,
	 * otherwise a valid value (which may still be hostile: script, SQL, emoji).
	 */
	private static void field(Random random, double hostility, FormCase submission, String field, Supplier<Draw> draw) {
		boolean bad = chance(random, hostility);
		Draw drawn = draw.get();
		for (int attempt = 0; attempt < 100 && !bad && drawn.verdict() != Verdict.VALID; attempt++) {
			drawn = draw.get();
		}
		for (String value : drawn.values()) {
			submission.params.add(new String[] { field, value });
		}
		if (drawn.marker()) {
			submission.params.add(new String[] { "_" + field, "on" });
		}
		Verdict verdict = drawn.verdict();
		submission.verdict = submission.verdict.and(verdict);
		if (verdict == Verdict.INVALID) {
			submission.invalid.add(field);
		}
		if (drawn.known()) {
			submission.expected.put(field, drawn.expected());
		}
	}

	private static Draw name(Random random) {
		int kind = random.nextInt(100);
		String name;
		if (kind < 3) {
			return Draw.omitted(Verdict.INVALID);
		}
		else if (kind < 40) {
			name = pick(random, Hostile.VALID_TEXTS);
		}
		else if (kind < 50) {
			name = pick(random, TRIMMED) + pick(random, Hostile.VALID_TEXTS) + pick(random, TRIMMED);
		}
		else if (kind < 62) {
			String base = pick(random, Hostile.VALID_TEXTS);
			int at = random.nextInt(base.length() - 1) + 1;
			name = base.substring(0, at) + pick(random, Hostile.FORBIDDEN_CHARS) + base.substring(at);
		}
		else if (kind < 65) {
			name = "Ana" + pick(random, Hostile.C1_CONTROLS) + "Bell";
		}
		else if (kind < 73) {
			name = switch (random.nextInt(5)) {
				case 0 -> "a".repeat(100);
				case 1 -> "a".repeat(101 + random.nextInt(100));
				case 2 -> "x".repeat(10 * 1024);
				case 3 -> "😀".repeat(50);
				default -> "😀".repeat(51);
			};
		}
		else if (kind < 76) {
			name = pick(random, List.of("", "   ", "\u0007", "\t\n"));
		}
		else {
			name = Hostile.randomText(random, 6);
		}
		Verdict verdict = Hostile.text(name, 100, true, false);
		if (chance(random, 0.04)) {
			String second = pick(random, Hostile.VALID_TEXTS);
			return new Draw(List.of(name, second), twice(verdict, Verdict.VALID, name.trim().equals(second)), null,
					false, false);
		}
		return new Draw(List.of(name), verdict, name.trim(), true, false);
	}

	private static Draw email(Random random) {
		int kind = random.nextInt(100);
		if (kind < 40) {
			return new Draw(List.of(), Verdict.VALID, null, true, false);
		}
		if (kind < 50) {
			return new Draw(List.of(pick(random, List.of("", "  ", "\t"))), Verdict.VALID, null, true, false);
		}
		if (kind < 75) {
			String email = pick(random, List.of("ana@example.com", "o'brien+tag@example.co.uk", "x_y-z@sub.example.org",
					"ANA@EXAMPLE.COM", "a@b.co"));
			String sent = chance(random, 0.2) ? " " + email + " " : email;
			return new Draw(List.of(sent), Verdict.VALID, email, true, false);
		}
		if (kind < 95) {
			String email = pick(random,
					List.of("not-an-email", "a@b@c", "@example.com", "ana@", SCRIPT + "@example.com", SCRIPT,
							SQL_OR + "@example.com", "x@example.com'; DROP TABLE assessment; --",
							"ana\u0000@example.com", "ana\u001b@example.com", "ana\u202E@example.com",
							"ana@exa\u0007mple.com",
							"a".repeat(64) + "@" + ("b".repeat(63) + ".").repeat(3) + "example.com",
							"x".repeat(10 * 1024), "ana @example.com", "ana@example..com"));
			return new Draw(List.of(email), Verdict.INVALID, null, false, false);
		}
		String email = pick(random, List.of("😀@example.com", "ana@localhost", "josé@exämple.com", "ana@[127.0.0.1]",
				IMG + "@example.com", "\"ana bell\"@example.com", "ana\u0085@example.com"));
		return new Draw(List.of(email), Verdict.EITHER, null, false, false);
	}

	private static <E extends Enum<E>> Draw choice(Random random, Class<E> type, boolean required) {
		E[] constants = type.getEnumConstants();
		int kind = random.nextInt(100);
		if (kind < (required ? 4 : 30)) {
			return Draw.omitted(required ? Verdict.INVALID : Verdict.VALID);
		}
		String value;
		if (kind < 80) {
			value = constants[random.nextInt(constants.length)].name();
			if (chance(random, 0.1)) {
				value = pick(random, TRIMMED) + value + pick(random, TRIMMED);
			}
		}
		else {
			String name = constants[random.nextInt(constants.length)].name();
			String other = constants[random.nextInt(constants.length)].name();
			value = pick(random, List.of("", "  ", name.toLowerCase(java.util.Locale.ROOT),
					name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT), name.replace('_', ' '), "0",
					"1", "-1", "null", SCRIPT, IMG, SQL_OR, SQL_DROP, name + "," + other, "x".repeat(10 * 1024),
					"\u202E" + name, name + "\u0085", name + "\u00A0", Hostile.randomText(random, 3)));
		}
		Verdict verdict = choiceVerdict(value, type);
		if (chance(random, 0.04)) {
			String second = constants[random.nextInt(constants.length)].name();
			return new Draw(List.of(value, second), twice(verdict, Verdict.VALID, value.trim().equals(second)), null,
					false, false);
		}
		return new Draw(List.of(value), verdict, (verdict == Verdict.VALID) ? value.trim() : null, true, false);
	}

	/**
	 * The verdict on a one-value field sent twice: two different values (once trimmed, as
	 * the binder trims them) are refused, whichever is valid; the same value twice is as
	 * good as once.
	 */
	private static Verdict twice(Verdict first, Verdict second, boolean same) {
		return same ? first.and(second) : Verdict.INVALID;
	}

	private static <E extends Enum<E>> Verdict choiceVerdict(String value, Class<E> type) {
		String trimmed = value.trim();
		if (trimmed.isEmpty()) {
			return Verdict.INVALID;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(trimmed)) {
				return Verdict.VALID;
			}
		}
		return Verdict.INVALID;
	}

	private static <E extends Enum<E>> Draw choices(Random random, Class<E> type) {
		E[] constants = type.getEnumConstants();
		int kind = random.nextInt(100);
		if (kind < 40) {
			return new Draw(List.of(), Verdict.VALID, "", true, false);
		}
		if (kind < 45) {
			return new Draw(List.of(), Verdict.VALID, "", true, true);
		}
		int n = 1 + random.nextInt(4);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String name = constants[random.nextInt(constants.length)].name();
			String other = constants[random.nextInt(constants.length)].name();
			int which = random.nextInt(100);
			if (which < 75) {
				values.add(chance(random, 0.1) ? pick(random, TRIMMED) + name + pick(random, TRIMMED) : name);
			}
			else if (which < 83) {
				values.add(pick(random, List.of(name.toLowerCase(java.util.Locale.ROOT), "UNKNOWN", SCRIPT, SQL_OR,
						"x".repeat(10 * 1024), name + "\u00A0", "0", "null")));
			}
			else if (which < 88) {
				values.add("");
			}
			else if (which < 93) {
				values.add(name + "," + other);
			}
			else if (which < 97) {
				values.add(pick(random, List.of(name + ",," + other, name + ",", "," + name)));
			}
			else {
				values.add(" ");
			}
		}
		Set<String> names = new java.util.TreeSet<>();
		Verdict verdict = Verdict.VALID;
		if (values.size() == 1) {
			String value = values.get(0);
			if (!value.isEmpty()) {
				// one value is split at its commas
				for (String item : value.split(",", -1)) {
					verdict = verdict.and(item(item, type, names));
				}
			}
		}
		else {
			for (String value : values) {
				verdict = verdict.and(value.trim().contains(",") ? Verdict.INVALID : item(value, type, names));
			}
		}
		return new Draw(values, verdict, String.join(" ", names), verdict == Verdict.VALID, chance(random, 0.3));
	}

	private static <E extends Enum<E>> Verdict item(String item, Class<E> type, Set<String> names) {
		String trimmed = item.trim();
		if (trimmed.isEmpty()) {
			// an empty item is no choice
			return Verdict.VALID;
		}
		Verdict verdict = choiceVerdict(trimmed, type);
		if (verdict == Verdict.VALID) {
			names.add(trimmed);
		}
		return verdict;
	}

	private static Draw painLevel(Random random) {
		int kind = random.nextInt(100);
		if (kind < 10) {
			// required: the form no longer fills in 0
			return Draw.omitted(Verdict.INVALID);
		}
		String value;
		if (kind < 70) {
			value = Integer.toString(random.nextInt(11));
			if (chance(random, 0.1)) {
				value = " " + value + " ";
			}
		}
		else if (kind < 76) {
			value = pick(random, List.of("0x5", "+5", "#5", "٥", "010", "-0", "0xA"));
		}
		else {
			value = pick(random, List.of("-1", "11", "abc", "7.5", "1e309", "99999999999999999999", "2147483648", "",
					"  ", SCRIPT, SQL_OR, "NaN", "1e1", "٥.٥", "x".repeat(10 * 1024), "-2147483649"));
		}
		Verdict verdict = painVerdict(value);
		if (chance(random, 0.03)) {
			String second = Integer.toString(random.nextInt(11));
			return new Draw(List.of(value, second), twice(verdict, Verdict.VALID, value.trim().equals(second)), null,
					false, false);
		}
		return new Draw(List.of(value), verdict, null, false, false);
	}

	private static Verdict painVerdict(String value) {
		String compact = value.replaceAll("\\s", "");
		if (compact.matches("-?[0-9]+")) {
			BigInteger level = new BigInteger(compact);
			return (level.signum() >= 0 && level.compareTo(BigInteger.TEN) <= 0) ? Verdict.VALID : Verdict.INVALID;
		}
		if (compact.matches("\\+?[0-9٠-٩]+|[+-]?(0x|0X|#)[0-9A-Fa-f]+")) {
			return Verdict.EITHER;
		}
		return Verdict.INVALID;
	}

	private static Draw bool(Random random, boolean mustBeTrue) {
		int kind = random.nextInt(100);
		if (kind < (mustBeTrue ? 5 : 50)) {
			return Draw.omitted(mustBeTrue ? Verdict.INVALID : Verdict.VALID);
		}
		String value;
		if (kind < 85) {
			value = pick(random, mustBeTrue ? List.of("true", "on", "yes", "1", " TRUE ", "On")
					: List.of("true", "false", "on", "off", "yes", "no", "1", "0", " TRUE "));
		}
		else {
			value = pick(random,
					List.of("banana", "2", "", "truee", SCRIPT, SQL_OR, "null", "false", "off", "0", "no"));
		}
		String normal = value.trim().toLowerCase(java.util.Locale.ROOT);
		boolean isTrue = List.of("true", "on", "yes", "1").contains(normal);
		boolean isFalse = List.of("false", "off", "no", "0").contains(normal);
		Verdict verdict = (isTrue || (isFalse && !mustBeTrue)) ? Verdict.VALID : Verdict.INVALID;
		if (mustBeTrue && chance(random, 0.04)) {
			String second = pick(random, List.of("true", "false", "banana"));
			return new Draw(List.of(value, second),
					twice(verdict, second.equals("true") ? Verdict.VALID : Verdict.INVALID, value.equals(second)), null,
					false, false);
		}
		return new Draw(List.of(value), verdict, null, false, false);
	}

	private static Draw amount(Random random, BigDecimal max) {
		int kind = random.nextInt(100);
		if (kind < 40) {
			return Draw.omitted(Verdict.VALID);
		}
		String value;
		if (kind < 70) {
			value = random.nextInt(max.intValue() + 1) + (chance(random, 0.5) ? "" : (chance(random, 0.5) ? "." : ",")
					+ String.format("%02d", random.nextInt(100)).substring(0, 1 + random.nextInt(2)));
		}
		else {
			value = pick(random,
					List.of("", "  ", "0", "59.50", "59,50", "10000", "10000.00", "10000.01", "100000", "100000.00",
							"100000.01", "1 000", "1\u00A0000", "1\u202F000,5", "1,500", "-5", "1e309", "1E2",
							"99999999999999999999", "NaN", "Infinity", "12.345", ".5", "5.", "0x10", "٥٠", SCRIPT,
							SQL_OR, "x".repeat(10 * 1024), "000000001", "0000000001", "€80", "80 €"));
		}
		return new Draw(List.of(value), amountVerdict(value, max), null, false, false);
	}

	private static Verdict amountVerdict(String value, BigDecimal max) {
		String compact = AMOUNT_SPACES.matcher(value).replaceAll("");
		if (compact.isEmpty()) {
			return Verdict.VALID;
		}
		if (!AMOUNT.matcher(compact).matches()) {
			return Verdict.INVALID;
		}
		return (new BigDecimal(compact.replace(',', '.')).compareTo(max) <= 0) ? Verdict.VALID : Verdict.INVALID;
	}

	/** Parameters the form does not have: ignored, never bound. */
	private static void extras(Random random, FormCase submission) {
		int n = 1 + random.nextInt(3);
		for (int i = 0; i < n; i++) {
			String[] extra = pick(random,
					List.of(new String[] { "id", "1" }, new String[] { "publicId", UUID.randomUUID().toString() },
							new String[] { "reviewStatus", "REVIEWED" }, new String[] { "reviewNote", SCRIPT },
							new String[] { "reviewedBy", "admin" }, new String[] { "version", "99" },
							new String[] { "plan", "{}" }, new String[] { "clientNameKey", "x" },
							new String[] { "class.module.classLoader.defaultAssertionStatus", "true" },
							new String[] { "questionnaire.goal", "CHRONIC_PAIN" }, new String[] { "lang", "fr" },
							new String[] { "lang", SCRIPT }, new String[] { "conditions[0]", "FRACTURE" },
							new String[] { "clientName[0]", "x" }, new String[] { "painLevel[1]", "3" },
							new String[] { SCRIPT, SQL_DROP }, new String[] { "", "" },
							new String[] { Hostile.randomText(random, 3), Hostile.randomText(random, 3) }));
			submission.params.add(extra);
		}
	}

	// --- sending and checking ---

	/**
	 * Sends a submission. The fields go as request parameters, exactly as a server hands
	 * them to the application once it has decoded the body; a body is sent only where its
	 * bytes matter (its size, bytes that are not UTF-8), because MockMvc decodes a form
	 * body's values a second time, which would mangle a {@code %} in a value.
	 */
	private MvcTestResult send(FormCase submission) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/assessments");
		switch (submission.mode) {
			case NO_CSRF -> params(request, submission.params);
			case BAD_CSRF -> params(request.with(csrf().useInvalidToken()), submission.params);
			case JSON -> request.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"clientName\":\"Ana\",\"goal\":\"RELAXATION\",\"consent\":true}");
			case OVERSIZED -> request.with(csrf()).contentType(FORM).content(submission.body());
			case RAW_BYTES -> params(request.with(csrf()), submission.params).contentType(FORM)
				.content(concat("note=".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xFF, (byte) 0xC3,
						(byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xE2, (byte) 0x82 }));
			default -> params(request.with(csrf()), submission.params);
		}
		return this.mvc.perform(request);
	}

	private static MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder request, List<String[]> params) {
		for (String[] param : params) {
			request.param(param[0], param[1]);
		}
		return request;
	}

	private List<String> check(FormCase submission, MvcTestResult result, long before) {
		List<String> problems = new ArrayList<>();
		int status = result.getResponse().getStatus();
		long after = this.repository.count();
		Mode mode = submission.mode;
		boolean firewall = submission.params.stream().anyMatch((param) -> Hostile.refusedByFirewall(param[0]));
		if (firewall && (mode == Mode.NORMAL || mode == Mode.RAW_BYTES)) {
			mode = Mode.FIREWALL;
		}
		switch (mode) {
			case FIREWALL -> expectStatus(problems, status, 400);
			// the firewall checks parameter names only when they are read, so a missing
			// token may be refused first
			case NO_CSRF, BAD_CSRF -> expectStatus(problems, status, (firewall && status == 400) ? 400 : 403);
			case OVERSIZED -> expectStatus(problems, status, 413);
			case JSON -> expectStatus(problems, status, 422);
			default -> {
				Verdict verdict = submission.verdict;
				if (verdict == Verdict.VALID || (verdict == Verdict.EITHER && status == 302)) {
					expectStatus(problems, status, 302);
					if (status == 302) {
						problems.addAll(checkStored(submission, result, before, after));
					}
				}
				else if (verdict == Verdict.INVALID || (verdict == Verdict.EITHER && status == 422)) {
					expectStatus(problems, status, 422);
					if (status == 422) {
						problems.addAll(checkRefusal(submission, result));
					}
				}
				else {
					problems.add("status " + status + " where 302 or 422 was expected");
				}
			}
		}
		if (status != 302 && after != before) {
			problems.add("refused, yet " + (after - before) + " assessments were stored");
		}
		return problems;
	}

	private static void expectStatus(List<String> problems, int status, int expected) {
		if (status != expected) {
			problems.add("status " + status + " where " + expected + " was expected");
		}
	}

	private List<String> checkRefusal(FormCase submission, MvcTestResult result) {
		List<String> problems = new ArrayList<>();
		Document page = Jsoup.parse(Hostile.body(result));
		List<String> links = page.select("#error-summary li a").eachAttr("href");
		if (links.isEmpty()) {
			problems.add("a refusal without an error summary");
		}
		for (String field : submission.invalid) {
			if (!links.contains("#" + field)) {
				problems.add("the error summary " + links + " does not link to the bad field " + field);
			}
		}
		for (Element line : page.select("#error-summary li")) {
			if (line.text().isBlank()) {
				problems.add("an empty line in the error summary");
			}
		}
		return problems;
	}

	private List<String> checkStored(FormCase submission, MvcTestResult result, long before, long after) {
		List<String> problems = new ArrayList<>();
		if (after != before + 1) {
			problems.add("accepted, but " + (after - before) + " assessments were stored instead of one");
		}
		String location = result.getResponse().getRedirectedUrl();
		Matcher link = RESULT_LINK.matcher((location != null) ? location : "");
		if (!link.matches()) {
			problems.add("redirected to " + location + " rather than to a result page");
			return problems;
		}
		Assessment stored = this.repository.findByPublicId(UUID.fromString(link.group(1))).orElse(null);
		if (stored == null) {
			problems.add("redirected to " + location + " but nothing is stored under that id");
			return problems;
		}
		expectStored(problems, submission, "clientName", stored.getClientName());
		expectStored(problems, submission, "email", stored.getEmail());
		expectStored(problems, submission, "goal", stored.getAnswers().goal().name());
		expectStored(problems, submission, "lifestyle", stored.getAnswers().lifestyle().name());
		expectStored(problems, submission, "conditions", names(stored.getAnswers().conditions()));
		expectStored(problems, submission, "signs", names(stored.getAnswers().signs()));
		if (stored.getReviewStatus() != ReviewStatus.NEW || stored.getReviewNote() != null
				|| stored.getReviewedBy() != null) {
			problems.add("a new assessment already has a review: a form parameter reached it");
		}
		if (submission.showPage) {
			problems.addAll(resultPageProblems(stored));
		}
		return problems;
	}

	private static void expectStored(List<String> problems, FormCase submission, String field,
			@Nullable String actual) {
		if (submission.expected.containsKey(field)) {
			String expected = submission.expected.get(field);
			if (!Objects.equals(expected, actual)) {
				problems
					.add(field + " stored as [" + printable(actual) + "] where [" + printable(expected) + "] was sent");
			}
		}
	}

	private static String names(Set<? extends Enum<?>> values) {
		return String.join(" ", values.stream().map(Enum::name).sorted().toList());
	}

	/**
	 * The result page must show the stored name exactly, as text, and nothing else from
	 * it.
	 */
	private List<String> resultPageProblems(Assessment stored) {
		MvcTestResult page = this.mvc.get().uri("/assessments/" + stored.getPublicId()).exchange();
		List<String> problems = new ArrayList<>(Hostile.generalProblems(page));
		if (!problems.isEmpty()) {
			return problems;
		}
		if (page.getResponse().getStatus() != 200) {
			problems.add("the result page answers " + page.getResponse().getStatus());
			return problems;
		}
		Element eyebrow = Jsoup.parse(Hostile.body(page)).selectFirst("p.eyebrow");
		if (eyebrow == null || !eyebrow.wholeText().contains(stored.getClientName())) {
			problems.add("the result page does not show the name [" + printable(stored.getClientName()) + "] as text: "
					+ ((eyebrow != null) ? printable(eyebrow.wholeText()) : "no p.eyebrow"));
		}
		return problems;
	}

	private MvcTestResult submit(Fields fields) {
		return this.mvc.perform(params(MockMvcRequestBuilders.post("/assessments").with(csrf()), fields.params));
	}

	private Assessment stored(MvcTestResult result) {
		Matcher link = RESULT_LINK.matcher(Objects.requireNonNullElse(result.getResponse().getRedirectedUrl(), ""));
		assertThat(link.matches()).as("redirected to a result page").isTrue();
		return this.repository.findByPublicId(UUID.fromString(link.group(1))).orElseThrow();
	}

	private static Arguments refused(String description, Fields fields, String... badFields) {
		return Arguments.of(description, fields, List.of(badFields));
	}

	private static Fields valid() {
		return new Fields().set("clientName", "Ana Bell")
			.set("goal", "CHRONIC_PAIN")
			.set("lifestyle", "DESK_WORKER")
			.set("massageType", "NOT_SURE")
			.set("painLevel", "6")
			.set("painDuration", "CHRONIC")
			.add("signs", "POOR_SLEEP")
			.set("sessionPrice", "80")
			.set("monthlyBudget", "250")
			.set("consent", "true");
	}

	private static Fields nulls() {
		Fields fields = new Fields();
		for (String field : List.of("email", "goal", "lifestyle", "massageType", "painLevel", "painDuration",
				"conditions", "signs", "soreAfterLastMassage", "sessionPrice", "monthlyBudget", "consent")) {
			fields.set(field, "null");
		}
		return fields.name("null");
	}

	private static Fields empties() {
		Fields fields = new Fields();
		for (String field : List.of("clientName", "email", "goal", "lifestyle", "massageType", "painLevel",
				"painDuration", "sessionPrice", "monthlyBudget", "consent")) {
			fields.set(field, "");
		}
		return fields;
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	static String encode(List<String[]> params) {
		StringBuilder body = new StringBuilder();
		for (String[] param : params) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(param[0], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(param[1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	/** How a generated submission is sent. */
	private enum Mode {

		NORMAL, NO_CSRF, BAD_CSRF, OVERSIZED, RAW_BYTES, JSON,

		/** Not drawn: a parameter name the firewall refuses. */
		FIREWALL

	}

	/**
	 * A drawn field: its values (none when left out), the verdict, and the value it
	 * should be stored as when known.
	 */
	private record Draw(List<String> values, Verdict verdict, @Nullable String expected, boolean known,
			boolean marker) {

		static Draw omitted(Verdict verdict) {
			return new Draw(List.of(), verdict, null, false, false);
		}

	}

	/** A generated submission and what must become of it. */
	private static final class FormCase {

		private final List<String[]> params = new ArrayList<>();

		private final Set<String> invalid = new LinkedHashSet<>();

		private final java.util.Map<String, @Nullable String> expected = new java.util.HashMap<>();

		private Verdict verdict = Verdict.VALID;

		private Mode mode = Mode.NORMAL;

		/**
		 * Whether to open the result page once stored: a sample, every name of the
		 * catalogue being checked there by its own test.
		 */
		private boolean showPage;

		/** The body of an oversized submission: its fields and 100 KB of padding. */
		byte[] body() {
			return (encode(this.params) + "&padding=" + "p".repeat(100 * 1024)).getBytes(StandardCharsets.US_ASCII);
		}

		String describe() {
			StringBuilder text = new StringBuilder("POST /assessments [").append(this.mode).append("] ");
			for (String[] param : this.params) {
				text.append(printable(param[0])).append('=').append(printable(param[1])).append(" & ");
			}
			return text.append("(expected ")
				.append(this.verdict)
				.append(", bad fields ")
				.append(this.invalid)
				.append(')')
				.toString();
		}

	}

	/** A hand-written submission. */
	static final class Fields {

		private final List<String[]> params = new ArrayList<>();

		Fields set(String field, String value) {
			remove(field);
			return add(field, value);
		}

		Fields add(String field, String value) {
			this.params.add(new String[] { field, value });
			return this;
		}

		Fields remove(String field) {
			this.params.removeIf((param) -> param[0].equals(field));
			return this;
		}

		Fields name(String name) {
			return set("clientName", name);
		}

		String encode() {
			return QuestionnaireFormHostileTests.encode(this.params);
		}

		@Override
		public String toString() {
			return printable(encode());
		}

	}

}
