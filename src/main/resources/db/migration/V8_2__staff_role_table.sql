-- A staff account's role is one of a table's rows instead of a CHECK constraint. H2 2.4.240
-- evaluates a CHECK that compares strings through the session that created it: once the
-- connection that ran the migration is closed (the pool retires connections after 30 minutes,
-- or a test context closes), every insert or update of staff_user failed with "Check
-- constraint invalid" until a restart, so a fresh installation could not add staff, count a
-- failed log-in or change a password after its first half hour. A foreign key is checked
-- through its index and has no such tie; it refuses any other role just the same, on H2 and
-- PostgreSQL.

CREATE TABLE staff_role (
    name VARCHAR(10) NOT NULL PRIMARY KEY
);

INSERT INTO staff_role (name) VALUES ('STAFF');
INSERT INTO staff_role (name) VALUES ('ADMIN');

ALTER TABLE staff_user DROP CONSTRAINT ck_staff_user_role;
ALTER TABLE staff_user ADD CONSTRAINT fk_staff_user_role FOREIGN KEY (role) REFERENCES staff_role (name);
