package com.massageadvisor.system;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * On PostgreSQL, the submission rate limit's buckets are rows of the table
 * {@code rate_limit_bucket} (Bucket4j's PostgreSQL back-end, each consumption a
 * {@code SELECT ... FOR UPDATE} in a short transaction of its own), so every instance of
 * the application counts against the same limit. A bucket's row may be deleted once the
 * bucket would be full again; a job deletes those rows every minute. On H2, which one
 * instance at a time can use, the buckets stay in memory
 * ({@link SubmissionRateLimitFilter}).
 * <p>
 * The choice is made when the bean is created, from the database URL, and not by a bean
 * condition: the packaged jar runs bean definitions computed at build time (Spring AOT,
 * docs/architecture.md), where a condition on the URL would have been decided once for
 * every database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharedRateLimitConfiguration {

	/** How many expired rows one statement deletes at most. */
	static final int CLEAN_UP_BATCH = 1000;

	private static final Log logger = LogFactory.getLog(SharedRateLimitConfiguration.class);

	@Bean
	SharedBuckets sharedBuckets(DataSource dataSource, @Value("${spring.datasource.url:}") String url,
			SubmissionRateLimitFilter.Limits limits) {
		if (!url.startsWith("jdbc:postgresql:") || !limits.enabled()) {
			return new SharedBuckets(null);
		}
		return new SharedBuckets(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build());
	}

	/**
	 * Where every instance's buckets are kept (rows of the database), or none: each
	 * instance then keeps its own in memory.
	 */
	static final class SharedBuckets {

		private final @Nullable PostgreSQLSelectForUpdateBasedProxyManager<String> store;

		SharedBuckets(@Nullable PostgreSQLSelectForUpdateBasedProxyManager<String> store) {
			this.store = store;
		}

		/**
		 * The shared store, or null when the buckets stay in memory.
		 * @return the store or null
		 */
		@Nullable ProxyManager<String> store() {
			return this.store;
		}

		/**
		 * Deletes the rows of buckets that are full again (they would start from full
		 * anyway); nothing to do when the buckets are in memory.
		 * @return how many rows were deleted
		 */
		@Scheduled(fixedDelayString = "${app.rate-limit.cleanup-interval:60s}",
				initialDelayString = "${app.rate-limit.cleanup-interval:60s}")
		int removeExpired() {
			if (this.store == null) {
				return 0;
			}
			int removed = 0;
			int batch;
			do {
				batch = this.store.removeExpired(CLEAN_UP_BATCH);
				removed += batch;
			}
			while (batch == CLEAN_UP_BATCH);
			if (removed > 0 && logger.isDebugEnabled()) {
				logger.debug("Removed " + removed + " expired rate limit buckets");
			}
			return removed;
		}

	}

}
