package com.massageadvisor.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Durability does not hang on the URL someone types: an H2 file database runs with
 * {@code WRITE_DELAY=0} whether or not the configured URL says so, and a URL asking for a
 * delay is refused with a message.
 */
class H2DurabilityTests {

	@Test
	void aFileUrlWithoutTheSettingGetsIt() {
		assertThat(H2Durability.durable("jdbc:h2:file:/srv/clinic/db"))
			.isEqualTo("jdbc:h2:async:/srv/clinic/db;WRITE_DELAY=0");
		assertThat(H2Durability.durable("jdbc:h2:./data/db;MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:async:./data/db;MODE=PostgreSQL;WRITE_DELAY=0");
		assertThat(H2Durability.durable("jdbc:h2:file:/db;write_delay=0")).isEqualTo("jdbc:h2:async:/db;write_delay=0");
	}

	@Test
	void filesAreOpenedThroughTheInterruptSafeFileSystem() {
		assertThat(H2Durability.durable("jdbc:h2:~/clinic")).isEqualTo("jdbc:h2:async:~/clinic;WRITE_DELAY=0");
		assertThat(H2Durability.durable("jdbc:h2:C:/clinic/db")).isEqualTo("jdbc:h2:async:C:/clinic/db;WRITE_DELAY=0");
		assertThat(H2Durability.durable("jdbc:h2:async:/db")).isEqualTo("jdbc:h2:async:/db;WRITE_DELAY=0");
		assertThat(H2Durability.durable("jdbc:h2:tcp://db.clinic/data"))
			.isEqualTo("jdbc:h2:tcp://db.clinic/data;WRITE_DELAY=0");
	}

	/**
	 * Defect 1 of issue 16: a write on an interrupted thread (an aborted CSV export)
	 * closed the database for everyone. It now succeeds, and the thread stays
	 * interrupted.
	 */
	@Test
	void aWriteOnAnInterruptedThreadLeavesTheDatabaseOpen(@TempDir Path folder) throws Exception {
		String url = H2Durability.durable("jdbc:h2:file:" + folder.resolve("clinic"));
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement()
				.execute("CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(200))");
			Thread.currentThread().interrupt();
			try {
				for (int i = 0; i < 20; i++) {
					connection.createStatement().execute("INSERT INTO audit (what) VALUES ('export aborted')");
				}
				assertThat(Thread.currentThread().isInterrupted()).isTrue();
			}
			finally {
				Thread.interrupted();
			}
		}
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM audit")) {
			count.next();
			assertThat(count.getInt(1)).isEqualTo(20);
		}
	}

	/** Encryption of the file (README) is another setting of the URL: it stays. */
	@Test
	void anEncryptedFileUrlKeepsItsCipher() {
		assertThat(H2Durability.durable("jdbc:h2:file:./data/massage-advisor;CIPHER=AES;LAZY_QUERY_EXECUTION=TRUE"))
			.isEqualTo("jdbc:h2:async:./data/massage-advisor;CIPHER=AES;LAZY_QUERY_EXECUTION=TRUE;WRITE_DELAY=0");
		assertThat(H2Durability.durable("jdbc:h2:/srv/db;cipher=AES;WRITE_DELAY=0"))
			.isEqualTo("jdbc:h2:async:/srv/db;cipher=AES;WRITE_DELAY=0");
	}

	/**
	 * With {@code CIPHER=AES} and the durable URL, what is stored cannot be read from the
	 * file: a client's name is in the bytes of a plain file, not in those of an encrypted
	 * one, which opens again with its password only.
	 */
	@Test
	void anEncryptedFileHidesWhatItHolds(@TempDir Path folder) throws Exception {
		String name = "Quintessence Marlowe";
		Path plain = folder.resolve("plain");
		Path secret = folder.resolve("secret");
		write(H2Durability.durable("jdbc:h2:file:" + plain), "", name);
		write(H2Durability.durable("jdbc:h2:file:" + secret + ";CIPHER=AES"), "file-secret user-secret", name);

		byte[] needle = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(contains(java.nio.file.Files.readAllBytes(Path.of(plain + ".mv.db")), needle)).isTrue();
		assertThat(contains(java.nio.file.Files.readAllBytes(Path.of(secret + ".mv.db")), needle)).isFalse();

		String url = H2Durability.durable("jdbc:h2:file:" + secret + ";CIPHER=AES");
		try (Connection connection = DriverManager.getConnection(url, "sa", "file-secret user-secret");
				ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM client")) {
			rows.next();
			assertThat(rows.getString(1)).isEqualTo(name);
		}
		assertThatExceptionOfType(java.sql.SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url, "sa", "wrong-secret user-secret").close());
	}

	private static void write(String url, String password, String name) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
			connection.createStatement().execute("CREATE TABLE client (name VARCHAR(100))");
			connection.createStatement().execute("INSERT INTO client VALUES ('" + name + "')");
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	@Test
	void theFileOfTheDatabaseIsFoundInItsUrl() {
		assertThat(H2Durability.localFile("jdbc:h2:async:/srv/clinic/db;WRITE_DELAY=0"))
			.isEqualTo(Path.of("/srv/clinic/db"));
		assertThat(H2Durability.localFile("jdbc:h2:file:/srv/db;CIPHER=AES")).isEqualTo(Path.of("/srv/db"));
		assertThat(H2Durability.localFile("jdbc:h2:./data/db")).isEqualTo(Path.of("data/db").toAbsolutePath());
		assertThat(H2Durability.localFile("jdbc:h2:~/clinic"))
			.isEqualTo(Path.of(System.getProperty("user.home"), "clinic").toAbsolutePath());
		assertThat(H2Durability.localFile("jdbc:h2:mem:test")).isNull();
		assertThat(H2Durability.localFile("jdbc:h2:tcp://db.clinic/data")).isNull();
		assertThat(H2Durability.localFile("jdbc:postgresql://db/clinic")).isNull();
	}

	@Test
	void otherDatabasesAndMemoryAreLeftAlone() {
		assertThat(H2Durability.durable("jdbc:postgresql://db/clinic")).isEqualTo("jdbc:postgresql://db/clinic");
		assertThat(H2Durability.durable("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
			.isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
	}

	@Test
	void aUrlAskingForADelayIsRefusedWithAReason() {
		assertThatIllegalStateException().isThrownBy(() -> H2Durability.durable("jdbc:h2:file:/db;WRITE_DELAY=500"))
			.withMessageContaining("WRITE_DELAY=500")
			.withMessageContaining("crash could lose");
	}

	/** A user-given file URL without any setting, as the README invites. */
	@Nested
	@Tag("integration")
	@SpringBootTest
	class UserGivenUrl {

		@TempDir
		static Path data;

		@DynamicPropertySource
		static void url(DynamicPropertyRegistry registry) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("clinic"));
		}

		@Autowired
		private JdbcTemplate jdbc;

		@Test
		void writesEveryCommitBeforeItReturns() {
			assertThat(this.jdbc.queryForList(
					"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
					String.class))
				.containsOnly("0");
			assertThat(this.jdbc.queryForObject("SELECT DATABASE_PATH()", String.class))
				.startsWith("async:" + data.resolve("clinic"));
		}

	}

}
