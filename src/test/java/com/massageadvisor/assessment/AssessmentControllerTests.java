package com.massageadvisor.assessment;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Condition;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Guideline;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.Sign;
import com.massageadvisor.system.SecurityConfiguration;
import com.massageadvisor.system.WebConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The result page as a client reads it: the answer first in a summary card, no guideline
 * row codes, money in whole units said once, dates in the reader's region, and a plan
 * that says not to book titled for what it is, with the clinic's phone.
 */
@WebMvcTest(AssessmentController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, PlanPresenter.class, RecommendationMessages.class })
@TestPropertySource(properties = { "clinic.phone=01 23 45 67 89", "clinic.time-zone=Europe/London" })
class AssessmentControllerTests {

	private static final Instant CREATED = Instant.parse("2026-12-02T10:15:30Z");

	/** A whole word that is a guideline row's code, such as F3, S10 or SIGNS. */
	private static final Pattern ROW_CODE = Pattern
		.compile("\\b(" + String.join("|", Arrays.stream(Guideline.values()).map(Guideline::name).toList()) + ")\\b");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Assessments assessments;

	@Test
	void theSummaryCardComesFirstWithTheAnswerAndTheFirstStep() {
		Document page = page(stored(cleared()), "en-GB");
		Element main = page.selectFirst("main article");
		assertThat(main.select("h2").first()).as("the first heading after the title")
			.isEqualTo(main.selectFirst(".summary-card h2"));
		Element card = main.selectFirst(".summary-card");
		assertThat(card.select(".headline").text()).startsWith("Book a")
			.contains("every 3 to 5 days", "for your first");
		assertThat(card.select(".first-step").text()).startsWith("First step: Book your first session")
			.contains("Call Massage Advisor Clinic on 01 23 45 67 89");
		assertThat(card.select("a.call").attr("href")).isEqualTo("tel:0123456789");
		// then the course, the phases, the warnings, the advice and the sources
		assertThat(main.select("h2").eachAttr("id")).containsSubsequence("summary-heading", "timeline-heading",
				"phases-heading", "warnings-heading", "advice-heading", "sources-heading");
	}

	@Test
	void theAdviceComesInGroupsShownOnDemand() {
		Document page = page(stored(desk()), "en-GB");
		assertThat(page.select("#advice-heading ~ details.advice-group > summary").eachText())
			.containsExactly("Between sessions", "At your sessions", "What it costs");
		assertThat(page.select("details.advice-group[open]")).as("closed until asked for").isEmpty();
		assertThat(page.select("details.advice-group")).allSatisfy(
				(group) -> assertThat(group.select("li")).as("a short group: %s", group.id()).hasSizeBetween(1, 7));
		assertThat(page.select("#advice-session dl.facts dt").eachText()).contains("Kind of massage", "Length");
		assertThat(page.select("#advice-cost table.costs")).hasSize(1);
		assertThat(page.select("ul.advice")).as("no flat list of every item")
			.allSatisfy((list) -> assertThat(list.parents()).anyMatch((parent) -> parent.is("details.advice-group")));
	}

	@Test
	void aClientsPageShowsNoGuidelineRowCodes_sourcesAreNamedByTitleAndPublisher() {
		Document page = page(stored(desk()), "en-GB");
		String text = page.select("main").text();
		Matcher code = ROW_CODE.matcher(text);
		assertThat(code.find()).as("a row code on the client's page: %s", code.find() ? code.group() : "").isFalse();
		assertThat(page.select(".cite")).isEmpty();
		assertThat(text).doesNotContain("The codes next to each item");
		assertThat(page.select("table.phases th").eachText()).doesNotContain("Guidelines");
		assertThat(page.select(".sources li").eachText()).contains(
				"How long should you leave between back massages? (a massage shop's blog)",
				"How Often Should I Get a Massage for Back Pain? (a chiropractic and physiotherapy clinic in Edmonton)");
	}

	@Test
	void moneyIsInWholeUnitsAndSaidOnce() {
		Document page = page(stored(desk()), "en-GB");
		String text = page.select("main").text();
		assertThat(text).as("no cents in an estimate").doesNotContainPattern("€\\d+\\.\\d\\d");
		List<String> monthly = page.select("table.costs td[data-label='Each month']").eachText();
		assertThat(monthly).isNotEmpty().allSatisfy((cell) -> assertThat(cell).matches("€\\d+( to €\\d+)? a month"));
		for (String cell : monthly) {
			assertThat(occurrences(text, cell)).as("the cost %s is said once", cell).isEqualTo(1);
		}
		assertThat(text).doesNotContain("at this rhythm, sessions cost about");
	}

	@Test
	void datesFollowTheRegionOfTheBrowsersLanguage() {
		Assessment assessment = stored(desk());
		assertThat(page(assessment, "en-GB,en;q=0.8").select(".eyebrow").text()).endsWith("2 December 2026");
		assertThat(page(assessment, "en-US").select(".eyebrow").text()).endsWith("December 2, 2026");
		Document french = page(assessment, "fr-FR,fr;q=0.9");
		assertThat(french.select(".eyebrow").text()).endsWith("le 2 décembre 2026");
		assertThat(french.select("h1").text()).as("the texts are still French").isEqualTo("Votre plan de massage");
		assertThat(page(assessment, "en-GB").select(".result-footer").text()).contains("2 December 2026");
	}

	@Test
	void theTimelineShowsEveryPhaseInItsOwnLaneOverDates() {
		Document page = page(stored(cleared()), "en-GB");
		Element svg = page.selectFirst("figure.timeline svg[role=img]");
		assertThat(svg.attr("viewBox")).startsWith("0 0 360 ");
		assertThat(svg.select("g.lane > text").eachText()).containsExactly("Initial series", "Transition",
				"Maintenance");
		assertThat(svg.select("g.lane > text, svg > text"))
			.allSatisfy((label) -> assertThat(Integer.parseInt(label.attr("font-size"))).isGreaterThanOrEqualTo(13));
		assertThat(svg.select("svg > text").eachText()).hasSize(4)
			.allSatisfy((date) -> assertThat(date).matches("\\d{1,2} [A-Z][a-z]{2}"));
		assertThat(page.select(".timeline-scroll, .table-scroll")).as("nothing scrolls sideways").isEmpty();
	}

	@Test
	void aStoppedPlanIsTitledForWhatItIsSaysDoNotBookOnceAndGivesTheClinicsPhone() {
		Document page = page(stored(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.conditions(Condition.FRACTURE)
			.pain(4, PainDuration.ACUTE)
			.build()), "en-GB");
		assertThat(page.title()).isEqualTo("Please see a doctor before any massage: Massage Advisor");
		assertThat(page.select("h1").text()).isEqualTo("Please see a doctor before any massage");
		assertThat(occurrences(page.select("main").text().toLowerCase(Locale.ROOT), "do not book")).isEqualTo(1);
		Element stop = page.selectFirst("main .stop-box");
		assertThat(stop.select("[role=alert]").text()).startsWith("Please do not book a massage for now");
		assertThat(stop.select(".warnings li").text()).startsWith("You told us you have a broken bone");
		assertThat(stop.select("a.call").text()).isEqualTo("Call Massage Advisor Clinic on 01 23 45 67 89");
		assertThat(stop.select("a.call").attr("href")).isEqualTo("tel:0123456789");
		assertThat(page.select(".summary-card, table.phases, svg")).isEmpty();
	}

	@Test
	void aRedFlagPageSendsTheClientToADoctorTodayInBothLanguages() {
		Assessment assessment = stored(Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.pain(4, PainDuration.ACUTE)
			.redFlags(RedFlag.LEG_WEAKNESS)
			.build());
		Document page = page(assessment, "en-GB");
		assertThat(page.title()).isEqualTo("Please see a doctor today: Massage Advisor");
		assertThat(occurrences(page.select("main").text().toLowerCase(Locale.ROOT), "do not book")).isEqualTo(1);
		Document french = page(assessment, "fr");
		assertThat(french.title()).isEqualTo("Consultez un médecin aujourd'hui : Massage Advisor");
		assertThat(occurrences(french.select("main").text().toLowerCase(Locale.FRENCH), "ne réservez pas"))
			.isEqualTo(1);
		assertThat(french.select("a.call").text()).isEqualTo("Appelez Massage Advisor Clinic au 01 23 45 67 89");
	}

	/** A desk worker with long-lasting pain, a sign, a price and a budget. */
	private static Answers desk() {
		return Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
			.pain(5, PainDuration.SUBACUTE)
			.signs(Sign.HEADACHES)
			.sessionPrice("95")
			.monthlyBudget("250")
			.build();
	}

	/** The same, whose doctor has agreed already: a plan with a first session to book. */
	private static Answers cleared() {
		return Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.DEEP_TISSUE)
			.pain(5, PainDuration.SUBACUTE)
			.signs(Sign.HEADACHES)
			.sessionPrice("95")
			.monthlyBudget("250")
			.medicallyCleared()
			.build();
	}

	private Assessment stored(Answers answers) {
		Assessment assessment = new Assessment("Ada", null, Locale.ENGLISH, answers,
				new RulesEngine().evaluate(answers), CREATED);
		given(this.assessments.openLink(assessment.getPublicId())).willReturn(assessment);
		return assessment;
	}

	private Document page(Assessment assessment, String acceptLanguage) {
		MvcTestResult result = this.mvc.get()
			.uri("/assessments/{id}", assessment.getPublicId())
			.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
			.exchange();
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
