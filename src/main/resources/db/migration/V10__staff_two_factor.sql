-- Two-factor log-in for staff: the secret of each staff member's authenticator app
-- (time-based one-time codes, RFC 6238) and their single-use recovery codes, stored hashed.

CREATE TABLE staff_totp (
    username     VARCHAR(50)              NOT NULL PRIMARY KEY,
    secret       VARCHAR(64)              NOT NULL,
    -- the 30-second time step of the last code accepted: a code is never accepted twice
    last_step    BIGINT                   NOT NULL,
    -- wrong codes in a row; at clinic.login.max-failures the second factor locks
    failed_codes INTEGER                  NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    enrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_staff_totp_user FOREIGN KEY (username) REFERENCES staff_user (username)
);

CREATE TABLE staff_recovery_code (
    username  VARCHAR(50)  NOT NULL,
    slot      INTEGER      NOT NULL,
    code_hash VARCHAR(255) NOT NULL,
    CONSTRAINT pk_staff_recovery_code PRIMARY KEY (username, slot),
    CONSTRAINT fk_staff_recovery_code_totp FOREIGN KEY (username) REFERENCES staff_totp (username)
);
