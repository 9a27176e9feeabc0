package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import com.massageadvisor.assessment.NameWords;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The words of every name for the staff search (issue 17): the table
 * {@code assessment_name_word}, filled for the assessments already stored with the same
 * folding the application uses ({@link NameWords}, which SQL cannot do portably: accents,
 * "ß", "œ"), then its keys and index, and the old index on the whole lower-cased name
 * dropped (nothing searches {@code client_name_key} any more).
 *
 * <p>
 * Java, and outside a transaction: the rows are read by id in batches of {@value #BATCH}
 * and each batch is committed with its words, so that a million assessments need neither
 * a huge transaction (H2 keeps its undo in memory) nor the whole table in memory. It
 * starts by dropping a half-filled table, so a run that broke off can be repeated (after
 * {@code flyway repair}). Portable SQL: H2 and PostgreSQL.
 */
public class V12__Assessment_name_words extends BaseJavaMigration {

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
			execute(connection, "DROP TABLE IF EXISTS assessment_name_word");
			execute(connection, """
					CREATE TABLE assessment_name_word (
					    assessment_id BIGINT                   NOT NULL,
					    word          VARCHAR(100)             NOT NULL,
					    word_start    VARCHAR(12)              NOT NULL,
					    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
					)""");
			connection.setAutoCommit(false);
			fill(connection);
			connection.setAutoCommit(true);
			// the keys and the index after the rows: faster than row by row
			execute(connection, "ALTER TABLE assessment_name_word ADD CONSTRAINT pk_assessment_name_word "
					+ "PRIMARY KEY (assessment_id, word)");
			execute(connection, "ALTER TABLE assessment_name_word ADD CONSTRAINT fk_assessment_name_word_assessment "
					+ "FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE");
			// a search reads the words of one start newest first, as the list shows them
			execute(connection, "CREATE INDEX ix_assessment_name_word ON assessment_name_word "
					+ "(word_start, created_at DESC, assessment_id DESC, word)");
			execute(connection, "DROP INDEX ix_assessment_name");
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static void fill(Connection connection) throws SQLException {
		long after = Long.MIN_VALUE;
		try (PreparedStatement read = connection.prepareStatement("SELECT id, client_name, created_at FROM assessment "
				+ "WHERE id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
				PreparedStatement write = connection
					.prepareStatement("INSERT INTO assessment_name_word (assessment_id, word, word_start, created_at) "
							+ "VALUES (?, ?, ?, ?)")) {
			while (true) {
				read.setLong(1, after);
				int rows = 0;
				try (ResultSet result = read.executeQuery()) {
					while (result.next()) {
						after = result.getLong(1);
						OffsetDateTime createdAt = result.getObject(3, OffsetDateTime.class);
						for (String word : NameWords.of(result.getString(2))) {
							write.setLong(1, after);
							write.setString(2, word);
							write.setString(3, NameWords.start(word));
							write.setObject(4, createdAt);
							write.addBatch();
						}
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

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
