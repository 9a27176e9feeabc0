-- Clinic staff, the review of assessments, and the audit trail of staff actions.

CREATE SEQUENCE staff_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE staff_user (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    username      VARCHAR(50)              NOT NULL,
    password_hash VARCHAR(255)             NOT NULL,
    role          VARCHAR(10)              NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    failed_logins INTEGER                  NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER                  NOT NULL,
    CONSTRAINT uk_staff_user_username UNIQUE (username),
    CONSTRAINT ck_staff_user_role CHECK (role IN ('STAFF', 'ADMIN'))
);

-- The review of each assessment, recorded with who and when
ALTER TABLE assessment ADD COLUMN review_status VARCHAR(10) DEFAULT 'NEW' NOT NULL;
ALTER TABLE assessment ADD COLUMN review_note VARCHAR(2000);
ALTER TABLE assessment ADD COLUMN reviewed_by VARCHAR(50);
ALTER TABLE assessment ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;

-- Case-insensitive search by the start of a name or reference, served by an index
ALTER TABLE assessment ADD COLUMN client_name_key VARCHAR(100) DEFAULT '' NOT NULL;
UPDATE assessment SET client_name_key = LOWER(client_name);

-- The staff list is newest first; each filter has an index that also gives that order
CREATE INDEX ix_assessment_name ON assessment (client_name_key, created_at DESC, id DESC);
CREATE INDEX ix_assessment_goal ON assessment (goal, created_at DESC, id DESC);
CREATE INDEX ix_assessment_lifestyle ON assessment (lifestyle, created_at DESC, id DESC);
CREATE INDEX ix_assessment_severity ON assessment (highest_severity, created_at DESC, id DESC);
CREATE INDEX ix_assessment_review ON assessment (review_status, created_at DESC, id DESC);

CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

-- What staff did. An event outlives the assessment it concerns: after a deletion only the
-- public id and the fact of the deletion remain, no client data.
CREATE TABLE audit_event (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                VARCHAR(50)              NOT NULL,
    action               VARCHAR(20)              NOT NULL,
    assessment_public_id UUID,
    detail               VARCHAR(1000)
);

CREATE INDEX ix_audit_event_assessment ON audit_event (assessment_public_id, occurred_at DESC);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at DESC, id DESC);
