package com.massageadvisor.checkin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A check-in the database cannot store (a full disk, a read-only folder) comes back as
 * the form, filled in, with a 503 and a sentence that nothing is lost, not as a 500.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class CheckInUnavailableTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@MockitoSpyBean
	private CheckIns checkIns;

	@Test
	void aCheckInThatCannotBeSavedComesBackFilledIn() {
		Assessment assessment = this.assessments.create("Unavailable", null, Locale.ENGLISH,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
					.pain(5, PainDuration.CHRONIC)
					.medicallyCleared()
					.build());
		willThrow(new DataAccessResourceFailureException("No space left on device")).given(this.checkIns)
			.record(any(), any(), any());
		MvcTestResult result = this.mvc.post()
			.uri("/assessments/" + assessment.getPublicId() + "/check-ins")
			.with(csrf())
			.param("date", LocalDate.now().toString())
			.param("sessionsSinceLast", "2")
			.param("painLevel", "3")
			.param("reliefDays", "6")
			.param("soreness", "NONE")
			.param("change", "BETTER")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("30");
		Document page = Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(page.select("#error-summary").text()).contains("We could not save your answers just now");
		assertThat(page.select("input[name=reliefDays]").attr("value")).isEqualTo("6");
	}

}
