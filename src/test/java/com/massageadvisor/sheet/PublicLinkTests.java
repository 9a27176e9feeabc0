package com.massageadvisor.sheet;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link in the calendar file comes from {@code app.public-url}, never from the
 * request's {@code Host} header, which anyone can forge (a link in a calendar event is
 * followed later, out of any page's context).
 */
@Tag("integration")
@SpringBootTest(properties = "app.public-url=https://advisor.clinic.example/")
@AutoConfigureMockMvc
class PublicLinkTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@Test
	void aForgedHostDoesNotGetIntoTheCalendarLink() throws Exception {
		Assessment assessment = this.assessments.create("Ref 61", null, Locale.ENGLISH,
				Answers.builder(Goal.RELAXATION, Lifestyle.DESK_WORKER, MassageType.SWEDISH).build());
		MvcTestResult result = this.mvc.get()
			.uri("/assessments/{id}/schedule.ics?start={start}", assessment.getPublicId(),
					LocalDate.now(ZoneOffset.UTC).plusDays(3))
			.header(HttpHeaders.HOST, "evil.example:8443")
			.header("X-Forwarded-Host", "evil.example")
			.exchange();
		assertThat(result).hasStatusOk();
		String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).doesNotContain("evil");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		VEvent first = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter((event) -> event.getProperty("DESCRIPTION")
				.orElseThrow()
				.getValue()
				.startsWith("A session of your massage plan"))
			.findFirst()
			.orElseThrow();
		assertThat(first.getProperty("DESCRIPTION").orElseThrow().getValue())
			.isEqualTo("A session of your massage plan. Your plan: https://advisor.clinic.example/assessments/"
					+ assessment.getPublicId());
	}

}
