package com.massageadvisor.system;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Once the embedded database is open (Flyway has migrated it while the application
 * started), its files are made readable by their owner only ({@code 600}): H2 creates
 * them with the process's umask, which Java cannot set. Its folder is owner-only from
 * before the first connection ({@link H2Durability}).
 */
class H2FileModes implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(H2FileModes.class);

	private final ObjectProvider<DataSource> dataSource;

	H2FileModes(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		DataSource source = this.dataSource.getIfUnique();
		if (source == null) {
			return;
		}
		try {
			if (!source.isWrapperFor(HikariDataSource.class)) {
				return;
			}
			String url = source.unwrap(HikariDataSource.class).getJdbcUrl();
			Path file = (url != null) ? H2Durability.localFile(url) : null;
			if (file != null && file.getParent() != null && file.getFileName() != null) {
				OwnerOnlyFiles.files(file.getParent(), file.getFileName() + ".");
			}
		}
		catch (SQLException ex) {
			logger.warn("Could not find the database's files to make them owner-only: {}", ex.toString());
		}
	}

}
