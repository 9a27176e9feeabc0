package com.massageadvisor.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The health check ({@code /actuator/health}, the {@code databaseWrite} component)
 * reports DOWN when the database cannot be written to: a full disk, a read-only data
 * folder, an H2 database closed after a failed write. Reading alone, which is what the
 * standard database check tries, went on working in those cases while every submission
 * failed.
 *
 * <p>
 * It updates and commits the one row of {@code health_probe} (migration V6_1): a change
 * that was rolled back would never reach the disk, so it could not see a full one. One
 * small write per check, and nothing grows. Once the fault is gone the next check, on a
 * fresh connection if H2 closed the old ones ({@link H2ConnectionEviction}), reports UP
 * again.
 */
@Component("databaseWrite")
class DatabaseWriteHealth extends AbstractHealthIndicator {

	private final DataSource dataSource;

	DatabaseWriteHealth(DataSource dataSource) {
		super("The database cannot be written to");
		this.dataSource = dataSource;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement probe = connection
					.prepareStatement("UPDATE health_probe SET checked_at = CURRENT_TIMESTAMP WHERE id = 1")) {
			if (!connection.getAutoCommit()) {
				connection.setAutoCommit(true);
			}
			if (probe.executeUpdate() != 1) {
				builder.down().withDetail("reason", "the health_probe row is missing");
				return;
			}
		}
		builder.up();
	}

}
