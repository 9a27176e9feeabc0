package com.massageadvisor.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.checkin.CheckIns;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.rules.PainDuration;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Soreness;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The staff side of check-ins: the worsening client is found in "needs attention", the
 * silent one in "check-in due", the detail shows the history, the export the latest
 * check-in.
 */
@Tag("integration")
@SpringBootTest
@AutoConfigureMockMvc
class StaffCheckInTests {

	private static final RequestPostProcessor STAFF = user("checkin-staff").roles("STAFF");

	private static final Answers ANSWERS = Answers
		.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
		.pain(6, PainDuration.CHRONIC)
		.build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@Autowired
	private CheckIns checkIns;

	private static CheckIn checkIn(int pain, Change change) {
		return new CheckIn(2, pain, 3, Soreness.NONE, change, false, Set.of());
	}

	private Document list(String... params) {
		var request = this.mvc.get().uri("/staff/assessments").with(STAFF);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	@Test
	void theWorseningClientNeedsAttentionAndTheSilentOneIsDue() {
		String prefix = "Staff check-in " + UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now();
		Assessment worse = this.assessments.create(prefix + " worse", null, Locale.ENGLISH, ANSWERS);
		this.checkIns.record(worse, today, checkIn(5, Change.SLIGHTLY_BETTER));
		this.checkIns.record(worse, today, checkIn(8, Change.WORSE));
		Assessment better = this.assessments.create(prefix + " better", null, Locale.ENGLISH, ANSWERS);
		this.checkIns.record(better, today, checkIn(4, Change.BETTER));
		Assessment silent = this.assessments.create(prefix + " silent", null, Locale.ENGLISH, ANSWERS);
		this.checkIns.record(silent, today.minusDays(90), checkIn(5, Change.SLIGHTLY_BETTER));

		Document all = list("q", prefix);
		assertThat(all.select("tbody tr")).hasSize(3);
		assertThat(all.select("tbody tr:has(.badge:contains(Needs attention))").text()).contains(prefix + " worse")
			.doesNotContain(prefix + " better");

		assertThat(list("q", prefix, "attention", "true").select("tbody tr a").eachText())
			.containsExactly(prefix + " worse");
		assertThat(list("q", prefix, "due", "true").select("tbody tr a").eachText())
			.containsExactly(prefix + " silent");

		// a client who never checked in is due too, once twice the first phase's
		// longest gap has passed since the submission
		Assessment never = this.assessments.create(prefix + " never", null, Locale.ENGLISH, ANSWERS);
		assertThat(never.getCheckInDueOn())
			.isEqualTo(today.plusDays(2L * never.getRecommendation().phases().get(0).interval().max()));
		assertThat(list("q", prefix, "due", "true").select("tbody tr a").eachText())
			.containsExactly(prefix + " silent");
		this.assessments.followUp(never, today.minusDays(1), false);
		assertThat(list("q", prefix, "due", "true").select("tbody tr a").eachText())
			.containsExactlyInAnyOrder(prefix + " silent", prefix + " never");

		// a red flag in the questionnaire itself: sent to a doctor, no check-in to flag
		// them
		Assessment flagged = this.assessments.create(prefix + " flagged", null, Locale.ENGLISH,
				Answers.builder(Goal.CHRONIC_PAIN, Lifestyle.DESK_WORKER, MassageType.SWEDISH)
					.pain(6, PainDuration.CHRONIC)
					.redFlags(RedFlag.NIGHT_PAIN)
					.build());
		assertThat(list("q", prefix, "attention", "true").select("tbody tr a").eachText())
			.containsExactlyInAnyOrder(prefix + " worse", prefix + " flagged");
		assertThat(list("q", prefix + " flagged").select("tbody tr .badge:contains(Needs attention)")).hasSize(1);
		assertThat(flagged.getRecommendation().massageAdvisable()).isFalse();

		MvcTestResult detail = this.mvc.get().uri("/staff/assessments/" + worse.getPublicId()).with(STAFF).exchange();
		assertThat(detail).hasStatusOk();
		Document page = Jsoup.parse(new String(detail.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(page.select("#staff-check-ins-heading").text()).isEqualTo("Check-ins");
		assertThat(page.select(".pain-chart-svg circle")).hasSize(2);
		assertThat(page.select("table.check-ins tbody tr")).hasSize(3);

		MvcTestResult export = this.mvc.get()
			.uri("/staff/assessments/export.csv")
			.param("q", prefix + " worse")
			.with(STAFF)
			.exchange();
		assertThat(export).hasStatusOk();
		byte[] bytes = export.getResponse().getContentAsByteArray();
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(text,
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<CSVRecord> rows = parser.getRecords();
			assertThat(rows).hasSize(1);
			assertThat(rows.get(0).get("latest_check_in_date")).isEqualTo(today.toString());
			assertThat(rows.get(0).get("latest_check_in_pain")).isEqualTo("8");
			assertThat(rows.get(0).get("latest_check_in_change")).isEqualTo("WORSE");
			assertThat(rows.get(0).get("latest_check_in_step")).isEqualTo("REFER");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
