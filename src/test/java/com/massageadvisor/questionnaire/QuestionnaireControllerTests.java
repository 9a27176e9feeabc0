package com.massageadvisor.questionnaire;

import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.massageadvisor.TestMessages;
import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.InjurySeverity;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.system.SecurityConfiguration;
import com.massageadvisor.system.WebConfiguration;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;

/**
 * The start page and the questionnaire as a person sees them: the pages are parsed and
 * checked for what they show, and every way of getting the form wrong is checked for an
 * error that names the field, links to it and keeps everything else that was typed. Every
 * expected text is read from {@code messages.properties}, never written here.
 */
@WebMvcTest(QuestionnaireController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, BlankFormPage.class })
class QuestionnaireControllerTests {

	private static final Path FRENCH_MESSAGES = Path.of("src/main/resources/messages_fr.properties");

	private static final ResourceBundleMessageSource MESSAGES = TestMessages.source();

	private static final Pattern EXTERNAL_URL = Pattern.compile("(?i)^\\s*(https?:)?//.*");

	/** Valid in form, but longer than 254 characters: 64 + 1 + 3 * 64 + 11. */
	private static final String LONG_EMAIL = "a".repeat(64) + "@" + ("b".repeat(63) + ".").repeat(3) + "example.com";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Assessments assessments;

	private final AtomicReference<Assessment> created = new AtomicReference<>();

	@BeforeEach
	void storeAssessments() {
		given(this.assessments.create(any(), any(), any(), any())).willAnswer((invocation) -> {
			Answers answers = invocation.getArgument(3);
			Assessment assessment = new Assessment(invocation.getArgument(0), invocation.getArgument(1),
					invocation.getArgument(2), answers, new RulesEngine().evaluate(answers),
					Instant.parse("2026-03-02T10:15:30Z"));
			this.created.set(assessment);
			return assessment;
		});
	}

	@Test
	void startPageIntroducesTheQuestionnaireAndLinksToIt() {
		MvcTestResult result = this.mvc.get().uri("/").exchange();
		assertThat(result).hasStatusOk().hasViewName("home");
		Document page = parse(result);
		assertThat(page.title()).isEqualTo(text("home.title"));
		assertThat(page.select("h1")).singleElement().extracting(Element::text).isEqualTo(text("home.heading"));
		Element intro = page.selectFirst("main p.lead");
		assertThat(intro).as("the introduction").isNotNull();
		assertThat(intro.text()).isEqualTo(text("home.intro"));
		assertThat(intro.text().split("(?<=[.!?])\\s+")).as("sentences of the introduction").hasSize(2);
		assertThat(page.select("main a[href=/assessments/new]")).singleElement()
			.extracting(Element::text)
			.isEqualTo(text("home.start"));
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertSelfContained(page);
		assertReferencesResolve(page);
	}

	@Test
	void formHasOneFieldsetWithALegendPerSection() {
		Document page = getForm();
		assertThat(page.title()).isEqualTo(text("form.title"));
		assertThat(page.select("h1")).singleElement().extracting(Element::text).isEqualTo(text("form.heading"));
		assertThat(page.select("main p.lead")).singleElement().extracting(Element::text).isEqualTo(text("form.intro"));
		Element form = form(page);
		// four steps (one at a time where the script runs), each a fieldset of questions
		assertThat(form.select("> fieldset.step > legend > h2").eachText()).containsExactly(text("form.step.you"),
				text("form.step.pain"), text("form.step.health"), text("form.step.finish"));
		assertThat(form.select("> fieldset").eachAttr("class")).containsOnly("step");
		assertThat(form.select("> fieldset > fieldset > legend").eachText()).containsExactly(text("form.section.goal"),
				text("form.section.lifestyle"), text("form.section.massage"), text("form.painDuration"),
				text("form.section.signs"), text("form.redFlags"), text("form.section.conditions"),
				text("form.injurySeverity") + " " + text("form.optional"),
				text("form.section.budget") + " " + text("form.optional"), text("form.section.consent"));
		assertThat(form.select("[data-step]")).extracting((step) -> step.attr("data-progress"))
			.containsExactly("Step 1 of 4", "Step 2 of 4", "Step 3 of 4", "Step 4 of 4");
		assertThat(form.select("[data-step-progress]").hasAttr("hidden")).as("the progress shows only with the script")
			.isTrue();
		assertThat(form.select("[data-step-nav]")).as("Next and Back show only with the script")
			.allMatch((nav) -> nav.hasAttr("hidden"));
		for (Element fieldset : form.select("fieldset")) {
			assertThat(fieldset.child(0).tagName()).as("first child of %s", fieldset.cssSelector()).isEqualTo("legend");
			assertThat(fieldset.select("> legend")).as("legends of %s", fieldset.cssSelector()).hasSize(1);
		}
		assertThat(legendOf(page, "painDuration")).isEqualTo(text("form.painDuration"));
		assertThat(legendOf(page, "massageType")).isEqualTo(text("form.massageType"));
		assertThat(form.select("button[type=submit]")).singleElement()
			.extracting(Element::text)
			.isEqualTo(text("form.submit"));
		assertThat(page.select("[role=alert], .field-error, .has-error")).as("errors on a new form").isEmpty();
	}

	@Test
	void formOffersEveryChoiceWithItsLabelAndHelp() {
		Document page = getForm();
		assertChoices(page, "goal", "radio", Goal.values(), "goal.", false);
		assertChoices(page, "lifestyle", "radio", Lifestyle.values(), "lifestyle.", false);
		assertChoices(page, "massageType", "radio", MassageType.values(), "massageType.", false);
		assertChoices(page, "painDuration", "radio", PainDuration.values(), "painDuration.", false);
		assertChoices(page, "conditions", "checkbox", Condition.values(), "condition.", true);
		assertChoices(page, "signs", "checkbox", Sign.values(), "sign.", true);
		assertThat(labelOf(page, "clientName")).isEqualTo(text("form.clientName"));
		assertThat(labelOf(page, "email")).startsWith(text("form.email"));
		assertThat(labelOf(page, "painLevel")).isEqualTo(text("form.painLevel"));
		assertThat(labelOf(page, "soreAfterLastMassage")).isEqualTo(text("form.soreAfterLastMassage"));
		assertThat(labelOf(page, "sessionPrice")).startsWith(text("form.sessionPrice", "EUR"));
		assertThat(labelOf(page, "monthlyBudget")).startsWith(text("form.monthlyBudget", "EUR"));
		assertThat(labelOf(page, "consent")).isEqualTo(text("form.consent"));
		assertThat(page.select("#consent-hint")).singleElement()
			.extracting(Element::text)
			.isEqualTo(text("form.consent.hint", "Massage Advisor Clinic"));
	}

	@Test
	void theRedFlagQuestionWasMissing_formAsksForTheSevenSymptomsInPlainWords() {
		Document page = getForm();
		assertChoices(page, "redFlags", "checkbox", RedFlag.values(), "redFlag.", false);
		assertThat(legendOf(page, "redFlags")).isEqualTo(text("form.redFlags"));
		Element fieldset = page.selectFirst("input[name=redFlags]").closest("fieldset");
		// the hint and what to do when none applies are read with the question
		assertThat(fieldset.attr("aria-describedby").split(" ")).containsExactly("redFlags-hint", "redFlags-none");
		assertThat(page.getElementById("redFlags-hint").text()).isEqualTo(text("form.redFlags.hint"));
		assertThat(page.getElementById("redFlags-none").text()).isEqualTo(text("form.redFlags.noneHint"));
		assertThat(fieldset.select("input[checked]")).as("no symptom ticked on a new form").isEmpty();
		// asked right after the pain, before the conditions
		List<String> names = form(page).select("input[type=checkbox], input[type=radio]").eachAttr("name");
		assertThat(names.indexOf("redFlags")).isGreaterThan(names.lastIndexOf("painDuration"))
			.isLessThan(names.indexOf("conditions"));
	}

	@Test
	void injurySeverityAndTheGoAheadWereNotAsked_formAsksThemWithoutNeedingScript() {
		Document page = getForm();
		assertChoices(page, "injurySeverity", "radio", InjurySeverity.values(), "injurySeverity.", false);
		assertThat(legendOf(page, "injurySeverity"))
			.isEqualTo(text("form.injurySeverity") + " " + text("form.optional"));
		assertThat(page.getElementById("injurySeverity-hint").text()).isEqualTo(text("form.injurySeverity.hint"));
		assertThat(labelOf(page, "medicallyCleared")).isEqualTo(text("form.medicallyCleared"));
		assertThat(page.select("input#medicallyCleared").attr("aria-describedby")).isEqualTo("medicallyCleared-hint");
		assertThat(page.getElementById("medicallyCleared-hint").text()).isEqualTo(text("form.medicallyCleared.hint"));
	}

	@Test
	void theNewAnswersWereDroppedByTheBinder_redFlagsSeverityAndGoAheadReachTheEngine() {
		Map<String, List<String>> answers = validAnswers();
		answers.put("goal", List.of("ACUTE_INJURY"));
		answers.put("injurySeverity", List.of("MINOR"));
		answers.put("redFlags", List.of("NIGHT_PAIN", "SADDLE_NUMBNESS"));
		answers.put("_redFlags", List.of("on"));
		answers.put("medicallyCleared", List.of("true"));
		answers.put("_medicallyCleared", List.of("on"));
		assertThat(post(answers)).hasStatus(HttpStatus.FOUND);
		ArgumentCaptor<Answers> captured = ArgumentCaptor.forClass(Answers.class);
		then(this.assessments).should().create(any(), any(), any(), captured.capture());
		assertThat(captured.getValue().injurySeverity()).isEqualTo(InjurySeverity.MINOR);
		assertThat(captured.getValue().redFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS, RedFlag.NIGHT_PAIN);
		assertThat(captured.getValue().medicallyCleared()).isTrue();
	}

	@Test
	void aFormWithoutTheNewAnswersMeansNoRedFlagAndNoGoAhead() {
		assertThat(post(validAnswers())).hasStatus(HttpStatus.FOUND);
		ArgumentCaptor<Answers> captured = ArgumentCaptor.forClass(Answers.class);
		then(this.assessments).should().create(any(), any(), any(), captured.capture());
		assertThat(captured.getValue().redFlags()).isEmpty();
		assertThat(captured.getValue().injurySeverity()).isNull();
		assertThat(captured.getValue().medicallyCleared()).isFalse();
	}

	@Test
	void formMarksTheOptionalQuestionsOnly() {
		Document page = getForm();
		String optional = text("form.optional");
		assertThat(labelOf(page, "email")).endsWith(optional);
		assertThat(legendOf(page, "conditions")).contains(optional);
		assertThat(legendOf(page, "signs")).contains(optional);
		assertThat(labelOf(page, "sessionPrice")).endsWith(optional);
		assertThat(labelOf(page, "monthlyBudget")).endsWith(optional);
		assertThat(labelOf(page, "clientName")).doesNotContain(optional);
		assertThat(labelOf(page, "painLevel")).doesNotContain(optional);
		for (String required : List.of("goal", "lifestyle", "painDuration", "massageType", "consent")) {
			assertThat(legendOf(page, required)).as("legend of %s", required).doesNotContain(optional);
		}
	}

	@Test
	void formPreSelectsNoAnswerThatMatters() {
		// issue 15: the pain level, its duration and the type were pre-filled (0, "no
		// back
		// pain", "not sure"), so a client could send a plan for someone without pain
		Document page = getForm();
		assertThat(page.select("input[name=painLevel]")).singleElement().extracting(Element::val).isEqualTo("");
		for (String unchosen : List.of("goal", "injurySeverity", "lifestyle", "painDuration", "massageType", "redFlags",
				"conditions", "medicallyCleared", "signs", "soreAfterLastMassage", "consent")) {
			assertThat(checkedValues(page, unchosen)).as("%s ticked on a new form", unchosen).isEmpty();
		}
		for (String empty : List.of("clientName", "email", "sessionPrice", "monthlyBudget")) {
			assertThat(page.select("input[name=" + empty + "]")).singleElement()
				.extracting(Element::val)
				.as("%s on a new form", empty)
				.isEqualTo("");
		}
	}

	@Test
	void formLoadsNothingFromAnotherSite() {
		Document page = getForm();
		assertSelfContained(page);
		assertReferencesResolve(page);
		assertThat(form(page).attr("action")).isEqualTo("/assessments");
		assertThat(form(page).attr("method")).isEqualToIgnoringCase("post");
	}

	@Test
	void validAnswersAreStoredAndRedirectToTheirResult() {
		MvcTestResult result = post(validAnswers());
		Assessment assessment = this.created.get();
		assertThat(assessment).as("the stored assessment").isNotNull();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/assessments/" + assessment.getPublicId());
		String id = result.getResponse().getRedirectedUrl().substring("/assessments/".length());
		assertThat(UUID.fromString(id)).hasToString(id);
		ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
		then(this.assessments).should()
			.create(eq("Ann Example"), eq("ann@example.com"), eq(Locale.ENGLISH), answers.capture());
		then(this.assessments).shouldHaveNoMoreInteractions();
		Answers posted = answers.getValue();
		assertThat(posted).isEqualTo(expectedAnswers());
		assertThat(posted.conditions()).containsExactly(Condition.HERNIATED_DISC, Condition.ARTHRITIS);
		assertThat(posted.signs()).containsExactly(Sign.HEADACHES, Sign.POOR_SLEEP);
		assertThat(posted.sessionPrice()).isEqualByComparingTo("80");
		assertThat(posted.monthlyBudget()).isEqualByComparingTo("200");
		assertThat(posted.soreAfterLastMassage()).isTrue();
		assertThat(posted.painLevel()).isEqualTo(6);
	}

	@Test
	void aBlankEmailIsStoredAsNone() {
		Map<String, List<String>> answers = validAnswers();
		answers.put("email", List.of("   "));
		answers.put("sessionPrice", List.of(""));
		answers.put("monthlyBudget", List.of(""));
		answers.remove("conditions");
		answers.remove("signs");
		answers.remove("soreAfterLastMassage");
		assertThat(post(answers)).hasStatus(HttpStatus.FOUND);
		ArgumentCaptor<Answers> captured = ArgumentCaptor.forClass(Answers.class);
		then(this.assessments).should().create(eq("Ann Example"), eq(null), eq(Locale.ENGLISH), captured.capture());
		assertThat(captured.getValue().conditions()).isEmpty();
		assertThat(captured.getValue().signs()).isEmpty();
		assertThat(captured.getValue().soreAfterLastMassage()).isFalse();
		assertThat(captured.getValue().sessionPrice()).isNull();
		assertThat(captured.getValue().monthlyBudget()).isNull();
	}

	@Test
	void readsAmountsWithADecimalCommaOrSpaces() {
		Map<String, List<String>> answers = validAnswers();
		answers.put("sessionPrice", List.of("59,50"));
		answers.put("monthlyBudget", List.of("1 500"));
		assertThat(post(answers)).hasStatus(HttpStatus.FOUND);
		ArgumentCaptor<Answers> captured = ArgumentCaptor.forClass(Answers.class);
		then(this.assessments).should().create(any(), any(), any(), captured.capture());
		assertThat(captured.getValue().sessionPrice()).isEqualByComparingTo("59.50");
		assertThat(captured.getValue().monthlyBudget()).isEqualByComparingTo("1500");
	}

	@Test
	void anEmailIsStoredTrimmed() {
		Map<String, List<String>> answers = validAnswers();
		answers.put("email", List.of("  ann@example.com\t"));
		assertThat(post(answers)).hasStatus(HttpStatus.FOUND);
		then(this.assessments).should().create(eq("Ann Example"), eq("ann@example.com"), any(), any());
	}

	@Test
	void storesTheLanguageTheClientUsed() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/assessments")
			.cookie(new Cookie("lang", "fr"))
			.formFields(toMultiValueMap(validAnswers()))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		then(this.assessments).should().create(any(), any(), eq(Locale.FRENCH), any());
	}

	@Test
	void storesEnglishWhenTheCookieAsksForAnUntranslatedLanguage() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/assessments")
			.cookie(new Cookie("lang", "de"))
			.formFields(toMultiValueMap(validAnswers()))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		then(this.assessments).should().create(any(), any(), eq(Locale.ENGLISH), any());
	}

	@Test
	void ignoresFieldsThatAreNotQuestions() {
		Map<String, List<String>> answers = validAnswers();
		answers.put("id", List.of("5"));
		answers.put("publicId", List.of("00000000-0000-0000-0000-000000000001"));
		answers.put("rulesVersion", List.of("x"));
		answers.put("createdAt", List.of("2000-01-01T00:00:00Z"));
		answers.put("consentAt", List.of("2000-01-01T00:00:00Z"));
		answers.put("version", List.of("9"));
		answers.put("massageAdvisable", List.of("false"));
		answers.put("recommendation", List.of("{}"));
		answers.put("answers.painLevel", List.of("10"));
		answers.put("class.name", List.of("x"));
		MvcTestResult result = post(answers);
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/assessments/" + this.created.get().getPublicId())
			.doesNotContain("00000000-0000-0000-0000-000000000001");
		ArgumentCaptor<Answers> captured = ArgumentCaptor.forClass(Answers.class);
		then(this.assessments).should()
			.create(eq("Ann Example"), eq("ann@example.com"), eq(Locale.ENGLISH), captured.capture());
		assertThat(captured.getValue()).isEqualTo(expectedAnswers());
		assertThat(this.created.get().getRulesVersion()).isEqualTo(RulesEngine.RULES_VERSION);
	}

	static Stream<Arguments> invalidAnswers() {
		return Stream.of(invalid("a blank name", "clientName", "NotBlank.questionnaire.clientName", ""),
				invalid("a name of whitespace only", "clientName", "NotBlank.questionnaire.clientName", "  \t  "),
				invalid("a name over 100 characters", "clientName", "Size.questionnaire.clientName", "n".repeat(101)),
				invalid("a name with a control character", "clientName", "Pattern.questionnaire.clientName",
						"Ann\u0007Example"),
				invalid("an email that is not one", "email", "Email.questionnaire.email", "ann.example.com"),
				invalid("an email whose domain has no dot", "email", "Email.questionnaire.email", "dana@example"),
				invalid("an email over 254 characters", "email", "Size.questionnaire.email", LONG_EMAIL),
				invalid("no goal", "goal", "NotNull.questionnaire.goal"),
				invalid("an unknown goal", "goal", "typeMismatch.questionnaire.goal", "SLEEP"),
				invalid("no lifestyle", "lifestyle", "NotNull.questionnaire.lifestyle"),
				invalid("an unknown lifestyle", "lifestyle", "typeMismatch.questionnaire.lifestyle", "ASTRONAUT"),
				invalid("no massage type", "massageType", "NotNull.questionnaire.massageType", ""),
				invalid("an unknown massage type", "massageType", "typeMismatch.questionnaire.massageType", "SHIATSU"),
				invalid("an unknown condition", "conditions", "typeMismatch.questionnaire.conditions", "ARTHRITIS",
						"FLU"),
				invalid("an unknown sign", "signs", "typeMismatch.questionnaire.signs", "HEADACHES", "HICCUPS"),
				invalid("an unknown red flag", "redFlags", "typeMismatch.questionnaire.redFlags", "FEVER", "DIZZINESS"),
				invalid("an unknown injury severity", "injurySeverity", "typeMismatch.questionnaire.injurySeverity",
						"FATAL"),
				invalid("a go-ahead that is not yes or no", "medicallyCleared",
						"typeMismatch.questionnaire.medicallyCleared", "perhaps"),
				invalid("no pain level", "painLevel", "NotNull.questionnaire.painLevel", ""),
				invalid("a pain level of -1", "painLevel", "Min.questionnaire.painLevel", "-1"),
				invalid("a pain level of 11", "painLevel", "Max.questionnaire.painLevel", "11"),
				invalid("a pain level that is not a number", "painLevel", "typeMismatch.questionnaire.painLevel",
						"abc"),
				invalid("a pain level with decimals", "painLevel", "typeMismatch.questionnaire.painLevel", "5.5"),
				invalid("no pain duration", "painDuration", "NotNull.questionnaire.painDuration", ""),
				invalid("an unknown pain duration", "painDuration", "typeMismatch.questionnaire.painDuration",
						"FOREVER"),
				// the base answers rate the pain 6: "no back pain at the moment"
				// contradicts it
				invalid("pain today with no back pain at the moment", "painDuration",
						"ConsistentPain.questionnaire.painDuration", "NONE"),
				invalid("a negative price", "sessionPrice",
						"DecimalMin.questionnaire.sessionPrice|typeMismatch.questionnaire.sessionPrice", "-1"),
				invalid("a price over 10,000", "sessionPrice", "DecimalMax.questionnaire.sessionPrice", "10000.01"),
				invalid("a price with 3 decimals", "sessionPrice",
						"Digits.questionnaire.sessionPrice|typeMismatch.questionnaire.sessionPrice", "12.345"),
				invalid("a price with a bidirectional override in the name", "clientName",
						"Pattern.questionnaire.clientName", "Ann\u202Eelpmaxe"),
				invalid("a price that is not a number", "sessionPrice", "typeMismatch.questionnaire.sessionPrice",
						"abc"),
				invalid("a negative budget", "monthlyBudget",
						"DecimalMin.questionnaire.monthlyBudget|typeMismatch.questionnaire.monthlyBudget", "-1"),
				invalid("a budget over 100,000", "monthlyBudget", "DecimalMax.questionnaire.monthlyBudget",
						"100000.01"),
				invalid("a budget with a thousands separator", "monthlyBudget",
						"typeMismatch.questionnaire.monthlyBudget", "1,500.50"),
				invalid("a budget that is not a number", "monthlyBudget", "typeMismatch.questionnaire.monthlyBudget",
						"lots"),
				invalid("no consent", "consent", "AssertTrue.questionnaire.consent"),
				invalid("consent refused", "consent", "AssertTrue.questionnaire.consent", "false"),
				invalid("soreness that is not yes or no", "soreAfterLastMassage",
						"typeMismatch.questionnaire.soreAfterLastMassage", "maybe"));
	}

	/**
	 * One way of getting a question wrong.
	 * @param description what is wrong
	 * @param field the question
	 * @param messageKeys the key of the message expected; {@code A|B} when either is
	 * right
	 * @param values the values posted; none to leave the question out
	 * @return the arguments of the test
	 */
	private static Arguments invalid(String description, String field, String messageKeys, String... values) {
		return Arguments.of(description, field, messageKeys, List.of(values));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidAnswers")
	void showsTheFormAgainWithTheErrorAndEverythingTyped(String description, String field, String messageKeys,
			List<String> values) {
		Map<String, List<String>> answers = validAnswers();
		if (values.isEmpty()) {
			answers.remove(field);
		}
		else {
			answers.put(field, values);
		}
		MvcTestResult result = post(answers);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName(QuestionnaireController.FORM);
		then(this.assessments).shouldHaveNoInteractions();
		Document page = parse(result);
		List<String> messages = Arrays.stream(messageKeys.split("\\|")).map((key) -> text(key)).toList();
		assertThat(page.title()).isEqualTo(text("form.title.errors"));
		Element summary = errorSummary(page);
		assertThat(summary.select("a")).as("links of the error summary").hasSize(1);
		Element link = summary.selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("#" + field);
		assertThat(link.text()).isIn(messages);
		String message = link.text();
		Element control = page.getElementById(field);
		assertThat(control).as("the element the summary links to, #%s", field).isNotNull();
		assertThat(control.tagName()).isEqualTo("input");
		assertThat(control.attr("name")).isEqualTo(field);
		Element group = control.parents()
			.stream()
			.filter((parent) -> parent.hasClass("has-error"))
			.findFirst()
			.orElse(null);
		assertThat(group).as("the group of %s marked as in error", field).isNotNull();
		assertThat(page.select(".has-error")).as("groups marked as in error").containsExactly(group);
		assertThat(group.select(".field-error")).singleElement().extracting(Element::text).isEqualTo(message);
		assertThat(page.select(".field-error")).as("inline errors").hasSize(1);
		if (control.hasAttr("aria-invalid")) {
			assertThat(control.attr("aria-invalid")).isEqualTo("true");
		}
		assertReferencesResolve(page);
		assertKept(page, answers, Set.of(field));
	}

	@Test
	void listsSeveralErrorsInTheOrderOfThePage() {
		Map<String, List<String>> answers = validAnswers();
		answers.put("clientName", List.of(" "));
		answers.put("email", List.of("ann"));
		answers.put("goal", List.of("SLEEP"));
		answers.put("painLevel", List.of("11"));
		answers.put("sessionPrice", List.of("abc"));
		answers.remove("consent");
		MvcTestResult result = post(answers);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName(QuestionnaireController.FORM);
		then(this.assessments).shouldHaveNoInteractions();
		Document page = parse(result);
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("clientName", "NotBlank.questionnaire.clientName");
		expected.put("email", "Email.questionnaire.email");
		expected.put("goal", "typeMismatch.questionnaire.goal");
		expected.put("painLevel", "Max.questionnaire.painLevel");
		expected.put("sessionPrice", "typeMismatch.questionnaire.sessionPrice");
		expected.put("consent", "AssertTrue.questionnaire.consent");
		List<Element> all = page.getAllElements();
		List<String> inPageOrder = expected.keySet()
			.stream()
			.sorted(Comparator.comparingInt((field) -> all.indexOf(page.getElementById(field))))
			.toList();
		Elements links = errorSummary(page).select("a");
		assertThat(links.eachAttr("href")).as("the error summary's links")
			.containsExactlyElementsOf(inPageOrder.stream().map((field) -> "#" + field).toList());
		assertThat(links.eachText())
			.containsExactlyElementsOf(inPageOrder.stream().map((field) -> text(expected.get(field))).toList());
		assertThat(page.select(".field-error")).hasSize(expected.size());
		assertReferencesResolve(page);
		assertKept(page, answers, expected.keySet());
	}

	@Test
	void languageSwitchIsRememberedInACookie() {
		MvcTestResult result = this.mvc.get().uri("/assessments/new?lang=fr").exchange();
		assertThat(result).hasStatusOk();
		Cookie cookie = result.getResponse().getCookie("lang");
		assertThat(cookie).as("the lang cookie").isNotNull();
		assertThat(cookie.getValue()).isEqualTo("fr");
		assumeFrench();
		Document page = parse(result);
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("h1").text()).isEqualTo(french("form.heading"));
	}

	@Test
	void speaksFrenchToABrowserThatAsksForIt() {
		assumeFrench();
		MvcTestResult result = this.mvc.get()
			.uri("/assessments/new")
			.header("Accept-Language", "fr-CA,fr;q=0.9")
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.title()).isEqualTo(french("form.title"));
		assertThat(page.select("h1").text()).isEqualTo(french("form.heading"));
		assertThat(page.select("h1").text()).isNotEqualTo(text("form.heading"));
		for (Goal goal : Goal.values()) {
			assertThat(page.select("label[for=" + page.select("input[name=goal][value=" + goal + "]").attr("id") + "]")
				.text()).isEqualTo(french("goal." + goal));
		}
		assertThat(page.select("button[type=submit]").text()).isEqualTo(french("form.submit"));
		assertThat(page.select("a[hreflang=en]")).singleElement()
			.satisfies((link) -> assertThat(link.attr("href")).isEqualTo("/assessments/new?lang=en"));
		assertThat(page.select("a[hreflang=fr]")).as("a link to the language already shown").isEmpty();
	}

	@Test
	void showsErrorsInFrenchToAFrenchClient() {
		assumeFrench();
		Map<String, List<String>> answers = validAnswers();
		answers.put("clientName", List.of(""));
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/assessments")
			.header("Accept-Language", "fr")
			.formFields(toMultiValueMap(answers))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = parse(result);
		assertThat(page.select(".field-error").text()).isEqualTo(french("NotBlank.questionnaire.clientName"));
		assertThat(errorSummary(page).select("a").text()).isEqualTo(french("NotBlank.questionnaire.clientName"));
	}

	@Test
	void speaksEnglishToABrowserThatAsksForAnUntranslatedLanguage() {
		MvcTestResult result = this.mvc.get().uri("/assessments/new").header("Accept-Language", "de").exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo(text("form.heading"));
	}

	@Test
	void doesNotClaimALanguageItCannotSpeakWhenTheSwitchAsksForOne() {
		MvcTestResult result = this.mvc.get().uri("/assessments/new?lang=de").exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("h1").text()).isEqualTo(text("form.heading"));
		assertThat(page.select("html").attr("lang")).as("the language the page says it is in").isEqualTo("en");
	}

	private static Map<String, List<String>> validAnswers() {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		answers.put("clientName", List.of("  Ann Example  "));
		answers.put("email", List.of("ann@example.com"));
		answers.put("goal", List.of("CHRONIC_PAIN"));
		answers.put("lifestyle", List.of("DESK_WORKER"));
		answers.put("painLevel", List.of("6"));
		answers.put("painDuration", List.of("CHRONIC"));
		answers.put("conditions", List.of("HERNIATED_DISC", "ARTHRITIS"));
		answers.put("_conditions", List.of("on"));
		answers.put("signs", List.of("POOR_SLEEP", "HEADACHES"));
		answers.put("_signs", List.of("on"));
		answers.put("massageType", List.of("DEEP_TISSUE"));
		answers.put("soreAfterLastMassage", List.of("true"));
		answers.put("_soreAfterLastMassage", List.of("on"));
		answers.put("sessionPrice", List.of("80.00"));
		answers.put("monthlyBudget", List.of("200"));
		answers.put("consent", List.of("true"));
		answers.put("_consent", List.of("on"));
		return answers;
	}

	private static Answers expectedAnswers() {
		return Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
			.conditions(Condition.ARTHRITIS, Condition.HERNIATED_DISC)
			.pain(6, PainDuration.CHRONIC)
			.signs(Sign.POOR_SLEEP, Sign.HEADACHES)
			.soreAfterLastMassage()
			.sessionPrice("80.00")
			.monthlyBudget("200")
			.build();
	}

	/**
	 * Issue 16, defect 4: a failed write answered 500. The form comes back filled in,
	 * with a sentence that says the answers were not saved and nothing is lost.
	 */
	@Test
	void whenTheAnswersCannotBeSavedTheFormComesBackFilledInWithASentenceThatSaysSo() {
		willThrow(new DataAccessResourceFailureException("No space left on device")).given(this.assessments)
			.create(any(), any(), any(), any());
		MvcTestResult result = post(validAnswers());
		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasViewName("questionnaire/form");
		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("30");
		Document page = parse(result);
		assertThat(page.select("#error-summary").text()).contains(text("form.error.notSaved"));
		assertThat(page.select("input[name=clientName]").attr("value")).isNotBlank();
		assertThat(page.select("input[name=sessionPrice]").attr("value")).isEqualTo("80.00");
	}

	private MvcTestResult post(Map<String, List<String>> answers) {
		return this.mvc.post().with(csrf()).uri("/assessments").formFields(toMultiValueMap(answers)).exchange();
	}

	private static MultiValueMap<String, String> toMultiValueMap(Map<String, List<String>> answers) {
		LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		answers.forEach((name, values) -> fields.put(name, new ArrayList<>(values)));
		return fields;
	}

	private Document getForm() {
		MvcTestResult result = this.mvc.get().uri("/assessments/new").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		return parse(result);
	}

	private static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element form(Document page) {
		Element form = page.selectFirst("form.questionnaire");
		assertThat(form).as("the questionnaire form").isNotNull();
		return form;
	}

	private static Element errorSummary(Document page) {
		Element summary = page.selectFirst("[role=alert]");
		assertThat(summary).as("the error summary").isNotNull();
		String title = "fr".equals(page.select("html").attr("lang")) ? french("form.errors.title")
				: text("form.errors.title");
		assertThat(summary.select("h2")).singleElement().extracting(Element::text).isEqualTo(title);
		List<Element> all = page.getAllElements();
		Element firstQuestion = form(page).selectFirst("fieldset");
		assertThat(all.indexOf(summary)).as("the error summary comes before the first question")
			.isLessThan(all.indexOf(firstQuestion));
		return summary;
	}

	private static String labelOf(Document page, String id) {
		Elements labels = page.select("label[for=" + id + "]");
		assertThat(labels).as("labels for #%s", id).hasSize(1);
		return labels.text();
	}

	private static String legendOf(Document page, String name) {
		Element input = page.selectFirst("input[name=" + name + "]");
		assertThat(input).as("input %s", name).isNotNull();
		Element fieldset = input.closest("fieldset");
		assertThat(fieldset).as("the fieldset of %s", name).isNotNull();
		return fieldset.select("> legend").text();
	}

	private static List<String> checkedValues(Document page, String name) {
		return page.select("input[name=" + name + "][checked]").eachAttr("value");
	}

	private static void assertChoices(Document page, String name, String type, Enum<?>[] options, String prefix,
			boolean help) {
		Elements inputs = page.select("input[name=" + name + "]");
		assertThat(inputs.eachAttr("value")).as("choices of %s", name)
			.containsExactlyElementsOf(Arrays.stream(options).map(Enum::name).toList());
		Element fieldset = inputs.first().closest("fieldset");
		for (Element input : inputs) {
			String option = input.val();
			assertThat(input.attr("type")).as("type of %s %s", name, option).isEqualTo(type);
			assertThat(input.closest("fieldset")).as("fieldset of %s %s", name, option).isSameAs(fieldset);
			assertThat(input.id()).as("id of %s %s", name, option).isNotEmpty();
			assertThat(labelOf(page, input.id())).as("label of %s %s", name, option).isEqualTo(text(prefix + option));
			if (help) {
				String describedBy = input.attr("aria-describedby");
				assertThat(describedBy).as("help of %s %s", name, option).isNotBlank();
				Element hint = page.getElementById(describedBy);
				assertThat(hint).as("help of %s %s, #%s", name, option, describedBy).isNotNull();
				assertThat(hint.text()).isEqualTo(text(prefix + option + ".help"));
			}
		}
	}

	/**
	 * Asserts that every answer posted is shown again: text as typed (trimmed), and every
	 * radio button or check box that was chosen, among those the form offers, still
	 * chosen. For a field in error, text is shown as typed too, except in a number input,
	 * which cannot show what is not a number and may then be empty, but never another
	 * value; a choice in error (only possible with a value the form does not offer) is
	 * not checked.
	 */
	private static void assertKept(Document page, Map<String, List<String>> answers, Set<String> inError) {
		answers.forEach((name, values) -> {
			if (name.startsWith("_")) {
				return;
			}
			Elements inputs = page.select("input[name=" + name + "]");
			assertThat(inputs).as("inputs for %s", name).isNotEmpty();
			String type = inputs.first().attr("type");
			if (type.equals("radio") || type.equals("checkbox")) {
				if (!inError.contains(name)) {
					Set<String> chosen = new HashSet<>(values);
					List<String> expected = inputs.eachAttr("value").stream().filter(chosen::contains).toList();
					assertThat(checkedValues(page, name)).as("%s chosen again after posting %s", name, values)
						.containsExactlyElementsOf(expected);
				}
			}
			else {
				assertThat(inputs).as("inputs for %s", name).hasSize(1);
				String typed = values.get(0).trim();
				String shown = inputs.first().val();
				if (type.equals("number") && inError.contains(name)) {
					assertThat(shown).as("%s shown again after posting %s", name, values).isIn(typed, "");
				}
				else {
					assertThat(shown).as("%s shown again after posting %s", name, values).isEqualTo(typed);
				}
			}
		});
	}

	/** No script, style sheet, image or link is fetched from another site (no CDN). */
	private static void assertSelfContained(Document page) {
		List<String> external = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey();
				if (List.of("src", "href", "action", "srcset", "formaction", "poster", "data", "xlink:href")
					.contains(key) && EXTERNAL_URL.matcher(attribute.getValue()).matches()) {
					external.add(element.tagName() + " " + key + "=" + attribute.getValue());
				}
			}
		}
		assertThat(external).as("references to other sites").isEmpty();
		// the application's own scripts only, from files (the CSP forbids inline ones)
		assertThat(page.select("script")).as("scripts")
			.allSatisfy((script) -> assertThat(script.attr("src")).startsWith("/js/"))
			.allSatisfy((script) -> assertThat(script.data()).isBlank());
	}

	/**
	 * Every id an element refers to (label for, in-page links, aria-describedby,
	 * aria-labelledby) exists, and no id is used twice.
	 */
	private static void assertReferencesResolve(Document page) {
		List<String> ids = page.select("[id]").eachAttr("id");
		assertThat(ids).as("ids on the page").doesNotHaveDuplicates();
		List<String> broken = new ArrayList<>();
		for (Element label : page.select("label[for]")) {
			if (page.getElementById(label.attr("for")) == null) {
				broken.add("label for=" + label.attr("for"));
			}
		}
		for (Element link : page.select("a[href^=#]")) {
			if (page.getElementById(link.attr("href").substring(1)) == null) {
				broken.add("a href=" + link.attr("href"));
			}
		}
		for (String attribute : List.of("aria-describedby", "aria-labelledby")) {
			for (Element element : page.select("[" + attribute + "]")) {
				for (String id : element.attr(attribute).trim().split("\\s+")) {
					if (page.getElementById(id) == null) {
						broken.add(element.tagName() + " " + attribute + "=" + id);
					}
				}
			}
		}
		assertThat(broken).as("references to ids that are not on the page").isEmpty();
	}

	private static void assumeFrench() {
		assertThat(FRENCH_MESSAGES).as("the French message bundle").isRegularFile();
	}

	private static String text(String key, Object... arguments) {
		return visible(MESSAGES.getMessage(key, arguments, Locale.ENGLISH));
	}

	private static String french(String key, Object... arguments) {
		return visible(MESSAGES.getMessage(key, arguments, Locale.FRENCH));
	}

	/**
	 * A text as jsoup's {@link Element#text()} reads it: no-break spaces become spaces
	 * and runs of white space one space.
	 */
	private static String visible(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
	}

}
