-- Assessments: a client's answers and the plan exactly as it was shown to them.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.

CREATE SEQUENCE assessment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE assessment (
    id                      BIGINT                   NOT NULL PRIMARY KEY,
    public_id               UUID                     NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    client_name             VARCHAR(100)             NOT NULL,
    email                   VARCHAR(254),
    locale                  VARCHAR(35)              NOT NULL,
    consent_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    goal                    VARCHAR(20)              NOT NULL,
    lifestyle               VARCHAR(20)              NOT NULL,
    massage_type            VARCHAR(20)              NOT NULL,
    conditions              VARCHAR(300)             NOT NULL,
    pain_level              INTEGER                  NOT NULL,
    pain_duration           VARCHAR(20)              NOT NULL,
    signs                   VARCHAR(200)             NOT NULL,
    sore_after_last_massage BOOLEAN                  NOT NULL,
    session_price           NUMERIC(7, 2),
    monthly_budget          NUMERIC(8, 2),
    rules_version           VARCHAR(20)              NOT NULL,
    massage_advisable       BOOLEAN                  NOT NULL,
    highest_severity        VARCHAR(10),
    recommendation          VARCHAR(100000)          NOT NULL,
    version                 INTEGER                  NOT NULL,
    CONSTRAINT uk_assessment_public_id UNIQUE (public_id),
    CONSTRAINT ck_assessment_pain_level CHECK (pain_level BETWEEN 0 AND 10)
);

CREATE INDEX ix_assessment_created_at ON assessment (created_at DESC, id DESC);
