package com.massageadvisor.assessment;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditEvent;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.system.StaffPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A result link withdrawn by the client (from their result page, after a confirmation) or
 * by staff (from the detail page): every page of the link then answers 410 Gone with a
 * page that says so, in English and French; staff still find the assessment, marked as
 * withdrawn; a staff withdrawal is audited, a client's stores nothing but the moment.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
class WithdrawnLinkTests {

	private static final RequestPostProcessor STAFF = user("reviewer").roles("STAFF");

	private static final Answers ANSWERS = Answers
		.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
		.pain(5, PainDuration.CHRONIC)
		.build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private RestTestClient client;

	@Autowired
	private Assessments assessments;

	@Autowired
	private AssessmentRepository repository;

	@Autowired
	private AuditTrail audit;

	private UUID create(String name) {
		return this.assessments.create(name, null, Locale.ENGLISH, ANSWERS).getPublicId();
	}

	/** Every page a client's link leads to, read and sent. */
	private List<MvcTestResult> everyPageOf(UUID id) {
		String link = "/assessments/" + id;
		return List.of(this.mvc.get().uri(link).exchange(), this.mvc.get().uri(link + "/sheet").exchange(),
				this.mvc.get().uri(link + "/sheet.pdf").exchange(),
				this.mvc.get().uri(link + "/schedule.ics?start=2030-01-07").exchange(),
				this.mvc.get().uri(link + "/check-in").exchange(), this.mvc.get().uri(link + "/withdraw").exchange(),
				this.mvc.post()
					.uri(link + "/check-ins")
					.with(csrf())
					.param("date", "2030-01-07")
					.param("sessionsSinceLast", "1")
					.param("painLevel", "3")
					.param("reliefDays", "4")
					.param("soreness", "NONE")
					.param("change", "BETTER")
					.param("painDuringSession", "false")
					.exchange(),
				this.mvc.post().uri(link + "/withdraw").with(csrf()).exchange());
	}

	private List<AuditEvent> withdrawals(UUID id) {
		return this.audit.forAssessment(id)
			.stream()
			.filter((event) -> event.getAction() == AuditAction.LINK_WITHDRAWN)
			.toList();
	}

	private Document served(String path, String language) {
		String body = this.client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.GONE)
			.returnResult(String.class)
			.getResponseBody();
		return Jsoup.parse(body);
	}

	private static Document html(MvcTestResult result) {
		return StaffPages.parse(result);
	}

	@Test
	void theResultPageLeadsToAConfirmationBeforeAnythingIsWithdrawn() {
		UUID id = create("Withdraw confirm");
		Document result = html(this.mvc.get().uri("/assessments/" + id).exchange());
		assertThat(result.select("a[href=/assessments/" + id + "/withdraw]").text()).isEqualTo("Withdraw this link");

		MvcTestResult confirm = this.mvc.get().uri("/assessments/" + id + "/withdraw").exchange();
		assertThat(confirm).hasStatusOk();
		Document page = html(confirm);
		assertThat(page.select("h1").text()).isEqualTo("Withdraw the link to your plan?");
		assertThat(page.select("form[method=post][action=/assessments/" + id + "/withdraw] button").text())
			.isEqualTo("Withdraw the link");
		// opening the confirmation withdraws nothing
		assertThat(this.mvc.get().uri("/assessments/" + id).exchange()).hasStatusOk();
	}

	@Test
	void aClientWithdrawalMakesEveryPageOfTheLinkGone() {
		UUID id = create("Withdraw client");
		assertThat(this.mvc.get().uri("/assessments/" + id + "/sheet").exchange()).hasStatusOk();

		MvcTestResult withdrawn = this.mvc.post().uri("/assessments/" + id + "/withdraw").with(csrf()).exchange();
		assertThat(withdrawn).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/assessments/" + id);

		for (MvcTestResult page : everyPageOf(id)) {
			assertThat(page).as(page.getRequest().getMethod() + " " + page.getRequest().getRequestURI())
				.hasStatus(HttpStatus.GONE);
		}
		// the page a browser gets (the server's error page, which MockMvc does not
		// render)
		Document gone = served("/assessments/" + id, "en");
		assertThat(gone.select("h1").text()).isEqualTo("This link was withdrawn");
		assertThat(gone.select("title").text()).isEqualTo("Link withdrawn: Massage Advisor");
		assertThat(gone.select("main p").first().text()).startsWith("The plan this address led to can no longer");
		assertThat(gone.text()).doesNotContain("Withdraw client");
		Document goneFr = served("/assessments/" + id + "/sheet", "fr");
		assertThat(goneFr.select("h1").text()).isEqualTo("Ce lien a été retiré");
		assertThat(goneFr.select("title").text()).isEqualTo("Lien retiré : Massage Advisor");

		// stored: the moment only; nobody is named in the audit trail
		assertThat(this.repository.findByPublicId(id).orElseThrow().getWithdrawnAt()).isNotNull();
		assertThat(this.audit.forAssessment(id)).isEmpty();
	}

	@Test
	void aWithdrawalNeedsTheCsrfToken() {
		UUID id = create("Withdraw csrf");
		assertThat(this.mvc.post().uri("/assessments/" + id + "/withdraw").exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/staff/assessments/" + id + "/withdraw").with(STAFF).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/assessments/" + id).exchange()).hasStatusOk();
		assertThat(this.repository.findByPublicId(id).orElseThrow().isWithdrawn()).isFalse();
	}

	@Test
	void onlyAPostWithdrawsAndAnUnknownLinkStaysNotFound() {
		UUID id = create("Withdraw get");
		this.mvc.get().uri("/assessments/" + id + "/withdraw").exchange();
		assertThat(this.repository.findByPublicId(id).orElseThrow().isWithdrawn()).isFalse();
		assertThat(this.mvc.post().uri("/assessments/" + UUID.randomUUID() + "/withdraw").with(csrf()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/assessments/" + UUID.randomUUID()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void staffWithdrawFromTheDetailPageAndStillSeeTheAssessmentMarked() {
		String name = "Withdraw staff " + UUID.randomUUID();
		UUID id = create(name);
		Document detail = html(this.mvc.get().uri("/staff/assessments/" + id).with(STAFF).exchange());
		assertThat(detail.select("form[action=/staff/assessments/" + id + "/withdraw] button").text())
			.isEqualTo("Withdraw the client's link");

		MvcTestResult withdrawn = this.mvc.post()
			.uri("/staff/assessments/" + id + "/withdraw")
			.with(STAFF)
			.with(csrf())
			.exchange();
		assertThat(withdrawn).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/assessments/" + id);

		for (MvcTestResult page : everyPageOf(id)) {
			assertThat(page).as(page.getRequest().getMethod() + " " + page.getRequest().getRequestURI())
				.hasStatus(HttpStatus.GONE);
		}
		assertThat(withdrawals(id)).singleElement()
			.satisfies((event) -> assertThat(event.getActor()).isEqualTo("reviewer"));

		// staff still see it: the detail page says the link was withdrawn and offers no
		// sheet; the list marks it
		MvcTestResult again = this.mvc.get().uri("/staff/assessments/" + id).with(STAFF).exchange();
		assertThat(again).hasStatusOk();
		Document after = html(again);
		assertThat(after.select(".withdrawn-notice").text()).startsWith("Link withdrawn on");
		assertThat(after.select("form[action=/staff/assessments/" + id + "/withdraw]")).isEmpty();
		assertThat(after.select("a[href=/assessments/" + id + "/sheet]")).isEmpty();
		Document list = html(this.mvc.get().uri("/staff/assessments?q=" + name).with(STAFF).exchange());
		assertThat(list.select("tbody tr")).singleElement()
			.satisfies((row) -> assertThat(row.select(".badge.withdrawn").text()).isEqualTo("Link withdrawn"));

		// a second withdrawal changes nothing and records nothing more
		this.mvc.post().uri("/staff/assessments/" + id + "/withdraw").with(STAFF).with(csrf()).exchange();
		assertThat(withdrawals(id)).hasSize(1);
	}

}
