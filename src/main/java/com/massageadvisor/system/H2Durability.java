package com.massageadvisor.system;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

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
 * The files are opened through H2's {@code async:} file system. H2's default file channel
 * is closed by the JDK when the thread using it is interrupted (a client aborting a CSV
 * export interrupted its writer thread, and H2 then closed the whole database: "The
 * database has been closed [90098]" on every page until a restart). An
 * {@code AsynchronousFileChannel} is not closed by an interrupt; H2 waits for the write
 * and restores the thread's interrupt flag. Same files, same format: a database made with
 * either opens with the other.
 *
 * <p>
 * When H2 closes a database after a failed write (a full disk, a read-only folder), the
 * pool drops the connections that report it ({@link H2ConnectionEviction}), so that the
 * next request opens the database again once the fault is gone, instead of every page
 * failing until a restart.
 *
 * <p>
 * The folder of the database file is made readable by its owner only ({@code 700},
 * {@link OwnerOnlyFiles}) before H2 opens it, and created so when missing; H2's files in
 * it are set to {@code 600} once the database is open ({@link H2FileModes}).
 *
 * <p>
 * Other settings of the URL are kept as they are, among them {@code CIPHER=AES} for an
 * encrypted file (README).
 */
class H2Durability implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			hikari.setJdbcUrl(durable(hikari.getJdbcUrl()));
			Path file = localFile(hikari.getJdbcUrl());
			if (file != null && file.getParent() != null) {
				OwnerOnlyFiles.folder(file.getParent());
			}
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
	 * The URL with {@code WRITE_DELAY=0} and the interrupt-safe file system for an H2
	 * database kept in files.
	 * @param url a JDBC URL
	 * @return the same URL for other databases and in-memory H2, otherwise the URL with
	 * {@code WRITE_DELAY=0} on the {@code async:} file system
	 * @throws IllegalStateException when the URL sets another write delay
	 */
	static String durable(String url) {
		if (!isH2(url) || url.regionMatches(true, 0, "jdbc:h2:mem:", 0, "jdbc:h2:mem:".length())) {
			return url;
		}
		return withWriteDelayZero(interruptSafe(url));
	}

	/**
	 * The URL of an H2 database in local files with the {@code async:} file system; a
	 * server URL ({@code tcp:}, {@code ssl:}) and a URL naming another file system are
	 * left alone.
	 */
	static String interruptSafe(String url) {
		String rest = url.substring("jdbc:h2:".length());
		int colon = rest.indexOf(':');
		// a scheme has two letters or more; "C:" is a Windows drive
		String scheme = (colon > 1) ? rest.substring(0, colon).toLowerCase(Locale.ROOT) : "";
		if (scheme.equals("file")) {
			return "jdbc:h2:async:" + rest.substring(colon + 1);
		}
		if (scheme.isEmpty() || !scheme.chars().allMatch(Character::isLetter)) {
			return "jdbc:h2:async:" + rest;
		}
		return url;
	}

	/** File systems of H2 that keep the database in a local file of that path. */
	private static final Set<String> LOCAL_FILE_SYSTEMS = Set.of("file", "async", "nio", "niomapped", "niomem");

	/**
	 * Where an H2 database keeps its files.
	 * @param url a JDBC URL
	 * @return the database's path without H2's file name endings (such as
	 * {@code /srv/clinic/massage-advisor} for {@code massage-advisor.mv.db}), or null for
	 * another database, in-memory H2 and a server URL
	 */
	static @Nullable Path localFile(String url) {
		if (!isH2(url)) {
			return null;
		}
		String rest = url.substring("jdbc:h2:".length());
		int semicolon = rest.indexOf(';');
		rest = (semicolon >= 0) ? rest.substring(0, semicolon) : rest;
		while (true) {
			int colon = rest.indexOf(':');
			String scheme = (colon > 1) ? rest.substring(0, colon).toLowerCase(Locale.ROOT) : "";
			if (scheme.isEmpty() || !scheme.chars().allMatch(Character::isLetter)) {
				break;
			}
			if (!LOCAL_FILE_SYSTEMS.contains(scheme)) {
				return null;
			}
			rest = rest.substring(colon + 1);
		}
		if (rest.equals("~") || rest.startsWith("~/") || rest.startsWith("~\\")) {
			rest = System.getProperty("user.home") + rest.substring(1);
		}
		return rest.isEmpty() ? null : Path.of(rest).toAbsolutePath().normalize();
	}

	private static String withWriteDelayZero(String url) {
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
