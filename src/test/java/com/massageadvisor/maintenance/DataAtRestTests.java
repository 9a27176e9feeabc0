package com.massageadvisor.maintenance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import com.massageadvisor.assessment.Assessments;
import com.massageadvisor.audit.AuditAction;
import com.massageadvisor.audit.AuditTrail;
import com.massageadvisor.audit.AuditEvent;
import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.Goal;
import com.massageadvisor.rules.Lifestyle;
import com.massageadvisor.rules.MassageType;
import com.massageadvisor.system.OwnerOnlyFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Data at rest, with the application as it runs: an H2 file encrypted with
 * {@code CIPHER=AES} (the README's recipe) opens through the durable URL and serves
 * pages; its folder and files are for the application's user only ({@code 700},
 * {@code 600}), as are the backups; and backups expire, all but the newest
 * {@code app.backup.keep} deleted after each one, with an audit event.
 */
@Tag("integration")
@SpringBootTest(properties = "app.backup.keep=3")
@AutoConfigureMockMvc
class DataAtRestTests {

	@TempDir
	static Path data;

	@DynamicPropertySource
	static void encryptedFile(DynamicPropertyRegistry registry) {
		// a folder that does not exist yet: the application creates it, owner-only
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + data.resolve("db/massage-advisor") + ";CIPHER=AES;LAZY_QUERY_EXECUTION=TRUE");
		registry.add("spring.datasource.password", () -> "file-secret user-secret");
		registry.add("app.backup-dir", () -> data.resolve("backups").toString());
	}

	@Autowired
	private AuditTrail audit;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Assessments assessments;

	@Autowired
	private DatabaseBackup backup;

	@Autowired
	private JdbcTemplate jdbc;

	private static String mode(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	private UUID create(String name) {
		return this.assessments
			.create(name, null, Locale.ENGLISH,
					Answers.builder(Goal.RELAXATION, Lifestyle.OTHER, MassageType.SWEDISH).build())
			.getPublicId();
	}

	@Test
	void theAppWorksOnAnEncryptedFileThatHidesWhatItHolds() throws Exception {
		String name = "Encrypted Marlowe " + UUID.randomUUID();
		UUID id = create(name);
		assertThat(this.mvc.get().uri("/assessments/" + id)).hasStatusOk().bodyText().contains(name);
		assertThat(this.jdbc.queryForObject("SELECT DATABASE_PATH()", String.class))
			.isEqualTo("async:" + data.resolve("db/massage-advisor"));
		assertThat(this.jdbc.queryForList(
				"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
				String.class))
			.containsOnly("0");
		// committed with WRITE_DELAY=0, so in the file, but not readable there
		String file = new String(Files.readAllBytes(data.resolve("db/massage-advisor.mv.db")),
				StandardCharsets.ISO_8859_1);
		assertThat(file).doesNotContain("Encrypted Marlowe").doesNotContain("RELAXATION");
	}

	@Test
	void theDatabaseFolderAndFilesAreForTheOwnerOnly() throws Exception {
		assumeTrue(OwnerOnlyFiles.posix(data), "the file system has no POSIX permissions");
		assertThat(mode(data.resolve("db"))).isEqualTo("rwx------");
		assertThat(mode(data.resolve("db/massage-advisor.mv.db"))).isEqualTo("rw-------");
	}

	@Test
	void aBackupIsForTheOwnerOnlyAndOnlyTheNewestAreKept() throws Exception {
		Path folder = Files.createDirectories(data.resolve("backups"));
		for (String stamp : new String[] { "20200101-030000", "20200102-030000", "20200103-030000",
				"20200104-030000" }) {
			Files.writeString(folder.resolve("massage-advisor-" + stamp + ".zip"), "an old backup");
		}
		Files.writeString(folder.resolve("README.txt"), "not a backup");
		create("Backed up");

		Path written = this.backup.backup("admin");

		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map((f) -> f.getFileName().toString()).sorted()).containsExactly("README.txt",
					"massage-advisor-20200103-030000.zip", "massage-advisor-20200104-030000.zip",
					written.getFileName().toString());
		}
		AuditEvent pruned = this.audit.page(0)
			.getContent()
			.stream()
			.filter((e) -> e.getAction() == AuditAction.BACKUPS_PRUNED)
			.findFirst()
			.orElseThrow();
		assertThat(pruned.getActor()).isEqualTo("admin");
		assertThat(this.audit.describe(pruned, Locale.ENGLISH))
			.isEqualTo("backups deleted: 2 (massage-advisor-20200102-030000.zip,"
					+ " massage-advisor-20200101-030000.zip); kept, the newest: 3");
		if (OwnerOnlyFiles.posix(folder)) {
			assertThat(mode(folder)).isEqualTo("rwx------");
			assertThat(mode(written)).isEqualTo("rw-------");
		}
	}

}
