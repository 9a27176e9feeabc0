package com.massageadvisor.review;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.system.StaffPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the staff review tests share. The tests of one JVM share one in-memory database,
 * so every test makes its own data unique (a name prefix, a day of its own) and asserts
 * only on what it made.
 */
final class ReviewFixtures {

	/** Days of their own for tests that filter by date, far before any real data. */
	private static final AtomicInteger NEXT_DAY = new AtomicInteger();

	private ReviewFixtures() {
	}

	/**
	 * A name prefix no other test uses.
	 * @param stem a readable start
	 * @return the stem followed by eight random letters and digits
	 */
	static String unique(String stem) {
		return stem + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	/**
	 * A day no other test creates assessments on, with free days on each side.
	 * @return a day in the 1980s or later
	 */
	static LocalDate uniqueDay() {
		return LocalDate.of(1980, 1, 1).plusDays(NEXT_DAY.getAndAdd(10));
	}

	/**
	 * Moves the creation time of an assessment, which the application always sets to now
	 * and never changes, and the copy of it that the words of its name keep for the name
	 * search's order.
	 * @param jdbc the database
	 * @param assessment the assessment
	 * @param at its new creation time
	 */
	static void createdAt(JdbcTemplate jdbc, Assessment assessment, Instant at) {
		OffsetDateTime time = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		int updated = jdbc.update("UPDATE assessment SET created_at = ? WHERE public_id = ?", time,
				assessment.getPublicId());
		assertThat(updated).isOne();
		jdbc.update("UPDATE assessment_name_word SET created_at = ? WHERE assessment_id = ?", time, assessment.getId());
	}

	static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
		return day.atTime(time).atZone(zone).toInstant();
	}

	static long rowsWithPublicId(JdbcTemplate jdbc, UUID publicId) {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE public_id = ?", Long.class, publicId);
		return (count != null) ? count : 0;
	}

	static String body(MvcTestResult result) {
		return StaffPages.body(result);
	}

	static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Document html(MvcTestResult result) {
		return StaffPages.parse(result);
	}

	/**
	 * The client names of the staff list, top to bottom.
	 * @param list the list page
	 * @return the names
	 */
	static List<String> names(Document list) {
		return list.select("table.staff-list tbody tr").stream().map((row) -> row.select("td").get(1).text()).toList();
	}

	/**
	 * The text of the list's count, such as "3 assessments match".
	 * @param list the list page
	 * @return the text
	 */
	static String count(Document list) {
		Element count = list.selectFirst("p.count");
		assertThat(count).as("the count").isNotNull();
		return count.text();
	}

}
