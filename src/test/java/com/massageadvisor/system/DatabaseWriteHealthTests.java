package com.massageadvisor.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, defect 4: health said UP while nothing could be saved. The write check says
 * DOWN for a database that can be read but not written, and UP again once it can.
 */
class DatabaseWriteHealthTests {

	@TempDir
	Path folder;

	@Test
	void upWhileTheDatabaseTakesWrites() throws Exception {
		String url = database();
		assertThat(check(url).getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void downWhenTheDatabaseCanBeReadButNotWrittenAndUpOnceItCanAgain() throws Exception {
		String url = database();
		// what H2 does with a data folder it may not write to: it opens the files
		// read-only
		Health readOnly = check(url + ";ACCESS_MODE_DATA=r");
		assertThat(readOnly.getStatus()).isEqualTo(Status.DOWN);
		assertThat(check(url).getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void downWhenTheDatabaseCannotBeReachedAtAll() {
		assertThat(check("jdbc:h2:file:" + this.folder.resolve("missing") + ";IFEXISTS=TRUE").getStatus())
			.isEqualTo(Status.DOWN);
	}

	private String database() throws Exception {
		String url = "jdbc:h2:file:" + this.folder.resolve("clinic");
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement()
				.execute(
						"CREATE TABLE health_probe (id INTEGER PRIMARY KEY, checked_at TIMESTAMP WITH TIME ZONE NOT NULL)");
			connection.createStatement().execute("INSERT INTO health_probe VALUES (1, CURRENT_TIMESTAMP)");
		}
		return url;
	}

	private static Health check(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		return new DatabaseWriteHealth(dataSource).health();
	}

}
