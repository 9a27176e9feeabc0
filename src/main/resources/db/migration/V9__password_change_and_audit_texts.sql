-- Issue 16. A staff account can be made to choose a new password at its next log-in (the
-- generated first administrator's password), and the audit trail keeps each event's detail as a
-- message key and its arguments, so that the audit page shows it as a sentence in the reader's
-- language ("status changed from New to Follow-up"). Older events keep their text in detail.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.

ALTER TABLE staff_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE audit_event ADD COLUMN detail_key VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN detail_arguments VARCHAR(1000);
