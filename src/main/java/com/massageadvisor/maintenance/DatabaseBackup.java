package com.massageadvisor.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditDetail;
import com.massageadvisor.audit.AuditTrail;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The online backup of the embedded H2 database: H2's {@code BACKUP TO} writes a
 * consistent copy of the database file into a zip while the application keeps running.
 * PostgreSQL is backed up with its own tools ({@code pg_dump}); see
 * {@code docs/reliability.md}.
 */
@Service
public class DatabaseBackup {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final MaintenanceProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	DatabaseBackup(JdbcTemplate jdbc, MaintenanceProperties properties, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the database is the embedded H2 one, which this class can back up.
	 * @return true for H2
	 */
	public boolean supported() {
		String product = this.jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		return "H2".equals(product);
	}

	/**
	 * Writes a backup now.
	 * @param actor who asked for it
	 * @return the backup file
	 */
	@Transactional
	public Path backup(String actor) {
		if (!supported()) {
			throw new IllegalStateException("Online backup is for the embedded H2 database; use pg_dump");
		}
		try {
			Files.createDirectories(this.properties.backupDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Path file = this.properties.backupDir()
			.resolve("massage-advisor-" + STAMP.format(this.clock.instant()) + ".zip")
			.toAbsolutePath();
		this.jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
		this.audit.record(actor, AuditAction.BACKUP, null,
				AuditDetail.of("audit.detail.backup", file.getFileName().toString()));
		return file;
	}

}
