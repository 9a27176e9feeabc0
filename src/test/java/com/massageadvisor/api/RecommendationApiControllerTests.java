package com.massageadvisor.api;

import com.massageadvisor.plan.RecommendationConfiguration;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.system.SecurityConfiguration;
import com.massageadvisor.system.WebConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(RecommendationApiController.class)
@Import({ RecommendationConfiguration.class, RecommendationMessages.class, WebConfiguration.class,
		SecurityConfiguration.class })
class RecommendationApiControllerTests {

	private static final String CHRONIC_DESK_WORKER = """
			{
			  "goal": "CHRONIC_PAIN",
			  "lifestyle": "DESK_WORKER",
			  "massageType": "DEEP_TISSUE",
			  "conditions": ["HERNIATED_DISC"],
			  "painLevel": 6,
			  "painDuration": "CHRONIC",
			  "signs": ["POOR_SLEEP", "HEADACHES"],
			  "soreAfterLastMassage": false,
			  "sessionPrice": 80.00,
			  "monthlyBudget": 200
			}""";

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult post(String json) {
		return this.mvc.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	@Test
	void answersWithASourcedPlanInTheContractsShape() {
		MvcTestResult result = post(CHRONIC_DESK_WORKER);
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.rulesVersion").asString().isNotBlank();
		json.extractingPath("$.massageAdvisable").isEqualTo(true);
		json.extractingPath("$.recommendedMassageType").isEqualTo("SWEDISH");
		// a herniated disc without a doctor's go-ahead: no series denser than weekly (S2)
		json.extractingPath("$.interval.minDays").isEqualTo(7);
		json.extractingPath("$.interval.maxDays").isEqualTo(7);
		json.extractingPath("$.minimumGapHours").isEqualTo(24);
		json.extractingPath("$.sessionMinutes.min").isEqualTo(30);
		json.extractingPath("$.sessionMinutes.max").isEqualTo(60);
		json.extractingPath("$.phases[0].name").isEqualTo("Initial series");
		json.extractingPath("$.phases[0].sessions.min").isEqualTo(4);
		json.extractingPath("$.phases[0].sources").asArray().contains("time-between-massages");
		json.extractingPath("$.phases[2].sessions").isNull();
		json.extractingPath("$.warnings[0].code").isEqualTo("MEDICAL_CLEARANCE");
		json.extractingPath("$.warnings[0].severity").isEqualTo("CONSULT");
		json.extractingPath("$.warnings[0].condition").isEqualTo("HERNIATED_DISC");
		json.extractingPath("$.warnings[0].message").asString().isNotBlank();
		json.extractingPath("$.warnings[0].sources").asArray().containsExactly("time-between-massages");
		json.extractingPath("$.setting").isEqualTo("CLINIC");
		json.extractingPath("$.advice[*].code").asArray().contains("TYPE_CHANGED", "BOOK_NEXT_SESSION", "OVER_BUDGET");
		json.extractingPath("$.cost.phases[0].total.min").isEqualTo(320.0);
		json.extractingPath("$.advice[0].message").asString().doesNotContain("advice.");
		json.extractingPath("$.cost.overBudget").isEqualTo(true);
	}

	@Test
	void withholdsThePlanWhenMassageIsNotAdvisable() {
		var json = assertThat(post("""
				{"goal":"RELAXATION","lifestyle":"OTHER","massageType":"SWEDISH","painLevel":2,
				 "conditions":["DVT","FRACTURE"]}""")).hasStatusOk().bodyJson();
		json.extractingPath("$.massageAdvisable").isEqualTo(false);
		json.extractingPath("$.interval").isNull();
		json.extractingPath("$.phases").asArray().isEmpty();
		json.extractingPath("$.warnings[*].code").asArray().containsExactly("CONTRAINDICATION", "CONTRAINDICATION");
		json.extractingPath("$.warnings[*].condition").asArray().containsExactly("FRACTURE", "DVT");
		json.extractingPath("$.warnings[*].severity").asArray().containsOnly("STOP");
	}

	@Test
	void leavesOutOptionalFieldsWithTheContractsDefaults() {
		var json = assertThat(post("""
				{"goal":"MAINTENANCE","lifestyle":"OTHER","massageType":"SWEDISH","painLevel":0}""")).hasStatusOk()
			.bodyJson();
		json.extractingPath("$.warnings").asArray().isEmpty();
		json.extractingPath("$.cost").isNull();
		json.extractingPath("$.interval.minDays").isEqualTo(14);
	}

	@Test
	void speaksTheLanguageOfTheRequestWhereTheFallbackIsEnglish() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("""
					{"goal":"MAINTENANCE","lifestyle":"OTHER","massageType":"SWEDISH","painLevel":0}""")
			.exchange();
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.phases[0].name").isEqualTo("Regular rhythm");
	}

	@Test
	void refusesABodyThatIsNotJson() {
		MvcTestResult result = post("goal=RELAXATION");
		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
	}

	@Test
	void refusesAMissingBody() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.exchange();
		assertProblem(result, HttpStatus.BAD_REQUEST);
	}

	@Test
	void namesEveryMissingRequiredField() {
		MvcTestResult result = post("{}");
		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("goal", "lifestyle", "massageType", "painLevel");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("is required");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"painLevel": 11                 | painLevel     | must be 10 or less
					"painLevel": -1                 | painLevel     | must be 0 or more
					"sessionPrice": 10000.01        | sessionPrice  | must be 10000 or less
					"sessionPrice": -5              | sessionPrice  | must be 0 or more
					"sessionPrice": 12.345          | sessionPrice  | must have at most 5 digits before the decimal point and 2 after
					"monthlyBudget": 100000.5       | monthlyBudget | must be 100000 or less
					""")
	void refusesValuesOutOfRange(String field, String name, String message) {
		MvcTestResult result = post(answersWith(field));
		assertProblem(result, HttpStatus.BAD_REQUEST);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.errors[0].field").isEqualTo(name);
		json.extractingPath("$.errors[0].message").isEqualTo(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"goal": "SLEEP"                 | goal                 | must be one of: RELAXATION, CHRONIC_PAIN, ACUTE_INJURY, MAINTENANCE
					"goal": 0                       | goal                 | must be one of: RELAXATION, CHRONIC_PAIN, ACUTE_INJURY, MAINTENANCE
					"goal": " RELAXATION"           | goal                 | must be one of:
					"conditions": [1]               | conditions[0]        | must be one of:
					"painLevel": 2147483648         | painLevel            | is a number too large, too small or too precise
					"monthlyBudget": 1e2147483648   | monthlyBudget        | is a number too large, too small or too precise
					"conditions": ["PREGNANCY", "FLU"] | conditions[1]     | must be one of:
					"signs": ["HEADACHES", null]    | signs[1]             | must be one of:
					"painLevel": "five"             | painLevel            | must be a whole number
					"painLevel": 5.5                | painLevel            | must be a whole number
					"soreAfterLastMassage": "yes"   | soreAfterLastMassage | must be true or false
					"sessionPrice": "80"            | sessionPrice         | must be a number
					"conditions": "PREGNANCY"       | conditions           | must be a list
					"favouriteColour": "blue"       | favouriteColour      | is not a known field
					""")
	void namesTheFieldOfAWrongTypeOrUnknownValue(String field, String name, String message) {
		MvcTestResult result = post(answersWith(field));
		assertProblem(result, HttpStatus.BAD_REQUEST);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.errors[0].field").asString().startsWith(name.replace("[]", ""));
		json.extractingPath("$.errors[0].message").asString().startsWith(message);
	}

	@Test
	void refusesPainTodayWithNoBackPainAtTheMomentOnTheDuration() {
		MvcTestResult result = post(
				"""
						{"goal":"CHRONIC_PAIN","lifestyle":"OTHER","massageType":"SWEDISH","painLevel":7,"painDuration":"NONE"}""");
		assertProblem(result, HttpStatus.BAD_REQUEST);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.errors[*].field").asArray().containsExactly("painDuration");
		json.extractingPath("$.errors[0].message").asString().startsWith("contradicts painLevel");
		// no pain today with the chronic-pain goal is no contradiction, nor is a duration
		// left out (the contract's default)
		assertThat(
				post("""
						{"goal":"CHRONIC_PAIN","lifestyle":"OTHER","massageType":"SWEDISH","painLevel":0,"painDuration":"NONE"}"""))
			.hasStatusOk();
		assertThat(post("""
				{"goal":"CHRONIC_PAIN","lifestyle":"OTHER","massageType":"SWEDISH","painLevel":7}""")).hasStatusOk();
	}

	@Test
	void refusesAKeyGivenTwice() {
		assertProblem(
				post("""
						{"goal":"RELAXATION","goal":"CHRONIC_PAIN","lifestyle":"OTHER","massageType":"SWEDISH","painLevel":3}"""),
				HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusesABodyOverTheLimitBeforeParsingIt() {
		String huge = "{\"goal\":\"" + "A".repeat(70 * 1024) + "\"}";
		assertProblem(post(huge), HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void refusesAnotherMediaType() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello")
			.exchange();
		assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/yaml", "application/xml", "text/xml", "application/x-jackson-smile",
			"application/cbor" })
	void readsJsonOnlyWhateverLibrariesAreOnTheClassPath(String mediaType) {
		// a YAML body was once read with springdoc's Jackson 2, past every strict JSON
		// rule:
		// an unknown field was accepted
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.parseMediaType(mediaType))
			.content("goal: RELAXATION\nlifestyle: OTHER\nmassageType: SWEDISH\npainLevel: 3\nbogus: 1\n")
			.exchange();
		assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	/**
	 * Valid answers, with one field replaced or added.
	 * @param field a JSON member such as {@code "painLevel": 11}
	 */
	private static String answersWith(String field) {
		Map<String, String> members = new LinkedHashMap<>();
		members.put("goal", "\"RELAXATION\"");
		members.put("lifestyle", "\"OTHER\"");
		members.put("massageType", "\"SWEDISH\"");
		members.put("painLevel", "3");
		String name = field.substring(field.indexOf('"') + 1, field.indexOf('"', field.indexOf('"') + 1));
		members.put(name, field.substring(field.indexOf(':') + 1).trim());
		StringBuilder json = new StringBuilder("{");
		members.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(key)
			.append("\":")
			.append(value));
		return json.append('}').toString();
	}

	@Test
	void refusesAnotherMethodWithTheAllowedOne() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/recommendations").exchange();
		assertProblem(result, HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(result).hasHeader("Allow", "POST");
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.status").isEqualTo(status.value());
		json.extractingPath("$.title").asString().isNotBlank();
		json.extractingPath("$.detail").asString().isNotBlank();
		json.extractingPath("$.errors").asArray().isNotNull();
		assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("Exception", "at com.");
	}

}
