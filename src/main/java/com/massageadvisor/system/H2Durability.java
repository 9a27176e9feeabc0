package com.massageadvisor.system;

import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Durability and recovery of an embedded H2 database, whatever URL it is configured with.
 *
 * <p>
 * {@code WRITE_DELAY=0} makes H2 write every commit to its file before the commit
 * returns, so that a submission acknowledged to a client survives the process being
 * killed; without it H2 waits up to half a second and a kill lost 105 of 1,002
 * acknowledged submissions (docs/reliability.md). It is added to any H2 URL that does not
 * name it, and a URL that asks for another delay is refused at start with a message that
 * says why.
 *
 * <p>
 * When H2 closes a database after a failed write (a full disk, a read-only folder), the
 * pool drops the connections that report it ({@link H2ConnectionEviction}), so that the
 * next request opens the database again once the fault is gone, instead of every page
 * failing until a restart.
 */
class H2Durability implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			hikari.setJdbcUrl(durable(hikari.getJdbcUrl()));
			if (isH2(hikari.getJdbcUrl()) && hikari.getExceptionOverrideClassName() == null) {
				hikari.setExceptionOverrideClassName(H2ConnectionEviction.class.getName());
			}
		}
		return bean;
	}

	static boolean isH2(String url) {
		return url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length());
	}

	/**
	 * The URL with {@code WRITE_DELAY=0} for an H2 database kept in files.
	 * @param url a JDBC URL
	 * @return the same URL for other databases and in-memory H2, otherwise the URL with
	 * {@code WRITE_DELAY=0}
	 * @throws IllegalStateException when the URL sets another write delay
	 */
	static String durable(String url) {
		if (!isH2(url) || url.regionMatches(true, 0, "jdbc:h2:mem:", 0, "jdbc:h2:mem:".length())) {
			return url;
		}
		String[] parts = url.split(";");
		for (int i = 1; i < parts.length; i++) {
			String[] setting = parts[i].split("=", 2);
			if (setting[0].trim().toUpperCase(Locale.ROOT).equals("WRITE_DELAY")) {
				if (setting.length == 2 && setting[1].trim().equals("0")) {
					return url;
				}
				throw new IllegalStateException("spring.datasource.url sets " + parts[i].trim()
						+ ": H2 would then acknowledge submissions before writing them, and a crash could lose them."
						+ " Remove the setting (WRITE_DELAY=0 is added) or set WRITE_DELAY=0.");
			}
		}
		return url + ";WRITE_DELAY=0";
	}

}
