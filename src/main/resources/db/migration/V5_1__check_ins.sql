-- Follow-up check-ins (issue 14): what the client reports after some sessions, with the step and
-- the plan it produced, exactly as shown (a snapshot), and the rules version. Append-only: a
-- check-in row is never updated. It belongs to its assessment through the assessment's public id;
-- deleting the assessment (staff, retention) deletes its check-ins with it.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.

CREATE SEQUENCE check_in_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE check_in (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    assessment_public_id UUID                     NOT NULL,
    seq                  INTEGER                  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    check_in_date        DATE                     NOT NULL,
    sessions_since_last  INTEGER                  NOT NULL,
    pain_level           INTEGER                  NOT NULL,
    relief_days          INTEGER,
    soreness             VARCHAR(10)              NOT NULL,
    change_since_start   VARCHAR(20)              NOT NULL,
    pain_during_session  BOOLEAN                  NOT NULL,
    red_flags            VARCHAR(200)             NOT NULL,
    rules_version        VARCHAR(20)              NOT NULL,
    step                 VARCHAR(10)              NOT NULL,
    step_reason          VARCHAR(30)              NOT NULL,
    current_phase        VARCHAR(20),
    needs_attention      BOOLEAN                  NOT NULL,
    recommendation       VARCHAR(100000)          NOT NULL,
    CONSTRAINT fk_check_in_assessment FOREIGN KEY (assessment_public_id)
        REFERENCES assessment (public_id) ON DELETE CASCADE,
    -- the n-th check-in of an assessment, from 1: two check-ins sent at once cannot both be n-th,
    -- and the index serves "latest check-in per assessment" and the history in order
    CONSTRAINT uk_check_in_seq UNIQUE (assessment_public_id, seq),
    CONSTRAINT ck_check_in_seq CHECK (seq BETWEEN 1 AND 52),
    CONSTRAINT ck_check_in_sessions CHECK (sessions_since_last BETWEEN 0 AND 20),
    CONSTRAINT ck_check_in_pain CHECK (pain_level BETWEEN 0 AND 10),
    CONSTRAINT ck_check_in_relief CHECK (relief_days BETWEEN 0 AND 90)
);

-- The latest check-in of each assessment, one row per assessment that has one, rewritten at each
-- check-in (the check-ins themselves stay append-only). The staff list's "needs attention" and
-- "check-in due" filters read it through its indexes instead of searching every check-in.
CREATE TABLE check_in_latest (
    assessment_public_id UUID                     NOT NULL PRIMARY KEY,
    check_in_id          BIGINT                   NOT NULL,
    check_in_date        DATE                     NOT NULL,
    pain_level           INTEGER                  NOT NULL,
    change_since_start   VARCHAR(20)              NOT NULL,
    step                 VARCHAR(10)              NOT NULL,
    needs_attention      BOOLEAN                  NOT NULL,
    due_on               DATE,
    version              INTEGER                  NOT NULL,
    CONSTRAINT fk_check_in_latest_assessment FOREIGN KEY (assessment_public_id)
        REFERENCES assessment (public_id) ON DELETE CASCADE,
    CONSTRAINT fk_check_in_latest_check_in FOREIGN KEY (check_in_id)
        REFERENCES check_in (id) ON DELETE CASCADE
);

CREATE INDEX ix_check_in_latest_attention ON check_in_latest (needs_attention, check_in_date DESC);
CREATE INDEX ix_check_in_latest_due ON check_in_latest (due_on);
