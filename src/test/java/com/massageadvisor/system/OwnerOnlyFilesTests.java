package com.massageadvisor.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Data at rest for the application's user only: folders {@code 700}, files {@code 600},
 * whatever the umask made them, on a file system with POSIX permissions.
 */
class OwnerOnlyFilesTests {

	@TempDir
	Path temp;

	@BeforeEach
	void posix() {
		assumeTrue(OwnerOnlyFiles.posix(this.temp), "the file system has no POSIX permissions");
	}

	private static String mode(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	@Test
	void missingFoldersAreCreatedOwnerOnlyAtEveryLevel() throws Exception {
		Path folder = OwnerOnlyFiles.folder(this.temp.resolve("srv/clinic/data"));
		assertThat(folder).isDirectory().isAbsolute();
		assertThat(mode(this.temp.resolve("srv"))).isEqualTo("rwx------");
		assertThat(mode(this.temp.resolve("srv/clinic"))).isEqualTo("rwx------");
		assertThat(mode(folder)).isEqualTo("rwx------");
	}

	@Test
	void anExistingFolderIsTightened() throws Exception {
		Path folder = Files.createDirectory(this.temp.resolve("data"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		OwnerOnlyFiles.folder(folder);
		assertThat(mode(folder)).isEqualTo("rwx------");
	}

	@Test
	void theFilesOfTheDatabaseAreMadeOwnerOnlyAndOthersLeftAlone() throws Exception {
		Path database = Files.createFile(this.temp.resolve("massage-advisor.mv.db"));
		Path trace = Files.createFile(this.temp.resolve("massage-advisor.trace.db"));
		Path other = Files.createFile(this.temp.resolve("notes.txt"));
		for (Path file : new Path[] { database, trace, other }) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
		assertThat(OwnerOnlyFiles.files(this.temp, "massage-advisor.")).containsExactlyInAnyOrder(database, trace);
		assertThat(mode(database)).isEqualTo("rw-------");
		assertThat(mode(trace)).isEqualTo("rw-------");
		assertThat(mode(other)).isEqualTo("rw-r--r--");
	}

	@Test
	void theHomeFolderIsNeverChanged() throws Exception {
		Path home = Path.of(System.getProperty("user.home"));
		String before = mode(home);
		OwnerOnlyFiles.folder(home);
		assertThat(mode(home)).isEqualTo(before);
	}

}
