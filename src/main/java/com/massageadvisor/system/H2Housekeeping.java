package com.massageadvisor.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The part of H2's own background housekeeping that {@code WRITE_DELAY=0} switches off:
 * rewriting the live pages of sparse chunks, so that whole chunks fall empty and their
 * space is used again.
 *
 * <p>
 * H2's MVStore never changes a page in place: every commit appends the pages it changed
 * to a new chunk, and the older copies become dead space inside older chunks. H2's
 * background writer rewrites the few live pages of sparse chunks from time to time. That
 * writer runs only with a write delay above 0, and this application needs
 * {@code WRITE_DELAY=0} so that an acknowledged submission survives a kill
 * ({@link H2Durability}). Without it the file kept every chunk that held one live page
 * (docs/performance.md).
 *
 * <p>
 * Each run calls H2's public entry to the rewrite H2's writer does, a little at a time:
 * {@link MVStore#compact(int, int)} while the chunks are less than 80 % live, each
 * followed by a commit that writes the rewritten pages. It takes H2's own locks and
 * leaves alone the chunks younger than H2's retention time (45 s), which readers may
 * still use; a commit of a client waits for the step under way, at most one step (a 64 MB
 * step, when nobody wrote for a second, can take a second). The space freed is used by
 * the next chunks; the file does not get smaller while the database is open.
 *
 * <p>
 * It does not move chunks into the file's holes as H2's writer also does:
 * {@code RandomAccessStore.compactMoveChunks} beside commits failed an assertion inside
 * H2 2.4.240 ({@code FreeSpaceBitSet.allocate}) and H2 closed the database. The offline
 * {@code SHUTDOWN COMPACT} shrinks the file (README).
 *
 * <p>
 * It does nothing on another database, on in-memory H2 and on a read-only file.
 */
class H2Housekeeping {

	private static final Logger logger = LoggerFactory.getLogger(H2Housekeeping.class);

	/**
	 * How much one run does.
	 *
	 * @param rewriteBelow the share of live bytes in the chunks, in percent, below which
	 * sparse chunks are rewritten
	 * @param writePerStep the live bytes one call of H2's rewrite copies at most (H2
	 * leaves alone a chunk that holds more)
	 * @param budget the time after which no further rewrite starts
	 */
	record Pace(int rewriteBelow, int writePerStep, Duration budget) {
	}

	/**
	 * While clients write: small steps, so that a commit waits little, and sparse chunks
	 * only.
	 */
	static final Pace BUSY = new Pace(80, 1024 * 1024, Duration.ofMillis(200));

	/**
	 * When nothing was written since the last run: steps large enough for the largest
	 * chunks (those of an import).
	 */
	static final Pace IDLE = new Pace(80, 64 * 1024 * 1024, Duration.ofSeconds(3));

	private final ObjectProvider<DataSource> dataSource;

	/** H2's version after the last run: the same at the next means nobody wrote. */
	private long versionAfterLastRun = -1;

	H2Housekeeping(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	@Scheduled(fixedDelayString = "${app.h2.housekeeping-interval:1s}",
			initialDelayString = "${app.h2.housekeeping-interval:1s}")
	void run() {
		DataSource source = this.dataSource.getIfUnique();
		if (source == null || !embeddedH2File(source)) {
			return; // decided without a connection: on PostgreSQL the job borrows none
		}
		MVStore store = null;
		try (Connection connection = source.getConnection()) {
			store = fileStore(connection);
			if (store == null) {
				return;
			}
			boolean idle = store.getCurrentVersion() == this.versionAfterLastRun;
			Pace pace = idle ? IDLE : BUSY;
			int steps = rewrite(connection, store, pace);
			this.versionAfterLastRun = store.getCurrentVersion();
			if (logger.isDebugEnabled() && store.getFileStore() != null) {
				logger.debug(
						"H2 housekeeping{}: {} rewrites; chunks {} % live ({} % of those H2 may rewrite),"
								+ " file {} % used, {} bytes",
						idle ? " (idle)" : "", steps, store.getFileStore().getChunksFillRate(),
						rewritableFillRate(connection), store.getFillRate(), store.getFileStore().size());
			}
		}
		catch (SQLException | RuntimeException ex) {
			if (store != null && store.isClosed()) {
				// H2 closes its store after a failure inside it; the pool opens it again
				logger.error("H2 closed the database during its housekeeping", ex);
			}
			else {
				logger.warn("H2 housekeeping skipped: {}", ex.toString());
			}
		}
	}

	/**
	 * Whether the pool's URL names an embedded H2 database kept in files.
	 */
	static boolean embeddedH2File(DataSource source) {
		try {
			if (!source.isWrapperFor(HikariDataSource.class)) {
				return true; // another pool: the connection tells
			}
			String url = source.unwrap(HikariDataSource.class).getJdbcUrl();
			return url != null && H2Durability.localFile(url) != null;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Rewrites the sparsest chunks until those H2 may rewrite are full enough or the time
	 * is up.
	 *
	 * <p>
	 * The measure is H2's own: the live share of the chunks it may rewrite, that is
	 * without the chunks a rewrite has just emptied (H2 keeps them for its retention
	 * time) and without the newest (which readers may still use). The share of all the
	 * chunks would count the emptied ones, fall with every rewrite, and have the job copy
	 * full chunks until the retention time has passed.
	 * @param connection a connection to the store's database
	 * @param store an open, writable H2 file store
	 * @param pace how much to do
	 * @return the number of steps that rewrote something
	 */
	static int rewrite(Connection connection, MVStore store, Pace pace) throws SQLException {
		long stopAt = System.nanoTime() + pace.budget().toNanos();
		int steps = 0;
		while (!store.isClosed() && rewritableFillRate(connection) < pace.rewriteBelow()
				&& store.compact(101, pace.writePerStep())) {
			// the rewritten pages are written with the next commit, as H2's writer does
			store.tryCommit();
			steps++;
			if (System.nanoTime() - stopAt > 0) {
				break;
			}
		}
		return steps;
	}

	/**
	 * The live share of the chunks H2 may rewrite, in percent, as H2 reports it.
	 */
	static int rewritableFillRate(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE_RW'");
				ResultSet result = query.executeQuery()) {
			return result.next() ? Integer.parseInt(result.getString(1)) : 100;
		}
	}

	/**
	 * The MVStore behind an embedded H2 connection kept in a writable file.
	 * @param connection a connection of the pool
	 * @return the store, or null for another database, in-memory H2 or a read-only file
	 */
	static @Nullable MVStore fileStore(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class)) {
			return null;
		}
		if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
			return null; // a connection to an H2 server: its own process keeps the file
		}
		if (session.getDatabase().getStore() == null) {
			return null;
		}
		MVStore store = session.getDatabase().getStore().getMvStore();
		if (store.getFileStore() == null || store.isReadOnly() || store.isClosed()) {
			return null;
		}
		return store;
	}

}
