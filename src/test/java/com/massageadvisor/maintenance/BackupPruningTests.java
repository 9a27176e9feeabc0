package com.massageadvisor.maintenance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backups expire: after a backup only the newest {@code app.backup.keep} stay; files the
 * application did not write are never deleted.
 */
class BackupPruningTests {

	@TempDir
	Path folder;

	private Path backup(String stamp) throws Exception {
		return Files.createFile(this.folder.resolve("massage-advisor-" + stamp + ".zip"));
	}

	private Stream<String> left() throws Exception {
		return Files.list(this.folder).map((f) -> f.getFileName().toString()).sorted();
	}

	@Test
	void keepsTheNewestAndDeletesTheOlderOnes() throws Exception {
		backup("20261201-030000");
		backup("20261130-030000");
		backup("20251231-235959");
		backup("20261202-030000");
		backup("20261202-120000");
		Files.createFile(this.folder.resolve("notes.txt"));
		Files.createFile(this.folder.resolve("massage-advisor-manual.zip"));

		assertThat(DatabaseBackup.prune(this.folder, 3)).map((p) -> p.getFileName().toString())
			.containsExactly("massage-advisor-20261130-030000.zip", "massage-advisor-20251231-235959.zip");
		assertThat(left()).containsExactly("massage-advisor-20261201-030000.zip", "massage-advisor-20261202-030000.zip",
				"massage-advisor-20261202-120000.zip", "massage-advisor-manual.zip", "notes.txt");
	}

	@Test
	void fewerBackupsThanKeptDeletesNothing() throws Exception {
		backup("20261201-030000");
		assertThat(DatabaseBackup.prune(this.folder, 7)).isEmpty();
		assertThat(left()).containsExactly("massage-advisor-20261201-030000.zip");
	}

}
