package com.massageadvisor.review;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.time.Instant;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.rules.RulesEngine;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.checkin.CheckIns;
import com.massageadvisor.plan.PlanBrief;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.StaffSlice;
import com.massageadvisor.system.StaffWebMvcTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.massageadvisor.system.StaffPages.parse;
import static com.massageadvisor.system.StaffPages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/** The staff list and its CSV export, on their own behind the application's security. */
@StaffWebMvcTest(StaffAssessmentListController.class)
class StaffAssessmentListControllerTests extends StaffSlice {

	@MockitoBean
	StaffAssessments assessments;

	@MockitoBean
	PlanPresenter presenter;

	@MockitoBean
	CheckIns checkIns;

	@Autowired
	ClinicProperties clinic;

	@Test
	void listShowsEachAssessmentWithItsDateInTheReadersLanguage() {
		Assessment ana = ReviewSliceFixtures.assessment("Ana Slice");
		given(this.assessments.page(any()))
			.willReturn(new StaffAssessments.ListPage(List.of(ana), null, null, 1, false));
		given(this.presenter.brief(any(PlanBrief.class), any())).willReturn("weekly sessions");
		MvcTestResult result = this.mvc.get().uri("/staff/assessments").with(staff()).exchange();
		assertThat(result).hasStatusOk().hasViewName(StaffAssessmentListController.VIEW);
		Document page = parse(result);
		assertThat(page.select("table.staff-list tbody tr td").eachText()).containsSequence(moment(ana, Locale.ENGLISH),
				"Ana Slice", "Relaxation and stress relief", "weekly sessions");
		MvcTestResult french = this.mvc.get().uri("/staff/assessments?lang=fr").with(staff()).exchange();
		assertThat(parse(french).select("table.staff-list tbody tr td").first().text())
			.isEqualTo(moment(ana, Locale.FRENCH));
	}

	@Test
	void aClientWithARedFlagIsMarkedForAttentionWithTheFiltersFriendlyWarningLabel() {
		Answers answers = Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
			.pain(6, PainDuration.CHRONIC)
			.redFlags(RedFlag.NIGHT_PAIN)
			.build();
		Assessment flagged = new Assessment("Flag Slice", null, Locale.ENGLISH, answers,
				new RulesEngine().evaluate(answers), Instant.parse("2026-03-02T09:30:00Z"));
		given(this.assessments.page(any()))
			.willReturn(new StaffAssessments.ListPage(List.of(flagged), null, null, 1, false));
		given(this.presenter.brief(any(PlanBrief.class), any())).willReturn("see a doctor");
		Document page = parse(this.mvc.get().uri("/staff/assessments").with(staff()).exchange());
		assertThat(page.select("tbody tr .badge").eachText()).containsExactly(text("staff.list.attention"),
				text("severity.STOP"));
		assertThat(page.select("tbody tr .badge.severity-stop")).hasSize(2);
		assertThat(page.select("#severity option[value=STOP]").text()).isEqualTo(text("severity.STOP"));
	}

	private String moment(Assessment assessment, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(assessment.getCreatedAt().atZone(this.clinic.zone()));
	}

	@Test
	void aBadFilterIsShownAsAnErrorWithA400AndSearchesNothing() {
		MvcTestResult result = this.mvc.get().uri("/staff/assessments?severity=LOUD").with(staff()).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(parse(result).select(".error-summary[role=alert] li")).hasSize(1);
		then(this.assessments).should(never()).page(any());
	}

	@Test
	void theListNeedsAStaffLogIn() {
		assertThat(this.mvc.get().uri("/staff/assessments")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/staff/assessments/export.csv")).hasStatus(HttpStatus.FOUND);
		then(this.assessments).shouldHaveNoInteractions();
	}

	@Test
	void exportIsACsvAttachmentThatIsNotKept() {
		MvcTestResult result = this.mvc.get().uri("/staff/assessments/export.csv").with(staff()).exchange();
		assertThat(result).hasStatusOk()
			.hasHeader("Cache-Control", "no-store")
			.contentType()
			.isCompatibleWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=");
	}

}
