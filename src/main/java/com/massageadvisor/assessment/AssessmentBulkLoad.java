package com.massageadvisor.assessment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads many assessments at once with JDBC batch inserts, for demo and benchmark data (a
 * million rows through the entity would take an hour). The SQL of the {@code assessment}
 * table stays here, next to the entity that maps it: the plan columns of a template are
 * read back exactly as Hibernate wrote them, and every row reuses them.
 */
@Component
public class AssessmentBulkLoad {

	/** The columns of a template row, read back as Hibernate wrote them. */
	private static final String TEMPLATE_COLUMNS = "goal, lifestyle, massage_type, conditions, pain_level, "
			+ "pain_duration, signs, sore_after_last_massage, session_price, monthly_budget, rules_version, "
			+ "massage_advisable, highest_severity, plan_interval_min, plan_interval_max, session_minutes_min, "
			+ "session_minutes_max";

	private static final int TEMPLATE_COLUMN_COUNT = TEMPLATE_COLUMNS.split(", ").length;

	private static final String INSERT = "INSERT INTO assessment (id, public_id, created_at, consent_at, client_name, "
			+ "client_name_key, email, locale, review_status, review_note, reviewed_by, reviewed_at, version, "
			+ "check_in_due_on, " + TEMPLATE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
			+ ", ?".repeat(TEMPLATE_COLUMN_COUNT) + ")";

	private static final String INSERT_PLAN = "INSERT INTO assessment_plan (assessment_id, plan) VALUES (?, ?)";

	private static final String INSERT_WORD = "INSERT INTO assessment_name_word (assessment_id, word, word_start, "
			+ "created_at) VALUES (?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	AssessmentBulkLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stored answers and plan of one saved assessment, to be reused by many rows.
	 *
	 * @param columns the column values, as the database holds them
	 * @param plan the stored plan (its compressed JSON), as the database holds it
	 * @param advisable whether the plan advises massage
	 * @param checkInDueDays the days after its creation a row's first check-in is
	 * overdue, or null when none is expected
	 */
	public record Template(Object[] columns, byte[] plan, boolean advisable, @Nullable Long checkInDueDays) {
	}

	/**
	 * One row to insert: what varies per client, and the template of its answers and
	 * plan.
	 *
	 * @param id the primary key, from {@link #reserveIds(int)}
	 * @param publicId the id of its public link
	 * @param createdAt when it was created (and consented)
	 * @param clientName the client's name
	 * @param email the client's e-mail address, if given
	 * @param locale the client's language tag
	 * @param template the answers and plan
	 * @param status the review status
	 * @param note the review note
	 * @param reviewer who reviewed it
	 * @param reviewedAt when it was reviewed
	 */
	public record Row(long id, UUID publicId, OffsetDateTime createdAt, String clientName, @Nullable String email,
			String locale, Template template, ReviewStatus status, @Nullable String note, @Nullable String reviewer,
			@Nullable OffsetDateTime reviewedAt) {

		Object[] values() {
			Object[] own = { this.id, this.publicId, this.createdAt, this.createdAt, this.clientName,
					Assessment.searchKey(this.clientName), this.email, this.locale, this.status.name(), this.note,
					this.reviewer, this.reviewedAt, (this.status != ReviewStatus.NEW) ? 1 : 0, checkInDueOn() };
			Object[] t = this.template.columns();
			Object[] values = Arrays.copyOf(own, own.length + t.length);
			System.arraycopy(t, 0, values, own.length, t.length);
			return values;
		}

		private @Nullable LocalDate checkInDueOn() {
			Long days = this.template.checkInDueDays();
			return (days != null) ? this.createdAt.toLocalDate().plusDays(days) : null;
		}

	}

	/**
	 * Reads back the answers and plan of an assessment saved (and flushed) in the current
	 * transaction, exactly as written.
	 * @param saved the saved assessment
	 * @return its template
	 */
	public Template template(Assessment saved) {
		Map<String, Object> row = this.jdbc.queryForMap("SELECT " + TEMPLATE_COLUMNS + " FROM assessment WHERE id = ?",
				saved.getId());
		// the map is case-insensitive: H2 reports upper-case names, PostgreSQL lower-case
		Object[] columns = Arrays.stream(TEMPLATE_COLUMNS.split(", ")).map(row::get).toArray();
		byte[] plan = this.jdbc.queryForObject("SELECT plan FROM assessment_plan WHERE assessment_id = ?", byte[].class,
				saved.getId());
		LocalDate due = saved.getCheckInDueOn();
		Long dueDays = (due != null)
				? ChronoUnit.DAYS.between(saved.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate(), due) : null;
		return new Template(columns, Objects.requireNonNull(plan), saved.isMassageAdvisable(), dueDays);
	}

	/**
	 * Ids above anything the sequence has handed out, then the sequence moved past them
	 * (with a margin of more than one allocation of 50), so that no id is ever handed out
	 * twice. In the same run, Hibernate may first use up to 49 ids it had already taken
	 * from the sequence (all below the reserved ones); after a restart, new ids follow
	 * the reserved ones.
	 * @param rows how many ids to reserve
	 * @return the first reserved id
	 */
	public long reserveIds(int rows) {
		boolean postgres = this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres"));
		Long current = this.jdbc.queryForObject(
				postgres ? "SELECT nextval('assessment_seq')" : "SELECT NEXT VALUE FOR assessment_seq", Long.class);
		Long highest = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM assessment", Long.class);
		long first = Math.max((current != null) ? current : 0, (highest != null) ? highest : 0) + 1000;
		long restart = first + rows + 1000;
		this.jdbc.execute("ALTER SEQUENCE assessment_seq RESTART WITH " + restart);
		return first;
	}

	/**
	 * Inserts the rows in one JDBC batch, their plans in another, then the words of their
	 * names for the staff search ({@link NameWords}) in a third, in the caller's
	 * transaction.
	 * @param rows the rows
	 */
	public void insert(List<Row> rows) {
		this.jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				Object[] values = rows.get(i).values();
				for (int column = 0; column < values.length; column++) {
					statement.setObject(column + 1, values[column]);
				}
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		});
		this.jdbc.batchUpdate(INSERT_PLAN,
				rows.stream().map((row) -> new Object[] { row.id(), row.template().plan() }).toList());
		List<Object[]> words = new ArrayList<>();
		for (Row row : rows) {
			for (String word : NameWords.of(row.clientName())) {
				words.add(new Object[] { row.id(), word, NameWords.start(word), row.createdAt() });
			}
		}
		this.jdbc.batchUpdate(INSERT_WORD, words);
	}

	/** Updates the statistics the query planner uses, as after any bulk load. */
	public void analyze() {
		this.jdbc.execute("ANALYZE");
	}

}
