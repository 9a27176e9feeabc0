-- One row that the health check updates and commits (DatabaseWriteHealth): the database is
-- healthy only when it can still be written to, not merely read.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
