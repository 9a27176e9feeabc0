package com.massageadvisor.review;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.checkin.LatestCheckIn;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.rules.Answers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes assessments as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets
 * read accents right), with Apache Commons CSV. Answers are written as their codes, which
 * stay the same in every language. A cell that a spreadsheet would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe,
 * so that it is shown as text and never run.
 */
class AssessmentCsv {

	static final String[] HEADER = { "created_at", "public_id", "client_name", "email", "goal", "lifestyle",
			"massage_type", "conditions", "pain_level", "pain_duration", "signs", "sore_after_last_massage",
			"session_price", "monthly_budget", "massage_advisable", "highest_severity", "plan", "rules_version",
			"review_status", "reviewed_by", "reviewed_at", "review_note", "latest_check_in_date",
			"latest_check_in_pain", "latest_check_in_change", "latest_check_in_step" };

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PlanPresenter presenter;

	private final Locale locale;

	private final ZoneId zone;

	private final Function<Collection<UUID>, Map<UUID, LatestCheckIn>> latest;

	private @Nullable CSVPrinter printer;

	/**
	 * @param latest the latest check-ins of some assessments by their public ids, read in
	 * one query for a batch of rows
	 */
	AssessmentCsv(PlanPresenter presenter, Locale locale, ZoneId zone,
			Function<Collection<UUID>, Map<UUID, LatestCheckIn>> latest) {
		this.presenter = presenter;
		this.locale = locale;
		this.zone = zone;
		this.latest = latest;
	}

	void start(Writer out) throws IOException {
		out.write('\uFEFF');
		this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
	}

	/**
	 * Writes a batch of rows, with their latest check-ins read in one query.
	 * @param assessments the rows, in the order of the export
	 */
	void rows(List<Assessment> assessments) throws IOException {
		if (assessments.isEmpty()) {
			return;
		}
		Map<UUID, LatestCheckIn> checkIns = this.latest
			.apply(assessments.stream().map(Assessment::getPublicId).toList());
		for (Assessment assessment : assessments) {
			row(assessment, checkIns.get(assessment.getPublicId()));
		}
	}

	private void row(Assessment assessment, @Nullable LatestCheckIn checkIn) throws IOException {
		Answers answers = assessment.getAnswers();
		printer().printRecord(time(assessment.getCreatedAt()), assessment.getPublicId(),
				safe(assessment.getClientName()), safe(assessment.getEmail()), answers.goal(), answers.lifestyle(),
				answers.massageType(), codes(answers.conditions()), answers.painLevel(), answers.painDuration(),
				codes(answers.signs()), answers.soreAfterLastMassage(), amount(answers.sessionPrice()),
				amount(answers.monthlyBudget()), assessment.isMassageAdvisable(), assessment.getHighestSeverity(),
				safe(this.presenter.brief(assessment.getBrief(), this.locale)), assessment.getRulesVersion(),
				assessment.getReviewStatus(), safe(assessment.getReviewedBy()), time(assessment.getReviewedAt()),
				safe(assessment.getReviewNote()), (checkIn != null) ? checkIn.getDate() : "",
				(checkIn != null) ? checkIn.getPainLevel() : "", (checkIn != null) ? checkIn.getChange() : "",
				(checkIn != null) ? checkIn.getStep() : "");
	}

	void finish() throws IOException {
		printer().flush();
	}

	private CSVPrinter printer() {
		if (this.printer == null) {
			throw new IllegalStateException("start() first");
		}
		return this.printer;
	}

	private String time(java.time.@Nullable Instant instant) {
		return (instant != null) ? TIMESTAMP.format(instant.atZone(this.zone)) : "";
	}

	private static String amount(@Nullable BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : "";
	}

	private static String codes(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining(" "));
	}

	/**
	 * Neutralises a cell a spreadsheet would read as a formula (OWASP's advice for CSV
	 * injection).
	 * @param text free text typed by a client or staff
	 * @return the text, prefixed with an apostrophe when it starts like a formula
	 */
	static String safe(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

}
