package com.massageadvisor.system;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:') and ${app.rate-limit.enabled:true}")
@EnableScheduling
class SharedRateLimitConfiguration {

	/** How many expired rows one statement deletes at most. */
	static final int CLEAN_UP_BATCH = 1000;

	private static final Log logger = LogFactory.getLog(SharedRateLimitConfiguration.class);

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> sharedSubmissionBuckets(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	@Bean
	ExpiredBucketCleaner expiredBucketCleaner(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
		return new ExpiredBucketCleaner(buckets);
	}

	/**
	 * Deletes the rows of buckets that are full again (they would start from full
	 * anyway).
	 */
	static class ExpiredBucketCleaner {

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		ExpiredBucketCleaner(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
			this.buckets = buckets;
		}

		@Scheduled(fixedDelayString = "${app.rate-limit.cleanup-interval:60s}",
				initialDelayString = "${app.rate-limit.cleanup-interval:60s}")
		int removeExpired() {
			int removed = 0;
			int batch;
			do {
				batch = this.buckets.removeExpired(CLEAN_UP_BATCH);
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
