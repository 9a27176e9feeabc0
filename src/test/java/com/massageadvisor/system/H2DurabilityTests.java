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
