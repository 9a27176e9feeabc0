package com.massageadvisor.hostile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.massageadvisor.assessment.AssessmentRepository;
import com.massageadvisor.hostile.Hostile.Failures;
import com.massageadvisor.hostile.Hostile.Verdict;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.rules.Warning;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
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

/**
 * Hostile and random input thrown at the JSON API ({@code POST /api/v1/recommendations}).
 * Bodies are written as text, so that they can hold what no serializer would write:
 * duplicated keys, raw control characters, bytes that are not UTF-8, nesting 10,000 deep,
 * numbers past every range, arrays where objects belong, {@code null} everywhere. An
 * oracle built from the contract says what must happen: a valid body gets the plan the
 * engine makes of the same answers, anything else a {@code 400} (or {@code 405},
 * {@code 406}, {@code 413}, {@code 415}) problem document whose {@code errors} name the
 * bad field; never a 5xx, never internals, and nothing stored.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class RecommendationApiHostileTests {

	/** Generated requests in one run. */
	static final int CASES = 2000;

	private static final String PATH = "/api/v1/recommendations";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RulesEngine ENGINE = new RulesEngine();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AssessmentRepository repository;

	@Test
	void everyGeneratedRequestGetsThePlanOrAProblemDocumentNeverA5xx() {
		long seed = Hostile.seed();
		Random random = new Random(seed);
		Failures failures = new Failures("POST " + PATH, seed);
		long stored = this.repository.count();
		int ok = 0;
		int refused = 0;
		for (int i = 0; i < CASES; i++) {
			ApiCase request = generate(random);
			failures.count();
			MvcTestResult result = this.mvc.perform(request.build());
			List<String> problems = new ArrayList<>(Hostile.generalProblems(result));
			if (problems.isEmpty()) {
				problems.addAll(check(request, result));
				ok += (result.getResponse().getStatus() == 200) ? 1 : 0;
				refused += (result.getResponse().getStatus() >= 400) ? 1 : 0;
			}
			failures.add(i, request.describe(), result, problems);
		}
		System.out.printf("hostile: %d generated API requests (%d answered, %d refused), seed %d%n", failures.cases(),
				ok, refused, seed);
		assertThat(failures.isEmpty()).as(failures::report).isTrue();
		assertThat(this.repository.count()).as("assessments stored by the stateless API").isEqualTo(stored);
		assertThat(ok).as("answered requests (seed %d)", seed).isGreaterThan(CASES / 5);
		assertThat(refused).as("refused requests (seed %d)", seed).isGreaterThan(CASES / 5);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badBodies")
	void aBadBodyGetsA400ProblemDocument(String description, String body, @Nullable String field) {
		MvcTestResult result = post(body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(400);
		List<String> problems = problemDocumentProblems(result, 400, true);
		assertThat(problems).isEmpty();
		if (field != null) {
			assertThat(errorFields(result)).anySatisfy((name) -> assertThat(name).startsWith(field));
		}
	}

	static Stream<Arguments> badBodies() {
		String valid = "{\"goal\":\"RELAXATION\",\"lifestyle\":\"ATHLETE\",\"massageType\":\"SWEDISH\",\"painLevel\":3";
		return Stream.of(Arguments.of("an empty body", "", null), Arguments.of("null", "null", null),
				Arguments.of("an array where the object belongs", "[" + valid + "}]", null),
				Arguments.of("an empty array", "[]", null), Arguments.of("a string", "\"RELAXATION\"", null),
				Arguments.of("a number", "1e309", null), Arguments.of("true", "true", null),
				Arguments.of("arrays 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000), null),
				Arguments.of("objects 10,000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), null),
				Arguments.of("arrays 10,000 deep in a field",
						valid + ",\"signs\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}", "signs"),
				Arguments.of("objects 10,000 deep in a field",
						valid + ",\"conditions\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}",
						"conditions"),
				Arguments.of("a duplicated key", valid + ",\"goal\":\"CHRONIC_PAIN\"}", null),
				Arguments.of("a duplicated key with the same value", valid + ",\"goal\":\"RELAXATION\"}", null),
				Arguments.of("an unknown field", valid + ",\"clientName\":\"Ana\"}", "clientName"),
				Arguments.of("__proto__", valid + ",\"__proto__\":{\"admin\":true}}", "__proto__"),
				Arguments.of("a field name in upper case", valid + ",\"GOAL\":\"RELAXATION\"}", "GOAL"),
				Arguments.of("null everywhere",
						"{\"goal\":null,\"lifestyle\":null,\"massageType\":null,\"conditions\":null,\"painLevel\":null,"
								+ "\"painDuration\":null,\"signs\":null,\"soreAfterLastMassage\":null,\"sessionPrice\":null,"
								+ "\"monthlyBudget\":null}",
						"goal"),
				Arguments.of("a null condition", valid + ",\"conditions\":[null]}", "conditions"),
				Arguments.of("an object where a list belongs", valid + ",\"conditions\":{}}", "conditions"),
				Arguments.of("a string where a list belongs", valid + ",\"signs\":\"HEADACHES\"}", "signs"),
				Arguments.of("a list where a string belongs",
						"{\"goal\":[\"RELAXATION\"],\"lifestyle\":\"ATHLETE\",\"massageType\":\"SWEDISH\",\"painLevel\":3}",
						"goal"),
				Arguments.of("an unknown goal", valid.replace("RELAXATION", "WORLD_DOMINATION") + "}", "goal"),
				Arguments.of("script as the goal", valid.replace("RELAXATION", "<script>alert(1)</script>") + "}",
						"goal"),
				Arguments.of("SQL as the lifestyle", valid.replace("ATHLETE", "' OR 1=1 --") + "}", "lifestyle"),
				Arguments.of("a 10 KB goal", valid.replace("RELAXATION", "x".repeat(10 * 1024)) + "}", "goal"),
				Arguments.of("an escaped NUL in the goal", valid.replace("RELAXATION", "RELAX\\u0000ATION") + "}",
						"goal"),
				Arguments.of("a lone surrogate in the goal", valid.replace("RELAXATION", "\\ud800") + "}", "goal"),
				Arguments.of("a raw BEL in a string", valid.replace("RELAXATION", "RELAX\u0007ATION") + "}", null),
				Arguments.of("a raw ESC in a string", valid.replace("RELAXATION", "RELAX\u001bATION") + "}", null),
				Arguments.of("a pain level of 1e309", valid.replace("\"painLevel\":3", "\"painLevel\":1e309") + "}",
						"painLevel"),
				Arguments.of("a pain level of 5.0", valid.replace("\"painLevel\":3", "\"painLevel\":5.0") + "}",
						"painLevel"),
				Arguments.of("a pain level as a string", valid.replace("\"painLevel\":3", "\"painLevel\":\"3\"") + "}",
						"painLevel"),
				Arguments.of("a pain level of 11", valid.replace("\"painLevel\":3", "\"painLevel\":11") + "}",
						"painLevel"),
				Arguments.of("a price of 1e309", valid + ",\"sessionPrice\":1e309}", "sessionPrice"),
				Arguments.of("a price of 99999999999999999999", valid + ",\"sessionPrice\":99999999999999999999}",
						"sessionPrice"),
				Arguments.of("a price of 0.001", valid + ",\"sessionPrice\":0.001}", "sessionPrice"),
				Arguments.of("a negative budget", valid + ",\"monthlyBudget\":-1}", "monthlyBudget"),
				Arguments.of("a price as a string", valid + ",\"sessionPrice\":\"80\"}", "sessionPrice"),
				Arguments.of("NaN", valid + ",\"sessionPrice\":NaN}", null),
				Arguments.of("Infinity", valid + ",\"sessionPrice\":Infinity}", null),
				Arguments.of("a number for a boolean", valid + ",\"soreAfterLastMassage\":1}", "soreAfterLastMassage"),
				Arguments.of("a string for a boolean", valid + ",\"soreAfterLastMassage\":\"true\"}",
						"soreAfterLastMassage"),
				Arguments.of("a comment", "/* hi */" + valid + "}", null),
				Arguments.of("single quotes", valid.replace('"', '\'') + "}", null),
				Arguments.of("trailing content", valid + "}]", null),
				Arguments.of("two objects", valid + "}" + valid + "}", null),
				Arguments.of("a truncated body", valid, null));
	}

	@Test
	void aBodyOf100KbIsRefusedWith413BeforeItIsParsed() {
		String body = "{\"goal\":\"RELAXATION\",\"x\":\"" + "a".repeat(100 * 1024) + "\"}";
		MvcTestResult result = post(body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(413);
		assertThat(problemDocumentProblems(result, 413, true)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidUtf8")
	void bytesThatAreNotUtf8AreRefusedWith400(String description, byte[] body) {
		MvcTestResult result = post(body, MediaType.parseMediaType("application/json;charset=UTF-8"));
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(400);
		assertThat(problemDocumentProblems(result, 400, true)).isEmpty();
	}

	static Stream<Arguments> invalidUtf8() {
		return Stream.of(Arguments.of("0xFF in a string", withBytes("RELAX", 0xFF, 0xFE)),
				Arguments.of("a lone continuation byte", withBytes("RELAX", 0x80)),
				Arguments.of("a truncated sequence", withBytes("RELAX", 0xE2, 0x82)),
				Arguments.of("an overlong slash", withBytes("RELAX", 0xC0, 0xAF)),
				Arguments.of("an encoded surrogate", withBytes("RELAX", 0xED, 0xA0, 0x80)),
				Arguments.of("Latin-1 bytes", "{\"goal\":\"ÉTÉ\"}".getBytes(StandardCharsets.ISO_8859_1)));
	}

	/**
	 * A number past its type's range, or a number or padded name for a choice, is refused
	 * with the bad field named (see the two sources).
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource({ "outOfRangeNumbers", "coercedChoices" })
	void aValueItsFieldCannotHoldIsRefusedWithTheFieldNamed(String description, String body, String field) {
		MvcTestResult result = post(body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(400);
		assertThat(errorFields(result)).contains(field);
	}

	/**
	 * Valid JSON whose number does not fit the field's type (an integer past the range of
	 * {@code int}, an exponent past the range of {@code BigDecimal}) is refused with the
	 * bad field named; it used to be "The body is not valid JSON" or even "The request
	 * has no body", for the field {@code body}.
	 */
	static Stream<Arguments> outOfRangeNumbers() {
		String valid = "{\"goal\":\"RELAXATION\",\"lifestyle\":\"ATHLETE\",\"massageType\":\"SWEDISH\",\"painLevel\":3";
		return Stream.of(
				Arguments.of("painLevel 99999999999999999999",
						valid.replace("\"painLevel\":3", "\"painLevel\":99999999999999999999") + "}", "painLevel"),
				Arguments.of("painLevel 2147483648", valid.replace("\"painLevel\":3", "\"painLevel\":2147483648") + "}",
						"painLevel"),
				Arguments.of("sessionPrice 1e-2147483649", valid + ",\"sessionPrice\":1e-2147483649}", "sessionPrice"),
				Arguments.of("monthlyBudget 1e2147483648", valid + ",\"monthlyBudget\":1e2147483648}",
						"monthlyBudget"));
	}

	/**
	 * The contract refuses an unknown choice, and so a number (which Jackson would read
	 * as the index of a constant: {@code "goal":0} as RELAXATION) and a name with blanks
	 * or control characters around it ({@code " SWEDISH"}, {@code "\u0000SWEDISH"}),
	 * which Jackson would trim.
	 */
	static Stream<Arguments> coercedChoices() {
		String valid = "{\"goal\":\"RELAXATION\",\"lifestyle\":\"ATHLETE\",\"massageType\":\"SWEDISH\",\"painLevel\":3";
		return Stream.of(Arguments.of("goal 0", valid.replace("\"RELAXATION\"", "0") + "}", "goal"),
				Arguments.of("lifestyle 1", valid.replace("\"ATHLETE\"", "1") + "}", "lifestyle"),
				Arguments.of("painDuration 3", valid + ",\"painDuration\":3}", "painDuration"),
				Arguments.of("conditions [4]", valid + ",\"conditions\":[4]}", "conditions[0]"),
				Arguments.of("a blank before the massage type", valid.replace("\"SWEDISH\"", "\" SWEDISH\"") + "}",
						"massageType"),
				Arguments.of("an escaped NUL before the goal",
						valid.replace("\"RELAXATION\"", "\"\\u0000RELAXATION\"") + "}", "goal"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherMethods")
	void anotherMethodGetsA405WithTheAllowedOne(String method) {
		MvcTestResult result = this.mvc
			.perform(MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), PATH)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"));
		assertThat(Hostile.generalProblems(result)).isEmpty();
		assertThat(result).hasStatus(405);
		assertThat(result.getResponse().getHeader(HttpHeaders.ALLOW)).isEqualTo("POST");
		assertThat(problemDocumentProblems(result, 405, false)).isEmpty();
	}

	static Stream<String> otherMethods() {
		return Stream.of("GET", "PUT", "PATCH", "DELETE");
	}

	// --- the generator ---

	private ApiCase generate(Random random) {
		ApiCase request = new ApiCase();
		double hostility = pick(random, List.of(0.0, 0.05, 0.15, 0.5));
		field(random, hostility, request, "goal", () -> choice(random, Goal.class, true));
		field(random, hostility, request, "lifestyle", () -> choice(random, Lifestyle.class, true));
		field(random, hostility, request, "massageType", () -> choice(random, MassageType.class, true));
		field(random, hostility, request, "conditions", () -> choices(random, Condition.class));
		field(random, hostility, request, "painLevel", () -> painLevel(random));
		field(random, hostility, request, "painDuration", () -> choice(random, PainDuration.class, false));
		field(random, hostility, request, "signs", () -> choices(random, Sign.class));
		field(random, hostility, request, "soreAfterLastMassage", () -> sore(random));
		field(random, hostility, request, "sessionPrice", () -> amount(random, 10_000));
		field(random, hostility, request, "monthlyBudget", () -> amount(random, 100_000));
		painAgreement(request);
		if (chance(random, hostility / 3)) {
			String key = pick(random, List.of("clientName", "GOAL", "goal ", "__proto__", "constructor", "email", "id",
					"", SCRIPT, SQL_OR, "consent", "rulesVersion"));
			request.pieces.add(new Piece(key, "\"x\"", Verdict.INVALID, true, null));
		}
		java.util.Collections.shuffle(request.pieces, random);
		if (chance(random, hostility / 2)) {
			// the same key twice: refused by the parser, before any field is bound
			Piece first = pick(random,
					request.pieces.isEmpty()
							? List.of(new Piece("goal", "\"RELAXATION\"", Verdict.VALID, true, Goal.RELAXATION))
							: request.pieces);
			request.pieces.add(new Piece(first.key(), first.json(), Verdict.INVALID, false, null));
		}
		int shape = random.nextInt(100);
		if (shape < 3) {
			request.body = pick(random, List.of("", "null", "[]", "\"x\"", "123", "true", "1e309", "   ", "{",
					"[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
					"[" + request.object() + "]", request.object() + request.object(), request.object() + " x",
					"/* c */" + request.object(), request.object().replace('"', '\'')));
			request.structure = Verdict.INVALID;
		}
		else if (shape < 5) {
			String object = request.object();
			request.body = object.substring(0, random.nextInt(object.length()));
			request.structure = Verdict.INVALID;
		}
		else if (shape < 7) {
			request.raw = (random.nextBoolean()) ? new byte[] { (byte) 0xFF } : new byte[] { (byte) 0xC3, (byte) 0x28 };
			request.structure = Verdict.INVALID;
		}
		else if (shape < 9) {
			String object = request.object();
			int at = object.indexOf('"', 1);
			if (at > 0) {
				// a raw control character inside a string, which JSON forbids
				request.body = object.substring(0, at + 1) + pick(random, List.of("\u0000", "\u0007", "\u001b", "\n"))
						+ object.substring(at + 1);
				request.structure = Verdict.INVALID;
			}
		}
		else if (shape < 10) {
			request.body = request.object() + " ".repeat(100 * 1024);
			request.status = 413;
		}
		else if (shape < 12) {
			request.body = "\uFEFF" + request.object();
		}
		int type = random.nextInt(100);
		if (type < 4) {
			request.contentType = pick(random,
					List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
							"multipart/form-data; boundary=x", "text/html", "application/json;charset=nonsense",
							"garbage;;;"));
			request.status = (request.status == 413) ? 413 : 415;
		}
		else if (type < 6) {
			request.contentType = pick(random, List.of("application/json;charset=UTF-8", "application/problem+json",
					"application/vnd.clinic+json"));
		}
		else if (type < 7) {
			request.contentType = null;
			request.status = (request.status == 413) ? 413 : 415;
		}
		else {
			request.contentType = "application/json";
		}
		if (chance(random, 0.03)) {
			request.accept = pick(random, List.of("application/xml", "text/html", "image/png"));
		}
		if (chance(random, 0.2)) {
			request.language = pick(random, List.of("fr", "fr-CA,fr;q=0.9", "de", "xx;q=abc,,,;;", "*", "en-US", SCRIPT,
					"\u00e9", "zh-Hant-TW", "fr;q=0"));
		}
		return request;
	}

	/**
	 * Pain today (1 or more) with {@code "painDuration":"NONE"} ("I have no back pain at
	 * the moment") contradicts itself: refused with 400 on {@code painDuration}. A
	 * duration left out is no answer and contradicts nothing.
	 */
	private static void painAgreement(ApiCase request) {
		Piece level = request.pieces.stream()
			.filter((piece) -> "painLevel".equals(piece.key()))
			.findFirst()
			.orElse(null);
		for (int i = 0; i < request.pieces.size(); i++) {
			Piece duration = request.pieces.get(i);
			if ("painDuration".equals(duration.key()) && duration.value() == PainDuration.NONE
					&& duration.verdict() == Verdict.VALID && level != null && level.verdict() == Verdict.VALID
					&& level.value() instanceof Integer pain && pain > 0) {
				request.pieces.set(i, new Piece(duration.key(), duration.json(), Verdict.INVALID, true, null));
			}
		}
	}

	/** Draws a field, redrawing until valid unless this field is to be bad. */
	private static void field(Random random, double hostility, ApiCase request, String key, Supplier<Piece> draw) {
		boolean bad = chance(random, hostility);
		Piece piece = draw.get();
		for (int attempt = 0; attempt < 100 && !bad && piece.verdict() != Verdict.VALID; attempt++) {
			piece = draw.get();
		}
		if (piece.json() != null) {
			request.pieces.add(new Piece(key, piece.json(), piece.verdict(), piece.named(), piece.value()));
		}
		else {
			request.missing.put(key, piece.verdict());
		}
	}

	private static <E extends Enum<E>> Piece choice(Random random, Class<E> type, boolean required) {
		E[] constants = type.getEnumConstants();
		E some = constants[random.nextInt(constants.length)];
		int kind = random.nextInt(100);
		if (kind < 5) {
			return new Piece(null, null, required ? Verdict.INVALID : Verdict.VALID, true, null);
		}
		if (kind < 75) {
			return new Piece(null, string(some.name()), Verdict.VALID, true, some);
		}
		if (kind < 80 && !required) {
			return new Piece(null, "null", Verdict.VALID, true, null);
		}
		if (kind < 85) {
			// refused, as the contract says: an index for the name, a name with blanks or
			// an escaped control character around it
			String json = pick(random,
					List.of(Integer.toString(random.nextInt(constants.length)), string(" " + some.name()),
							string(some.name() + " "), string("\u0000" + some.name()),
							string("\t" + some.name() + "\n")));
			return new Piece(null, json, Verdict.INVALID, true, null);
		}
		String other = constants[random.nextInt(constants.length)].name();
		String json = pick(random, List.of("null", string(some.name().toLowerCase(Locale.ROOT)), string(""), "true",
				"-1", Integer.toString(constants.length), "[]", "{}", "[" + string(some.name()) + "]",
				string(some.name() + "," + other), string(SCRIPT), string(IMG), string(SQL_OR), string(SQL_DROP),
				string("x".repeat(10 * 1024)), string(some.name() + "\u202E"), string("RE\u0000" + some.name()),
				"\"\\ud800\"", "1.5", "{\"name\":" + string(some.name()) + "}", string(Hostile.randomText(random, 3))));
		if (json.equals("null") && !required) {
			return new Piece(null, json, Verdict.VALID, true, null);
		}
		return new Piece(null, json, Verdict.INVALID, true, null);
	}

	private static <E extends Enum<E>> Piece choices(Random random, Class<E> type) {
		E[] constants = type.getEnumConstants();
		int kind = random.nextInt(100);
		if (kind < 30) {
			return new Piece(null, null, Verdict.VALID, true, EnumSet.noneOf(type));
		}
		if (kind < 35) {
			return new Piece(null, "null", Verdict.VALID, true, EnumSet.noneOf(type));
		}
		if (kind < 85) {
			Set<E> set = EnumSet.noneOf(type);
			List<String> items = new ArrayList<>();
			int n = random.nextInt(5);
			for (int i = 0; i < n; i++) {
				E value = constants[random.nextInt(constants.length)];
				set.add(value);
				items.add(string(value.name()));
			}
			return new Piece(null, "[" + String.join(",", items) + "]", Verdict.VALID, true, set);
		}
		String some = constants[random.nextInt(constants.length)].name();
		String json = pick(random,
				List.of("[null]", "[" + string(some) + ",null]", string(some), "{}", "5", "true",
						"[[" + string(some) + "]]", "[" + string(some.toLowerCase(Locale.ROOT)) + "]", "[true]",
						"[" + string(SCRIPT) + "]", "[" + string(SQL_OR) + "]", "[{}]", "[" + string("") + "]",
						"[" + string("x".repeat(10 * 1024)) + "]", "[" + "[".repeat(2000) + "]".repeat(2000) + "]",
						"[" + string(some) + "," + string("UNKNOWN") + "]"));
		return new Piece(null, json, Verdict.INVALID, true, null);
	}

	private static Piece painLevel(Random random) {
		int kind = random.nextInt(100);
		if (kind < 5) {
			return new Piece(null, null, Verdict.INVALID, true, null);
		}
		if (kind < 75) {
			int level = random.nextInt(11);
			return new Piece(null, Integer.toString(level), Verdict.VALID, true, level);
		}
		if (kind < 77) {
			return new Piece(null, "-0", Verdict.VALID, true, 0);
		}
		if (kind < 85) {
			// past the range of int: refused, and named
			String json = pick(random, List.of("99999999999999999999", "2147483648", "-2147483649", "9".repeat(400)));
			return new Piece(null, json, Verdict.INVALID, true, null);
		}
		String json = pick(random, List.of("-1", "11", "5.5", "5.0", "1e0", "1E1", "1e309", "-1e309", "\"5\"", "null",
				"true", "[]", "{}", "[5]", "\"five\"", "0.0", string(SCRIPT)));
		return new Piece(null, json, Verdict.INVALID, true, null);
	}

	private static Piece sore(Random random) {
		int kind = random.nextInt(100);
		if (kind < 40) {
			return new Piece(null, null, Verdict.VALID, true, false);
		}
		if (kind < 85) {
			boolean sore = random.nextBoolean();
			return new Piece(null, Boolean.toString(sore), Verdict.VALID, true, sore);
		}
		if (kind < 88) {
			return new Piece(null, "null", Verdict.VALID, true, false);
		}
		String json = pick(random, List.of("\"true\"", "1", "0", "\"yes\"", "[]", "{}", "\"on\"", "[true]", "TRUE"));
		return new Piece(null, json, Verdict.INVALID, !json.equals("TRUE"), null);
	}

	private static Piece amount(Random random, int max) {
		int kind = random.nextInt(100);
		if (kind < 40) {
			return new Piece(null, null, Verdict.VALID, true, null);
		}
		if (kind < 45) {
			return new Piece(null, "null", Verdict.VALID, true, null);
		}
		if (kind < 75) {
			String json = random.nextInt(max + 1) + (random.nextBoolean() ? ""
					: "." + random.nextInt(10) + (random.nextBoolean() ? "" : random.nextInt(10)));
			BigDecimal value = new BigDecimal(json);
			return new Piece(null, json,
					(value.compareTo(BigDecimal.valueOf(max)) <= 0) ? Verdict.VALID : Verdict.INVALID, true, value);
		}
		if (kind < 82) {
			String json = pick(random,
					List.of("0", "-0", "0.1", "1e2", "1E+2", "59.5", "59.50", Integer.toString(max), max + ".00"));
			return new Piece(null, json, Verdict.VALID, true, new BigDecimal(json));
		}
		if (kind < 85) {
			// an exponent past the range of BigDecimal: refused, and named
			String json = pick(random, List.of("1e-2147483649", "1e2147483648"));
			return new Piece(null, json, Verdict.INVALID, true, null);
		}
		String json = pick(random,
				List.of("-1", "-0.01", (max + 0.01) + "", "12.345", "0.001", "\"80\"", "true", "[]", "{}", "1e309",
						"99999999999999999999", "1e-400", "-1e-10", "[80]", "\"NaN\"", string(SCRIPT), "80.000"));
		return new Piece(null, json, Verdict.INVALID, true, null);
	}

	/**
	 * A JSON string literal: quotes, backslashes and control characters escaped, all else
	 * as it is.
	 */
	static String string(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	private static byte[] withBytes(String prefix, int... bytes) {
		byte[] start = ("{\"goal\":\"" + prefix).getBytes(StandardCharsets.UTF_8);
		byte[] end = "\",\"lifestyle\":\"ATHLETE\",\"massageType\":\"SWEDISH\",\"painLevel\":3}"
			.getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + bytes.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		for (int i = 0; i < bytes.length; i++) {
			body[start.length + i] = (byte) bytes[i];
		}
		System.arraycopy(end, 0, body, start.length + bytes.length, end.length);
		return body;
	}

	// --- checking ---

	private List<String> check(ApiCase request, MvcTestResult result) {
		List<String> problems = new ArrayList<>();
		int status = result.getResponse().getStatus();
		int expected = request.expectedStatus();
		if (expected == 415 && status == 400 && request.contentType != null
				&& request.contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			// a form body is parsed into parameters, whose names the firewall may refuse
			// first
			return problems;
		}
		if (expected == 0) {
			// no opinion on the values: the plan or a refusal, whichever comes
			expected = (status == 200) ? 200 : 400;
		}
		if (request.accept != null && expected == 200) {
			expected = 406;
		}
		if (request.accept != null && expected != 406) {
			// a problem document cannot be written in the type asked for either
			if (status != expected && status != 406) {
				problems.add("status " + status + " where " + expected + " or 406 was expected");
			}
			return problems;
		}
		if (status != expected) {
			problems.add("status " + status + " where " + expected + " was expected");
			return problems;
		}
		if (status == 200) {
			if (request.verdict() == Verdict.VALID) {
				problems.addAll(planProblems(request, result));
			}
		}
		else if (status != 406) {
			problems.addAll(problemDocumentProblems(result, status, status == 400 || status == 413));
			if (status == 400 && request.structure == Verdict.VALID && request.raw == null && request.pieces.stream()
				.allMatch((piece) -> piece.verdict() != Verdict.INVALID || piece.named())) {
				Set<String> bad = request.badFields();
				List<String> named = errorFields(result);
				if (!bad.isEmpty() && named.stream().noneMatch((field) -> bad.stream().anyMatch(field::startsWith))) {
					problems.add("the errors " + named + " name none of the bad fields " + bad);
				}
			}
		}
		return problems;
	}

	/** The plan must be the one the engine makes of the same answers. */
	private static List<String> planProblems(ApiCase request, MvcTestResult result) {
		List<String> problems = new ArrayList<>();
		String type = result.getResponse().getContentType();
		if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
			problems.add("a plan of type " + type);
			return problems;
		}
		JsonNode plan = JSON.readTree(Hostile.body(result));
		Recommendation expected = ENGINE.evaluate(request.answers());
		boolean sameVerdict = expected.rulesVersion().equals(plan.path("rulesVersion").asString("")) && expected
			.massageAdvisable() == plan.path("massageAdvisable").booleanValue(!expected.massageAdvisable());
		boolean samePlan = expected.massageAdvisable()
				? expected.recommendedMassageType().name().equals(plan.path("recommendedMassageType").asString(""))
						&& expected.minimumGap().hours() == plan.path("minimumGapHours").intValue(-1)
						&& expected.phases().size() == plan.path("phases").size()
				// nothing a client could book from (api-contract.md, "When massage is not
				// advisable")
				: plan.path("recommendedMassageType").isNull() && plan.path("minimumGapHours").isNull()
						&& plan.path("interval").isNull() && plan.path("sessionMinutes").isNull()
						&& plan.path("phases").isArray() && plan.path("phases").isEmpty();
		if (!sameVerdict || !samePlan) {
			problems.add("the plan differs from the engine's for the same answers " + request.answers());
		}
		List<String> codes = new ArrayList<>();
		plan.path("warnings").forEach((warning) -> codes.add(warning.path("code").asString("")));
		if (!codes.equals(expected.warnings().stream().map(Warning::code).map(Enum::name).toList())) {
			problems.add("warnings " + codes + " where the engine gives " + expected.warnings());
		}
		return problems;
	}

	/**
	 * An RFC 9457 problem document with the status, a title, a detail and an
	 * {@code errors} array of fields and messages.
	 */
	static List<String> problemDocumentProblems(MvcTestResult result, int status, boolean errorsRequired) {
		List<String> problems = new ArrayList<>();
		String type = result.getResponse().getContentType();
		if (type == null || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
			problems.add("a refusal of type " + type + " rather than application/problem+json");
			return problems;
		}
		JsonNode problem;
		try {
			problem = JSON.readTree(Hostile.body(result));
		}
		catch (RuntimeException ex) {
			problems.add("a problem document that is not JSON");
			return problems;
		}
		if (problem.path("status").intValue(-1) != status) {
			problems.add("a problem document with the status " + problem.path("status"));
		}
		if (problem.path("title").asString("").isBlank() || problem.path("detail").asString("").isBlank()) {
			problems.add("a problem document without a title or detail");
		}
		JsonNode errors = problem.path("errors");
		if (!errors.isArray()) {
			problems.add("a problem document without an errors array");
		}
		else if (errorsRequired && errors.isEmpty()) {
			problems.add("an empty errors array");
		}
		else {
			errors.forEach((error) -> {
				if (error.path("field").asString("").isBlank() || error.path("message").asString("").isBlank()) {
					problems.add("an error without a field or message: " + error);
				}
			});
		}
		return problems;
	}

	static List<String> errorFields(MvcTestResult result) {
		List<String> fields = new ArrayList<>();
		JSON.readTree(Hostile.body(result))
			.path("errors")
			.forEach((error) -> fields.add(error.path("field").asString("")));
		return fields;
	}

	private MvcTestResult post(byte[] body, MediaType type) {
		return this.mvc.post().uri(PATH).contentType(type).content(body).exchange();
	}

	/**
	 * One member of the body: its key, its JSON text (null when left out), its verdict,
	 * whether an error would name it, and its value for the engine when valid.
	 */
	private record Piece(@Nullable String key, @Nullable String json, Verdict verdict, boolean named,
			@Nullable Object value) {
	}

	/** A generated request and what must become of it. */
	private static final class ApiCase {

		private final List<Piece> pieces = new ArrayList<>();

		private final Map<String, Verdict> missing = new LinkedHashMap<>();

		private Verdict structure = Verdict.VALID;

		private @Nullable String body;

		private byte @Nullable [] raw;

		private @Nullable String contentType = "application/json";

		private @Nullable String accept;

		private @Nullable String language;

		private int status;

		String object() {
			StringBuilder object = new StringBuilder("{");
			for (Piece piece : this.pieces) {
				if (object.length() > 1) {
					object.append(',');
				}
				object.append(string(piece.key())).append(':').append(piece.json());
			}
			return object.append('}').toString();
		}

		byte[] bytes() {
			if (this.raw != null) {
				String object = object();
				int at = object.lastIndexOf('}');
				byte[] start = (object.substring(0, at) + ((at > 1) ? "," : "") + "\"goal\":\"RE")
					.getBytes(StandardCharsets.UTF_8);
				byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
				byte[] bytes = new byte[start.length + this.raw.length + end.length];
				System.arraycopy(start, 0, bytes, 0, start.length);
				System.arraycopy(this.raw, 0, bytes, start.length, this.raw.length);
				System.arraycopy(end, 0, bytes, start.length + this.raw.length, end.length);
				return bytes;
			}
			return ((this.body != null) ? this.body : object()).getBytes(StandardCharsets.UTF_8);
		}

		MockHttpServletRequestBuilder build() {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(PATH).content(bytes());
			if (this.contentType != null) {
				request.header(HttpHeaders.CONTENT_TYPE, this.contentType);
			}
			if (this.accept != null) {
				request.header(HttpHeaders.ACCEPT, this.accept);
			}
			if (this.language != null) {
				request.header(HttpHeaders.ACCEPT_LANGUAGE, this.language);
			}
			return request;
		}

		Verdict verdict() {
			Verdict verdict = this.structure;
			for (Piece piece : this.pieces) {
				verdict = verdict.and(piece.verdict());
			}
			for (Verdict absent : this.missing.values()) {
				verdict = verdict.and(absent);
			}
			return verdict;
		}

		int expectedStatus() {
			if (this.status != 0) {
				return this.status;
			}
			Verdict verdict = verdict();
			return (verdict == Verdict.VALID) ? 200 : (verdict == Verdict.EITHER) ? 0 : 400;
		}

		Set<String> badFields() {
			Set<String> bad = new LinkedHashSet<>();
			this.pieces.stream()
				.filter((piece) -> piece.verdict() == Verdict.INVALID)
				.forEach((piece) -> bad.add(piece.key()));
			this.missing.forEach((key, verdict) -> {
				if (verdict == Verdict.INVALID) {
					bad.add(key);
				}
			});
			return bad;
		}

		@SuppressWarnings("unchecked")
		Answers answers() {
			Map<String, @Nullable Object> values = new LinkedHashMap<>();
			for (Piece piece : this.pieces) {
				values.put(piece.key(), piece.value());
			}
			Object duration = values.get("painDuration");
			Object sore = values.get("soreAfterLastMassage");
			Object conditions = values.get("conditions");
			Object signs = values.get("signs");
			Object pain = values.get("painLevel");
			return new Answers((Goal) values.get("goal"), (Lifestyle) values.get("lifestyle"),
					(MassageType) values.get("massageType"),
					(conditions != null) ? (Set<Condition>) conditions : Set.of(), (pain != null) ? (Integer) pain : 0,
					(duration != null) ? (PainDuration) duration : PainDuration.NONE,
					(signs != null) ? (Set<Sign>) signs : Set.of(), Boolean.TRUE.equals(sore),
					(BigDecimal) values.get("sessionPrice"), (BigDecimal) values.get("monthlyBudget"));
		}

		String describe() {
			String text = (this.raw != null) ? printable(new String(bytes(), StandardCharsets.ISO_8859_1))
					: printable((this.body != null) ? this.body : object());
			return "POST " + PATH + " Content-Type: " + this.contentType
					+ ((this.accept != null) ? ", Accept: " + this.accept : "")
					+ ((this.language != null) ? ", Accept-Language: " + printable(this.language) : "") + ", body: "
					+ text + " (expected " + ((expectedStatus() != 0) ? expectedStatus() : "200 or 400")
					+ ", bad fields " + badFields() + ")";
		}

	}

}
