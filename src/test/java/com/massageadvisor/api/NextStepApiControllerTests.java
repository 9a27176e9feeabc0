package com.massageadvisor.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.massageadvisor.plan.RecommendationConfiguration;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.system.SecurityConfiguration;
import com.massageadvisor.system.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(NextStepApiController.class)
@Import({ RecommendationConfiguration.class, RecommendationMessages.class, WebConfiguration.class,
		SecurityConfiguration.class })
class NextStepApiControllerTests {

	/**
	 * Chronic pain 6, a desk worker: an initial series every 3 to 4 days, then longer.
	 */
	private static final String ANSWERS = """
			{"goal":"CHRONIC_PAIN","lifestyle":"DESK_WORKER","massageType":"SWEDISH","painLevel":6,
			 "painDuration":"CHRONIC"}""";

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult post(String json) {
		return this.mvc.post()
			.uri("/api/v1/recommendations/next")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(json)
			.exchange();
	}

	private static String body(String... checkIns) {
		return "{\"answers\":" + ANSWERS + ",\"checkIns\":[" + String.join(",", checkIns) + "]}";
	}

	/**
	 * A check-in {@code daysAgo} days ago: two sessions, pain 5, no change, with members
	 * replaced or added.
	 * @param members JSON members such as {@code "painLevel":3}, separated by commas
	 * outside brackets
	 */
	private static String checkIn(int daysAgo, String members) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", "\"" + TODAY.minusDays(daysAgo) + "\"");
		fields.put("sessionsSinceLast", "2");
		fields.put("painLevel", "5");
		fields.put("change", "\"SAME\"");
		for (String member : members.split(",(?![^\\[]*\\])")) {
			if (!member.isBlank()) {
				int colon = member.indexOf(':');
				fields.put(member.substring(0, colon).trim().replace("\"", ""), member.substring(colon + 1).trim());
			}
		}
		StringBuilder json = new StringBuilder("{");
		fields.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(key)
			.append("\":")
			.append(value));
		return json.append('}').toString();
	}

	@Test
	void reliefOutlastingTheGapWithLessPainLengthensThePlanInTheContractsShape() {
		MvcTestResult result = post(body(checkIn(14, "\"painLevel\":3,\"reliefDays\":12,\"change\":\"BETTER\"")));
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.step").asString().isIn("ADVANCE", "LENGTHEN");
		json.extractingPath("$.stepReason.code").asString().startsWith("WORK_HOLDS");
		json.extractingPath("$.stepReason.message").asString().contains("12 days");
		json.extractingPath("$.stepReason.sources").asArray().isNotEmpty();
		json.extractingPath("$.currentPhase").asString().isNotBlank();
		// the recommendation fields of the plan from now on, at the top level
		json.extractingPath("$.rulesVersion").asString().isNotBlank();
		json.extractingPath("$.massageAdvisable").isEqualTo(true);
		json.extractingPath("$.interval.minDays")
			.asNumber()
			.satisfies((days) -> assertThat(days.intValue()).isGreaterThanOrEqualTo(12));
		json.extractingPath("$.phases[0].intervalMinDays")
			.asNumber()
			.satisfies((days) -> assertThat(days.intValue()).isGreaterThanOrEqualTo(12));
		json.extractingPath("$.minimumGapHours").asNumber().isNotNull();
		json.extractingPath("$.sessionMinutes.min").asNumber().isNotNull();
	}

	@Test
	void aRedFlagStopsWithNothingToBookFrom() {
		var json = assertThat(post(body(checkIn(20, ""), checkIn(10, ""),
				checkIn(0, "\"redFlags\":[\"NIGHT_PAIN\",\"SADDLE_NUMBNESS\"]"))))
			.hasStatusOk()
			.bodyJson();
		json.extractingPath("$.step").isEqualTo("STOP");
		json.extractingPath("$.stepReason.code").isEqualTo("RED_FLAG");
		json.extractingPath("$.stepReason.message").asString().contains("today");
		json.extractingPath("$.massageAdvisable").isEqualTo(false);
		json.extractingPath("$.interval").isNull();
		json.extractingPath("$.phases").asArray().isEmpty();
		json.extractingPath("$.currentPhase").isNull();
		json.extractingPath("$.warnings[*].redFlag").asArray().startsWith("SADDLE_NUMBNESS", "NIGHT_PAIN");
		json.extractingPath("$.warnings[*].severity").asArray().containsOnly("STOP", "CONSULT");
		json.extractingPath("$.advice[*].code").asArray().containsExactly("SEE_DOCTOR_URGENTLY");
	}

	@Test
	void painWorseThanAtTheStartRefers() {
		var json = assertThat(post(body(checkIn(3, "\"painLevel\":8,\"change\":\"SLIGHTLY_WORSE\"")))).hasStatusOk()
			.bodyJson();
		json.extractingPath("$.step").isEqualTo("REFER");
		json.extractingPath("$.stepReason.sources").asArray().isNotEmpty();
		json.extractingPath("$.phases").asArray().isEmpty();
	}

	@Test
	void sorenessOverTwoDaysEasesWithALongerGap() {
		var json = assertThat(post(body(checkIn(3, "\"soreness\":\"OVER_48H\"")))).hasStatusOk().bodyJson();
		json.extractingPath("$.step").isEqualTo("EASE");
		json.extractingPath("$.stepReason.guidelines").asArray().containsExactly("S6");
	}

	@Test
	void acceptsTodayAndTwoCheckInsOnTheSameDay() {
		assertThat(post(body(checkIn(0, ""), checkIn(0, "")))).hasStatusOk();
	}

	@Test
	void refusesADateInTheFuture() {
		MvcTestResult result = post(body(checkIn(7, ""), checkIn(-3, "")));
		assertProblem(result);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.errors[0].field").isEqualTo("checkIns[1].date");
		json.extractingPath("$.errors[0].message").isEqualTo("must not be in the future");
	}

	@Test
	void refusesDatesOutOfOrderAndNamesEveryBadFieldAtOnce() {
		MvcTestResult result = post(body(checkIn(3, "\"painLevel\":11"), checkIn(10, "")));
		assertProblem(result);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("checkIns[0].painLevel", "checkIns[1].date");
		json.extractingPath("$.errors[?(@.field == 'checkIns[1].date')].message")
			.asArray()
			.containsExactly("must not be before the date of the previous check-in");
	}

	@Test
	void refusesMoreThanFiftyTwoCheckIns() {
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 53; i++) {
			many.add(checkIn(60, ""));
		}
		MvcTestResult result = post(body(many.toArray(String[]::new)));
		assertProblem(result);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("checkIns");
		many.remove(0);
		assertThat(post(body(many.toArray(String[]::new)))).hasStatusOk();
	}

	@Test
	void refusesNoCheckIn() {
		assertProblem(post(body()));
		MvcTestResult missing = post("{\"answers\":" + ANSWERS + "}");
		assertProblem(missing);
		assertThat(missing).bodyJson().extractingPath("$.errors[0].field").isEqualTo("checkIns");
	}

	@Test
	void namesEveryMissingRequiredField() {
		MvcTestResult result = post("{\"answers\":{},\"checkIns\":[{}]}");
		assertProblem(result);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("answers.goal", "answers.lifestyle", "answers.massageType", "answers.painLevel",
					"checkIns[0].date", "checkIns[0].sessionsSinceLast", "checkIns[0].painLevel", "checkIns[0].change");
		MvcTestResult noAnswers = post("{\"checkIns\":[" + checkIn(1, "") + "]}");
		assertProblem(noAnswers);
		assertThat(noAnswers).bodyJson().extractingPath("$.errors[0].field").isEqualTo("answers");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"sessionsSinceLast": 21         | checkIns[0].sessionsSinceLast | must be 20 or less
					"sessionsSinceLast": -1         | checkIns[0].sessionsSinceLast | must be 0 or more
					"painLevel": 11                 | checkIns[0].painLevel         | must be 10 or less
					"reliefDays": 91                | checkIns[0].reliefDays        | must be 90 or less
					"change": "BETTERISH"           | checkIns[0].change            | must be one of: MUCH_BETTER, BETTER, SLIGHTLY_BETTER, SAME, SLIGHTLY_WORSE, WORSE, MUCH_WORSE
					"change": 1                     | checkIns[0].change            | must be one of:
					"soreness": "over_48h"          | checkIns[0].soreness          | must be one of: NONE, UNDER_48H, OVER_48H
					"redFlags": ["FEVER", "FLU"]    | checkIns[0].redFlags[1]       | must be one of:
					"painDuringSession": "yes"      | checkIns[0].painDuringSession | must be true or false
					"painLevel": 5.5                | checkIns[0].painLevel         | must be a whole number
					"date": "2026-02-30"            | checkIns[0].date              | must be a date written as YYYY-MM-DD
					"date": 20261203                | checkIns[0].date              | must be a date
					"mood": "fine"                  | checkIns[0].mood              | is not a known field
					""")
	void namesTheBadFieldOfACheckIn(String member, String field, String message) {
		String replaced = checkIn(1, member);
		MvcTestResult result = post(body(replaced));
		assertProblem(result);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.errors[0].field").isEqualTo(field);
		json.extractingPath("$.errors[0].message").asString().startsWith(message);
	}

	@Test
	void refusesAnUnknownAnswerAndAnUnknownTopLevelField() {
		MvcTestResult result = post("{\"answers\":" + ANSWERS.replace("SWEDISH", "SWEDISH_PLUS") + ",\"checkIns\":["
				+ checkIn(1, "") + "]}");
		assertProblem(result);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("answers.massageType");
		MvcTestResult extra = post(body(checkIn(1, "")).replace("{\"answers\"", "{\"plan\":1,\"answers\""));
		assertProblem(extra);
		assertThat(extra).bodyJson().extractingPath("$.errors[0].field").isEqualTo("plan");
	}

	@Test
	void refusesABodyThatIsNotJsonAndAnotherMethod() {
		assertProblem(post("checkIns=1"));
		MvcTestResult get = this.mvc.get().uri("/api/v1/recommendations/next").exchange();
		assertThat(get).hasStatus(HttpStatus.METHOD_NOT_ALLOWED).hasHeader("Allow", "POST");
	}

	@Test
	void speaksFrench() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/recommendations/next")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "fr")
			.content(body(checkIn(7, ""), checkIn(-2, "")))
			.exchange();
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("ne doit pas être dans le futur");
	}

	private static void assertProblem(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.status").isEqualTo(400);
		json.extractingPath("$.title").asString().isNotBlank();
		json.extractingPath("$.detail").asString().isNotBlank();
		json.extractingPath("$.errors").asArray().isNotEmpty();
		assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("Exception", "at com.");
	}

}
