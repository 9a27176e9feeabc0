package com.massageadvisor.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database file, written one commit at a time as the application writes it
 * ({@code WRITE_DELAY=0}), keeps mostly live chunks and a smaller file with the
 * housekeeping, where its chunks are mostly dead pages without it; and every row survives
 * the housekeeping running beside writers and readers.
 */
class H2HousekeepingTests {

	/** Rows written, each in a commit of its own, then each updated once. */
	private static final int ROWS = 1000;

	/** Busy spells of writing. */
	private static final int SPELLS = 5;

	/** H2's retention time in these tests, instead of its 45 s. */
	private static final Duration RETENTION = Duration.ofMillis(100);

	@TempDir
	Path folder;

	@Test
	void rowsWrittenOneCommitAtATimeLeaveChunksMostlyLiveAndASmallerFileAndAreAllKept() throws Exception {
		Written without = writeInSpells(this.folder.resolve("without"), false);
		Written with = writeInSpells(this.folder.resolve("with"), true);
		// H2's own measure of the chunks it may rewrite: mostly dead pages without
		assertThat(with.liveShare()).as("live share of the chunks, against %d %% without", without.liveShare())
			.isGreaterThanOrEqualTo(H2Housekeeping.BUSY.rewriteBelow())
			.isGreaterThan(without.liveShare() * 2);
		assertThat(with.bytes()).as("file size, against %,d bytes without", without.bytes())
			.isLessThan(without.bytes());
		for (String name : new String[] { "without", "with" }) {
			try (Connection connection = DriverManager.getConnection(url(this.folder.resolve(name)), "sa", "")) {
				assertThat(count(connection, "SELECT COUNT(*) FROM visit WHERE status = 'REVIEWED'"))
					.isEqualTo(SPELLS * ROWS);
				assertThat(count(connection, "SELECT COUNT(*) FROM visit WHERE LENGTH(note) = 1200"))
					.isEqualTo(SPELLS * ROWS);
			}
		}
	}

	@Test
	void rewritingBesideWritersAndReadersKeepsEveryRowIntact() throws Exception {
		Path data = this.folder.resolve("beside");
		ScheduledExecutorService beside = Executors.newScheduledThreadPool(4);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicInteger rewrites = new AtomicInteger();
		try (HikariDataSource pool = pool(url(data))) {
			createTable(pool);
			beside.scheduleWithFixedDelay(() -> {
				try (Connection connection = pool.getConnection()) {
					count(connection, "SELECT SUM(LENGTH(note)) FROM visit WHERE status = 'NEW'");
				}
				catch (SQLException | RuntimeException | Error ex) {
					failure.compareAndSet(null, ex);
				}
			}, 0, 5, TimeUnit.MILLISECONDS);
			beside.scheduleWithFixedDelay(() -> {
				try (Connection connection = pool.getConnection()) {
					MVStore store = H2Housekeeping.fileStore(connection);
					rewrites.addAndGet(H2Housekeeping.rewrite(connection, store, H2Housekeeping.BUSY));
				}
				catch (SQLException | RuntimeException | Error ex) {
					failure.compareAndSet(null, ex);
				}
			}, 10, 10, TimeUnit.MILLISECONDS);
			// two writers at once, as two clients submitting
			List<Future<?>> writers = new ArrayList<>();
			for (int writer = 0; writer < 2; writer++) {
				int first = writer;
				writers.add(beside.submit(() -> {
					for (int spell = first; spell < SPELLS; spell += 2) {
						writeSpell(pool, spell);
						Thread.sleep(RETENTION.toMillis());
					}
					return null;
				}));
			}
			for (Future<?> writer : writers) {
				writer.get(2, TimeUnit.MINUTES);
			}
			beside.shutdown();
			assertThat(beside.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
			assertThat(failure.get()).isNull();
			assertThat(rewrites.get()).as("rewrites").isPositive();
		}
		finally {
			beside.shutdownNow();
		}
		// every row, read back from the file once it has been closed and opened again
		try (Connection connection = DriverManager.getConnection(url(data), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, status, note FROM visit ORDER BY id")) {
			int expected = 0;
			while (rows.next()) {
				assertThat(rows.getLong(1)).isEqualTo(expected);
				assertThat(rows.getString(2)).isEqualTo("REVIEWED");
				assertThat(rows.getString(3)).isEqualTo(note(expected));
				expected++;
			}
			assertThat(expected).isEqualTo(SPELLS * ROWS);
		}
	}

	@Test
	void findsTheStoreOfAFileDatabaseBehindThePoolAndNoneInMemory() throws Exception {
		try (HikariDataSource file = pool(url(this.folder.resolve("file")));
				HikariDataSource memory = pool("jdbc:h2:mem:housekeeping;DB_CLOSE_DELAY=-1")) {
			try (Connection connection = file.getConnection()) {
				assertThat(H2Housekeeping.fileStore(connection)).isNotNull();
			}
			try (Connection connection = memory.getConnection()) {
				assertThat(H2Housekeeping.fileStore(connection)).isNull();
			}
		}
	}

	@Test
	void theScheduledRunLeavesAFileMostlyLiveAndBorrowsNoConnectionOfAnotherDatabase() throws Exception {
		try (HikariDataSource file = pool(url(this.folder.resolve("scheduled")))) {
			createTable(file);
			writeSpell(file, 0);
			H2Housekeeping job = new H2Housekeeping(beanFactory(file).getBeanProvider(DataSource.class));
			int liveShare = 0;
			for (int run = 0; run < 50 && liveShare < H2Housekeeping.BUSY.rewriteBelow(); run++) {
				Thread.sleep(RETENTION.toMillis() + 50);
				job.run();
				try (Connection connection = file.getConnection()) {
					liveShare = H2Housekeeping.rewritableFillRate(connection);
				}
			}
			assertThat(liveShare).isGreaterThanOrEqualTo(H2Housekeeping.BUSY.rewriteBelow());
			assertThat(file.getHikariPoolMXBean().getActiveConnections()).isZero();
		}
		try (HikariDataSource postgres = new HikariDataSource()) {
			postgres.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/massage_advisor");
			new H2Housekeeping(beanFactory(postgres).getBeanProvider(DataSource.class)).run();
			assertThat(postgres.isRunning()).as("pool started").isFalse();
		}
	}

	/**
	 * The file after the last spell.
	 *
	 * @param bytes its size
	 * @param liveShare the live share of the chunks H2 may rewrite, in percent
	 */
	private record Written(long bytes, int liveShare) {
	}

	/**
	 * Writes {@link #SPELLS} spells of {@link #ROWS} rows, one commit each, and updates
	 * each row once; between spells, once H2's retention time has passed, the
	 * housekeeping runs until it finds nothing more to do, when asked.
	 */
	private Written writeInSpells(Path data, boolean housekeeping) throws Exception {
		try (HikariDataSource pool = pool(url(data))) {
			createTable(pool);
			for (int spell = 0; spell < SPELLS; spell++) {
				writeSpell(pool, spell);
				Thread.sleep(RETENTION.toMillis() + 50);
				if (housekeeping) {
					try (Connection connection = pool.getConnection()) {
						MVStore store = H2Housekeeping.fileStore(connection);
						for (int run = 0; run < 50
								&& H2Housekeeping.rewrite(connection, store, H2Housekeeping.IDLE) > 0; run++) {
							Thread.sleep(RETENTION.toMillis() + 50);
						}
					}
				}
			}
			try (Connection connection = pool.getConnection()) {
				return new Written(Files.size(data.resolve("massage-advisor.mv.db")),
						H2Housekeeping.rewritableFillRate(connection));
			}
		}
	}

	private static void createTable(HikariDataSource pool) throws SQLException {
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE visit (id BIGINT PRIMARY KEY, status VARCHAR(20) NOT NULL,"
					+ " note VARCHAR(2000) NOT NULL, written TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
			statement.execute("CREATE INDEX visit_status ON visit (status, written)");
		}
	}

	/** Inserts rows, then updates each, one commit each, as the application commits. */
	private static void writeSpell(HikariDataSource pool, int spell) throws SQLException {
		try (Connection connection = pool.getConnection();
				PreparedStatement insert = connection
					.prepareStatement("INSERT INTO visit (id, status, note) VALUES (?, 'NEW', ?)");
				PreparedStatement update = connection
					.prepareStatement("UPDATE visit SET status = 'REVIEWED' WHERE id = ?")) {
			for (int i = spell * ROWS; i < (spell + 1) * ROWS; i++) {
				insert.setLong(1, i);
				insert.setString(2, note(i));
				insert.executeUpdate();
			}
			for (int i = spell * ROWS; i < (spell + 1) * ROWS; i++) {
				update.setLong(1, i);
				update.executeUpdate();
			}
		}
	}

	/** 1,200 characters that compress as little as a plan's text does. */
	private static String note(int seed) {
		StringBuilder note = new StringBuilder();
		Random random = new Random(seed);
		while (note.length() < 1200) {
			note.append((char) ('a' + random.nextInt(26)));
		}
		return note.toString();
	}

	/**
	 * The application's URL for a file database, with a retention time of 100 ms instead
	 * of H2's 45 s so that chunks become rewritable within the test, and no compaction at
	 * close.
	 */
	private static String url(Path data) {
		return H2Durability.durable("jdbc:h2:file:" + data.resolve("massage-advisor")) + ";RETENTION_TIME="
				+ RETENTION.toMillis() + ";MAX_COMPACT_TIME=0";
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername("sa");
		pool.setPassword("");
		pool.setMaximumPoolSize(4);
		return pool;
	}

	private static StaticListableBeanFactory beanFactory(DataSource dataSource) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory();
		factory.addBean("dataSource", dataSource);
		return factory;
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
