package com.massageadvisor.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditDetail;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.system.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The online backup of the embedded H2 database: H2's {@code BACKUP TO} writes a
 * consistent copy of the database file into a zip while the application keeps running.
 * PostgreSQL is backed up with its own tools ({@code pg_dump}); see
 * {@code docs/reliability.md}.
 *
 * <p>
 * The backup folder and files are readable by their owner only ({@code 700} and
 * {@code 600}, {@link OwnerOnlyFiles}). Backups expire: after each one, all but the
 * newest {@code app.backup.keep} are deleted, with an audit event naming them. Until then
 * an older backup still holds what was deleted from the database since.
 */
@Service
public class DatabaseBackup {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	/** The names of the backups this class writes, and the only files it deletes. */
	static final Pattern BACKUP_NAME = Pattern.compile("massage-advisor-\\d{8}-\\d{6}\\.zip");

	private static final Logger logger = LoggerFactory.getLogger(DatabaseBackup.class);

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
		Path folder = OwnerOnlyFiles.folder(this.properties.backupDir());
		Path file = folder.resolve("massage-advisor-" + STAMP.format(this.clock.instant()) + ".zip");
		this.jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
		OwnerOnlyFiles.file(file);
		this.audit.record(actor, AuditAction.BACKUP, null,
				AuditDetail.of("audit.detail.backup", file.getFileName().toString()));
		List<Path> pruned = prune(folder, this.properties.backup().keep());
		if (!pruned.isEmpty()) {
			this.audit.record(actor, AuditAction.BACKUPS_PRUNED, null,
					AuditDetail.of("audit.detail.backupsPruned", pruned.size(), this.properties.backup().keep(),
							pruned.stream().map((p) -> p.getFileName().toString()).collect(Collectors.joining(", "))));
		}
		return file;
	}

	/**
	 * Deletes all but the newest backups of a folder; other files are left alone.
	 * @param folder the backup folder
	 * @param keep how many to keep
	 * @return the backups deleted, newest first (the names hold the time, so the newest
	 * sort last)
	 */
	static List<Path> prune(Path folder, int keep) {
		List<Path> backups;
		try (Stream<Path> files = Files.list(folder)) {
			backups = files.filter((f) -> BACKUP_NAME.matcher(f.getFileName().toString()).matches())
				.filter(Files::isRegularFile)
				.sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Path> expired = backups.subList(Math.min(keep, backups.size()), backups.size());
		for (Path old : expired) {
			try {
				Files.deleteIfExists(old);
				logger.info("Backup {} deleted: older than the newest {}", old.getFileName(), keep);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not delete the expired backup " + old, ex);
			}
		}
		return expired;
	}

}
