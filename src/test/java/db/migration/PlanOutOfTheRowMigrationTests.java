package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.massageadvisor.assessment.RecommendationSnapshot;
import com.massageadvisor.plan.PlanBrief;
import com.massageadvisor.rules.AnswerSamples;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.IntRange;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.RulesEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 on rows written by the schema before it (V12): every assessment reads back the same
 * plan from {@code assessment_plan}, its summary columns say what the plan says, a
 * check-in's plan is compressed in place, and the JSON columns are gone. More rows than
 * one batch of the migration, so that it goes on from batch to batch.
 */
class PlanOutOfTheRowMigrationTests {

	private static final RulesEngine ENGINE = new RulesEngine();

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void rowsWrittenByTheOldSchemaReadBackTheSamePlanAfterTheMigration() throws SQLException {
		String url = "jdbc:h2:mem:plan-out-of-the-row-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		List<Recommendation> plans = new ArrayList<>();
		for (Answers answers : AnswerSamples.of(V13__Plan_out_of_the_row.BATCH + 500, 20261209L)) {
			plans.add(ENGINE.evaluate(answers));
		}
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			flyway(url, "12").migrate();
			UUID first = null;
			for (int i = 0; i < plans.size(); i++) {
				UUID publicId = insertOldAssessment(connection, i + 1, plans.get(i));
				first = (first != null) ? first : publicId;
			}
			insertOldCheckIn(connection, first, plans.get(1));

			flyway(url, null).migrate();

			try (PreparedStatement read = connection
				.prepareStatement("select a.id, p.plan, a.massage_advisable, a.plan_interval_min, a.plan_interval_max, "
						+ "a.session_minutes_min, a.session_minutes_max from assessment a "
						+ "join assessment_plan p on p.assessment_id = a.id order by a.id");
					ResultSet rows = read.executeQuery()) {
				int count = 0;
				while (rows.next()) {
					Recommendation plan = plans.get((int) rows.getLong(1) - 1);
					assertThat(RecommendationSnapshot.unpack(rows.getBytes(2))).isEqualTo(plan);
					Integer min = rows.getObject(4, Integer.class);
					Integer max = rows.getObject(5, Integer.class);
					PlanBrief brief = new PlanBrief(rows.getBoolean(3),
							(min != null && max != null) ? new IntRange(min, max) : null,
							new IntRange(rows.getInt(6), rows.getInt(7)));
					assertThat(brief).isEqualTo(PlanBrief.of(plan));
					count++;
				}
				assertThat(count).isEqualTo(plans.size());
			}
			try (PreparedStatement read = connection.prepareStatement("select plan from check_in");
					ResultSet rows = read.executeQuery()) {
				assertThat(rows.next()).isTrue();
				assertThat(RecommendationSnapshot.unpack(rows.getBytes(1))).isEqualTo(plans.get(1));
			}
			try (PreparedStatement read = connection.prepareStatement("select count(*) from information_schema.columns "
					+ "where lower(column_name) = 'recommendation' and lower(table_name) in ('assessment', 'check_in')");
					ResultSet rows = read.executeQuery()) {
				rows.next();
				assertThat(rows.getInt(1)).isZero();
			}
		}
	}

	private static Flyway flyway(String url, String target) {
		var configuration = Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2");
		return ((target != null) ? configuration.target(target) : configuration).load();
	}

	/**
	 * An assessment as the application wrote it before V13 (the old bulk load's columns).
	 */
	private static UUID insertOldAssessment(Connection connection, long id, Recommendation plan) throws SQLException {
		UUID publicId = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement("insert into assessment (id, public_id, "
				+ "created_at, consent_at, client_name, client_name_key, locale, goal, lifestyle, massage_type, "
				+ "conditions, pain_level, pain_duration, signs, sore_after_last_massage, rules_version, "
				+ "massage_advisable, highest_severity, recommendation, version) values (?, ?, ?, ?, 'Ana', 'ana', "
				+ "'en', 'RELAXATION', 'OTHER', 'SWEDISH', '', 0, 'NONE', '', false, ?, ?, ?, ?, 0)")) {
			insert.setLong(1, id);
			insert.setObject(2, publicId);
			insert.setObject(3, NOW);
			insert.setObject(4, NOW);
			insert.setString(5, plan.rulesVersion());
			insert.setBoolean(6, plan.massageAdvisable());
			insert.setString(7, (plan.highestSeverity() != null) ? plan.highestSeverity().name() : null);
			insert.setString(8, RecommendationSnapshot.write(plan));
			insert.executeUpdate();
		}
		return publicId;
	}

	private static void insertOldCheckIn(Connection connection, UUID assessment, Recommendation plan)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into check_in (id, assessment_public_id, "
				+ "seq, created_at, check_in_date, sessions_since_last, pain_level, soreness, change_since_start, "
				+ "pain_during_session, red_flags, rules_version, step, step_reason, needs_attention, recommendation) "
				+ "values (1, ?, 1, ?, ?, 2, 3, 'NONE', 'BETTER', false, '', ?, 'CONTINUE', 'WORKING', false, ?)")) {
			insert.setObject(1, assessment);
			insert.setObject(2, NOW);
			insert.setObject(3, NOW.toLocalDate());
			insert.setString(4, plan.rulesVersion());
			insert.setString(5, RecommendationSnapshot.write(plan));
			insert.executeUpdate();
		}
	}

}
