package com.massageadvisor.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.ReviewStatus;
import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.StaffSlice;
import com.massageadvisor.system.StaffWebMvcTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.massageadvisor.system.StaffPages.admin;
import static com.massageadvisor.system.StaffPages.parse;
import static com.massageadvisor.system.StaffPages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One assessment for staff, on its own behind the application's security: the detail, the
 * review and the deletion, with the plan presented for real.
 */
@StaffWebMvcTest(StaffAssessmentDetailController.class)
@Import(PlanPresenter.class)
class StaffAssessmentDetailControllerTests extends StaffSlice {

	@MockitoBean
	StaffAssessments assessments;

	/** The messages under the name the page refers to them by, as in the application. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Messages {

		@Bean
		RecommendationMessages recommendationMessages(MessageSource messages, ClinicProperties clinic) {
			return new RecommendationMessages(messages, clinic);
		}

	}

	@MockitoBean
	AuditTrail audit;

	private Assessment known() {
		Assessment assessment = ReviewSliceFixtures.assessment("Bea Slice");
		given(this.assessments.find(assessment.getPublicId())).willReturn(Optional.of(assessment));
		return assessment;
	}

	@Test
	void detailShowsTheAnswersUnderTheirLabels() {
		Assessment assessment = known();
		MvcTestResult result = this.mvc.get()
			.uri("/staff/assessments/{id}", assessment.getPublicId())
			.with(staff())
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("h1").text()).isEqualTo("Bea Slice");
		assertThat(page.select("dl.facts dt").eachText()).startsWith(text("staff.answers.email"),
				text("staff.answers.goal"));
		assertThat(page.select("dl.facts dd").eachText()).startsWith(text("staff.answers.none"),
				text("goal.RELAXATION"));
	}

	@Test
	void theAnswersAndTheWarningsComeBeforeTheReviewFormAndTheFooterHasNoClientDisclaimer() {
		Assessment assessment = ReviewSliceFixtures.assessment("Cy Order");
		given(this.assessments.find(assessment.getPublicId())).willReturn(Optional.of(assessment));
		Document page = parse(
				this.mvc.get().uri("/staff/assessments/{id}", assessment.getPublicId()).with(staff()).exchange());
		List<String> headings = page.select("main h2").eachAttr("id");
		assertThat(headings).containsSubsequence("answers-heading", "plan-heading", "review-heading");
		assertThat(page.select("footer").text()).doesNotContain(text("layout.footer.disclaimer"));
		assertThat(page.select("header .header-row").hasClass("staff-wrap")).isTrue();
	}

	@Test
	void staffStillSeeTheGuidelineRowOfEveryItem_aClientsPageLeavesThemOut() {
		Assessment assessment = known();
		Document page = parse(
				this.mvc.get().uri("/staff/assessments/{id}", assessment.getPublicId()).with(staff()).exchange());
		assertThat(page.select("table.phases thead th").eachText()).contains(text("result.sources"));
		assertThat(page.select("table.phases td.cite, .warning .cite, .advice .cite")).isNotEmpty()
			.allSatisfy((cite) -> assertThat(cite.text()).matches("[A-Z]+\\d*(, [A-Z]+\\d*)*"));
		assertThat(page.select(".sources + p").text()).isEqualTo(text("result.sources.note"));
	}

	@Test
	void aMalformedOrUnknownPublicIdIsAPageThatDoesNotExist() {
		assertThat(this.mvc.get().uri("/staff/assessments/not-a-uuid").with(staff())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/staff/assessments/{id}", UUID.randomUUID()).with(staff()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/staff/assessments/12345/review").with(staff()).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aReviewNeedsTheCsrfToken() {
		Assessment assessment = known();
		assertThat(this.mvc.post()
			.uri("/staff/assessments/{id}/review", assessment.getPublicId())
			.with(staff())
			.param("status", "REVIEWED")
			.param("version", "0")).hasStatus(HttpStatus.FORBIDDEN);
		then(this.assessments).should(never()).review(any(), anyInt(), any(), any(), anyString());
	}

	@Test
	void aNoteWithAControlCharacterComesBackWithTheErrorBesideIt() {
		Assessment assessment = known();
		MvcTestResult result = review(assessment, staff(), "call\u0007back");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(parse(result).select(".has-error #note-error").text()).isEqualTo(text("Pattern.review.note"));
		then(this.assessments).should(never()).review(any(), anyInt(), any(), any(), anyString());
	}

	@Test
	void aValidReviewIsSavedAndRedirectedToTheDetail() {
		Assessment assessment = known();
		MvcTestResult result = review(assessment, user("reviewer").roles("STAFF"), "Seen, fine.");
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/assessments/" + assessment.getPublicId());
		then(this.assessments).should()
			.review(assessment.getPublicId(), 0, ReviewStatus.values()[0], "Seen, fine.", "reviewer");
	}

	@Test
	void onlyAnAdministratorDeletes() {
		Assessment assessment = known();
		assertThat(this.mvc.post()
			.uri("/staff/admin/assessments/{id}/delete", assessment.getPublicId())
			.with(staff())
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		then(this.assessments).should(never()).delete(any(), anyString());
		assertThat(this.mvc.post()
			.uri("/staff/admin/assessments/{id}/delete", assessment.getPublicId())
			.with(admin())
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff/assessments");
		then(this.assessments).should().delete(any(), anyString());
	}

	@Test
	void administratorsSeeTheAuditTrailOfTheAssessment() {
		Assessment assessment = known();
		given(this.audit.forAssessment(assessment.getPublicId())).willReturn(List.of());
		Document page = parse(
				this.mvc.get().uri("/staff/assessments/{id}", assessment.getPublicId()).with(admin()).exchange());
		assertThat(page.select("#audit-heading").text()).isEqualTo(text("staff.audit.heading"));
	}

	@Test
	void everyOpeningOfTheDetailIsAudited() {
		Assessment assessment = known();
		assertThat(this.mvc.get()
			.uri("/staff/assessments/{id}", assessment.getPublicId())
			.with(user("dora").roles("STAFF"))).hasStatusOk();
		then(this.audit).should().recordNow("dora", AuditAction.VIEWED, assessment.getPublicId(), (String) null);
		// a review sent back with errors is not another opening
		review(assessment, user("dora").roles("STAFF"), "x".repeat(5000));
		then(this.audit).should(times(1)).recordNow(anyString(), any(), any(), (String) isNull());
	}

	private MvcTestResult review(Assessment assessment, RequestPostProcessor reviewer, String note) {
		return this.mvc.post()
			.uri("/staff/assessments/{id}/review", assessment.getPublicId())
			.with(reviewer)
			.with(csrf())
			.param("status", ReviewStatus.values()[0].name())
			.param("note", note)
			.param("version", "0")
			.exchange();
	}

}
