-- The submission rate limit's token buckets, shared by every instance of the application
-- (Bucket4j's PostgreSQL back-end, SELECT ... FOR UPDATE): one row per client address, the
-- bucket's state, and when the row may be deleted (milliseconds since the epoch, the time the
-- bucket would be full again). The application deletes expired rows every minute.
-- H2 has no such table: an H2 database serves one instance, which keeps its buckets in memory.

CREATE TABLE rate_limit_bucket (
    id         VARCHAR(255) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX ix_rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
