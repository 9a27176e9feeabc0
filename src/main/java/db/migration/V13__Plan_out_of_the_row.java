package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Locale;

import com.massageadvisor.assessment.RecommendationSnapshot;
import com.massageadvisor.rules.IntRange;
import com.massageadvisor.rules.Recommendation;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The plan out of the assessment's row (issue 17, "the row"): the JSON of each stored
 * plan ({@code assessment.recommendation}, about 3.7 KB) moves, deflated
 * ({@link RecommendationSnapshot#deflate}), to a table of its own,
 * {@code assessment_plan}; what the staff list shows of it goes into plain columns of the
 * assessment ({@code plan_interval_min}, {@code plan_interval_max},
 * {@code session_minutes_min}, {@code session_minutes_max}; whether massage is advisable
 * already is one); the check-ins' plans are deflated in place ({@code check_in.plan}).
 * Then the JSON columns are dropped.
 *
 * <p>
 * Java, and outside a transaction, as V12: the rows are read by id in batches of
 * {@value #BATCH} and each batch is committed with what it wrote, so that a million
 * assessments need neither a huge transaction nor the whole table in memory; the keys and
 * the not-null constraints come after the rows. A run that broke off while filling can be
 * repeated (after {@code flyway repair}): a batch commits an assessment's plan with its
 * columns, and the rows already converted are skipped. Portable SQL (H2 and PostgreSQL;
 * {@code BYTEA} is H2's {@code VARBINARY}) but for the one {@code ALTER TABLE} that adds
 * the four columns: H2 copies the whole table for each {@code ADD} (and for the
 * {@code DROP COLUMN} at the end), so they are added at once, in each database's syntax.
 *
 * <p>
 * On PostgreSQL the updated rows leave their old versions behind until a
 * {@code VACUUM FULL assessment} (or the autovacuum, which only makes the room reusable).
 */
public class V13__Plan_out_of_the_row extends BaseJavaMigration {

	static final int BATCH = 2000;

	@Override
	public boolean canExecuteInTransaction() {
		return false;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean autoCommit = connection.getAutoCommit();
		try {
			connection.setAutoCommit(true);
			execute(connection, """
					CREATE TABLE IF NOT EXISTS assessment_plan (
					    assessment_id BIGINT NOT NULL,
					    plan          BYTEA  NOT NULL
					)""");
			// H2 copies the whole table for each ALTER TABLE ... ADD, so the four columns
			// go in
			// one statement, whose syntax differs
			if (!hasColumn(connection, "assessment", "session_minutes_min")) {
				boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
				execute(connection, h2
						? "ALTER TABLE assessment ADD COLUMN (plan_interval_min INTEGER, "
								+ "plan_interval_max INTEGER, session_minutes_min INTEGER, session_minutes_max INTEGER)"
						: "ALTER TABLE assessment ADD COLUMN plan_interval_min INTEGER, "
								+ "ADD COLUMN plan_interval_max INTEGER, ADD COLUMN session_minutes_min INTEGER, "
								+ "ADD COLUMN session_minutes_max INTEGER");
			}
			if (!hasColumn(connection, "check_in", "plan")) {
				execute(connection, "ALTER TABLE check_in ADD COLUMN plan BYTEA");
			}
			connection.setAutoCommit(false);
			fillAssessments(connection);
			fillCheckIns(connection);
			connection.setAutoCommit(true);
			execute(connection,
					"ALTER TABLE assessment_plan ADD CONSTRAINT pk_assessment_plan PRIMARY KEY (assessment_id)");
			execute(connection, "ALTER TABLE assessment_plan ADD CONSTRAINT fk_assessment_plan_assessment "
					+ "FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE");
			execute(connection, "ALTER TABLE assessment ALTER COLUMN session_minutes_min SET NOT NULL");
			execute(connection, "ALTER TABLE assessment ALTER COLUMN session_minutes_max SET NOT NULL");
			execute(connection, "ALTER TABLE check_in ALTER COLUMN plan SET NOT NULL");
			execute(connection, "ALTER TABLE assessment DROP COLUMN recommendation");
			execute(connection, "ALTER TABLE check_in DROP COLUMN recommendation");
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static void fillAssessments(Connection connection) throws SQLException {
		long after = Long.MIN_VALUE;
		try (PreparedStatement read = connection.prepareStatement("SELECT id, recommendation FROM assessment "
				+ "WHERE id > ? AND session_minutes_min IS NULL ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
				PreparedStatement plan = connection
					.prepareStatement("INSERT INTO assessment_plan (assessment_id, plan) VALUES (?, ?)");
				PreparedStatement brief = connection.prepareStatement("UPDATE assessment SET plan_interval_min = ?, "
						+ "plan_interval_max = ?, session_minutes_min = ?, session_minutes_max = ? WHERE id = ?")) {
			while (true) {
				read.setLong(1, after);
				int rows = 0;
				try (ResultSet result = read.executeQuery()) {
					while (result.next()) {
						after = result.getLong(1);
						String json = result.getString(2);
						Recommendation recommendation = RecommendationSnapshot.read(json);
						plan.setLong(1, after);
						plan.setBytes(2, RecommendationSnapshot.deflate(json));
						plan.addBatch();
						IntRange interval = recommendation.interval();
						if (interval != null) {
							brief.setInt(1, interval.min());
							brief.setInt(2, interval.max());
						}
						else {
							brief.setNull(1, Types.INTEGER);
							brief.setNull(2, Types.INTEGER);
						}
						brief.setInt(3, recommendation.sessionLength().minutes().min());
						brief.setInt(4, recommendation.sessionLength().minutes().max());
						brief.setLong(5, after);
						brief.addBatch();
						rows++;
					}
				}
				plan.executeBatch();
				brief.executeBatch();
				connection.commit();
				if (rows < BATCH) {
					return;
				}
			}
		}
	}

	private static void fillCheckIns(Connection connection) throws SQLException {
		long after = Long.MIN_VALUE;
		try (PreparedStatement read = connection.prepareStatement("SELECT id, recommendation FROM check_in "
				+ "WHERE id > ? AND plan IS NULL ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
				PreparedStatement write = connection.prepareStatement("UPDATE check_in SET plan = ? WHERE id = ?")) {
			while (true) {
				read.setLong(1, after);
				int rows = 0;
				try (ResultSet result = read.executeQuery()) {
					while (result.next()) {
						after = result.getLong(1);
						write.setBytes(1, RecommendationSnapshot.deflate(result.getString(2)));
						write.setLong(2, after);
						write.addBatch();
						rows++;
					}
				}
				write.executeBatch();
				connection.commit();
				if (rows < BATCH) {
					return;
				}
			}
		}
	}

	private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.columns "
				+ "WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = ? AND LOWER(column_name) = ?")) {
			query.setString(1, table);
			query.setString(2, column);
			try (ResultSet result = query.executeQuery()) {
				return result.next() && result.getInt(1) > 0;
			}
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
