package com.massageadvisor.checkin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Soreness;
import com.massageadvisor.system.PublicIds;
import com.massageadvisor.system.SecurityConfiguration;
import com.massageadvisor.system.WebConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The check-in form's web layer on its own: every way of getting it wrong comes back as
 * the form with a {@code 422}, an error summary that names the field, the field's own
 * message and everything typed kept, in English and French; nothing is stored then. A
 * valid check-in is stored and redirected to the result page's follow-up section.
 */
@WebMvcTest(CheckInController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, CheckInControllerTests.FixedClock.class })
class CheckInControllerTests {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

	private static final Answers ANSWERS = Answers
		.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
		.pain(6, PainDuration.CHRONIC)
		.build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MessageSource messages;

	@MockitoBean
	private Assessments assessments;

	@MockitoBean
	private CheckIns checkIns;

	private Assessment assessment;

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@BeforeEach
	void assessment() {
		this.assessment = new Assessment("Check-in slice", null, Locale.ENGLISH, ANSWERS,
				new RulesEngine().evaluate(ANSWERS), NOW.minusSeconds(20 * 86400));
		given(this.assessments.openLink(this.assessment.getPublicId())).willReturn(this.assessment);
		given(this.checkIns.history(any())).willReturn(List.of());
	}

	private MvcTestResult submit(Locale locale, String... params) {
		var request = this.mvc.post()
			.uri("/assessments/" + this.assessment.getPublicId() + "/check-ins")
			.with(csrf())
			.header("Accept-Language", locale.toLanguageTag());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private static String[] valid(String... overrides) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("date", TODAY.toString());
		values.put("sessionsSinceLast", "2");
		values.put("painLevel", "4");
		values.put("reliefDays", "9");
		values.put("soreness", "UNDER_48H");
		values.put("change", "BETTER");
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1] == null) {
				values.remove(overrides[i]);
			}
			else {
				values.put(overrides[i], overrides[i + 1]);
			}
		}
		return values.entrySet()
			.stream()
			.flatMap((entry) -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
			.toArray(String[]::new);
	}

	private static Document page(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	@Test
	void theFormAsksEveryQuestionAndStartsOnToday() {
		MvcTestResult result = this.mvc.get()
			.uri("/assessments/" + this.assessment.getPublicId() + "/check-in")
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = page(result);
		assertThat(page.select("h1").text()).isEqualTo(text("checkIn.heading", Locale.ENGLISH));
		assertThat(page.select("input[name=date]").attr("value")).isEqualTo(TODAY.toString());
		for (String field : CheckInController.FIELDS) {
			assertThat(page.select("[name=" + field + "]")).as(field).isNotEmpty();
		}
		assertThat(page.select("input[name=redFlags]")).hasSize(RedFlag.values().length);
		assertThat(page.select("input[name=change]")).hasSize(Change.values().length);
		assertThat(page.select("input[name=_csrf]")).hasSize(1);
	}

	@Test
	void aValidCheckInIsStoredAndLeadsBackToTheFollowUp() {
		MvcTestResult result = submit(Locale.ENGLISH, valid());
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/assessments/" + this.assessment.getPublicId() + "#follow-up");
		ArgumentCaptor<CheckIn> stored = ArgumentCaptor.forClass(CheckIn.class);
		then(this.checkIns).should().record(eq(this.assessment), eq(TODAY), stored.capture());
		assertThat(stored.getValue())
			.isEqualTo(new CheckIn(2, 4, 9, Soreness.UNDER_48H, Change.BETTER, false, java.util.Set.of()));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(nullValues = "NULL",
			value = { "painLevel, NULL, NotNull.checkIn.painLevel", "painLevel, 11, Max.checkIn.painLevel",
					"painLevel, -1, Min.checkIn.painLevel", "painLevel, four, typeMismatch.checkIn.painLevel",
					"sessionsSinceLast, NULL, NotNull.checkIn.sessionsSinceLast",
					"sessionsSinceLast, 21, Max.checkIn.sessionsSinceLast", "reliefDays, 91, Max.checkIn.reliefDays",
					"reliefDays, 2.5, typeMismatch.checkIn.reliefDays", "change, NULL, NotNull.checkIn.change",
					"change, BETTERISH, typeMismatch.checkIn.change", "soreness, SOME, typeMismatch.checkIn.soreness",
					"redFlags, HEADACHE, typeMismatch.checkIn.redFlags", "date, NULL, NotNull.checkIn.date",
					"date, 03/12/2026, typeMismatch.checkIn.date", "date, 2026-12-04, checkIn.date.future",
					"date, 2026-11-01, checkIn.date.beforePlan" })
	void aWrongAnswerComesBackOnItsFieldWithEverythingElseKept(String field, String value, String key) {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			MvcTestResult result = submit(locale, valid(field, value));
			assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			Document page = page(result);
			String message = text(key, locale);
			assertThat(
					page.select("#error-summary a[href=#" + field + "], #error-summary a[href^=#" + field + "]").text())
				.as("summary in %s", locale)
				.contains(message);
			assertThat(page.text()).contains(message);
			if (!field.equals("reliefDays")) {
				assertThat(page.select("input[name=reliefDays]").attr("value")).isEqualTo("9");
			}
			assertThat(page.select("input[name=change][checked]").attr("value"))
				.isEqualTo(field.equals("change") ? "" : "BETTER");
		}
		then(this.checkIns).should(never()).record(any(), any(), any());
	}

	@Test
	void aDateBeforeTheLastCheckInIsRefused() {
		CheckInRecord previous = org.mockito.Mockito.mock(CheckInRecord.class);
		given(previous.getDate()).willReturn(TODAY.minusDays(2));
		given(this.checkIns.history(this.assessment.getPublicId())).willReturn(List.of(previous));
		MvcTestResult result = submit(Locale.ENGLISH, valid("date", TODAY.minusDays(3).toString()));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(page(result).select("#error-summary").text())
			.contains(text("checkIn.date.beforePrevious", Locale.ENGLISH));
		then(this.checkIns).should(never()).record(any(), any(), any());
	}

	@Test
	void twoDifferentValuesForOneAnswerAreRefused() {
		MvcTestResult result = submit(Locale.ENGLISH, valid("painLevel", "4"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		var request = this.mvc.post().uri("/assessments/" + this.assessment.getPublicId() + "/check-ins").with(csrf());
		String[] params = valid();
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		request.param("painLevel", "9");
		assertThat(request.exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void withoutTheFormsTokenNothingIsStored() {
		RequestPostProcessor noToken = (request) -> request;
		var request = this.mvc.post().uri("/assessments/" + this.assessment.getPublicId() + "/check-ins").with(noToken);
		String[] params = valid();
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		assertThat(request.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		then(this.checkIns).should(never()).record(any(), any(), any());
	}

	@Test
	void anUnknownPlanIsNotFound() {
		given(this.assessments.openLink(any())).willAnswer((call) -> PublicIds.found(Optional.empty()));
		assertThat(this.mvc.get().uri("/assessments/" + UUID.randomUUID() + "/check-in").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/assessments/not-an-id/check-in").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

}
