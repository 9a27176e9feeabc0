package com.massageadvisor.staff;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A staff account can still be written after the connection that built the schema has
 * closed, as it is when the pool retires it: with H2 2.4.240, a CHECK constraint on the
 * role made every later insert fail ("Check constraint invalid") until a restart.
 */
class StaffRoleConstraintTests {

	@Test
	void staffAccountsAreWrittenAfterTheMigrationsConnectionHasClosedAndOnlyKnownRolesAreTaken() throws SQLException {
		String url = "jdbc:h2:mem:staff-role-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (Connection keeper = DriverManager.getConnection(url, "sa", "")) {
			// Flyway opens its own connection and closes it when done
			Flyway.configure()
				.dataSource(url, "sa", "")
				.locations("classpath:db/migration", "classpath:db/vendor/h2")
				.load()
				.migrate();
			try (Connection later = DriverManager.getConnection(url, "sa", "")) {
				assertThat(insert(later, 1, "ADMIN")).isOne();
				assertThat(insert(later, 2, "STAFF")).isOne();
				assertThatExceptionOfType(SQLException.class).isThrownBy(() -> insert(later, 3, "OWNER"));
			}
		}
	}

	private static int insert(Connection connection, long id, String role) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into staff_user (id, username, "
				+ "password_hash, role, enabled, failed_logins, created_at, version) values (?, ?, 'x', ?, true, 0, ?, 0)")) {
			insert.setLong(1, id);
			insert.setString(2, "user" + id);
			insert.setString(3, role);
			insert.setObject(4, OffsetDateTime.now());
			return insert.executeUpdate();
		}
	}

}
