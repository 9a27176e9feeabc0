-- A client (from their result page) or staff (from the detail page) can withdraw a result link
-- (issue 16): from then on every page of the link (the result, its sheet, PDF, calendar and
-- check-in) answers 410 Gone. Only the moment is kept, nothing about who asked: a staff
-- withdrawal is in the audit trail, a client's is not identified beyond the assessment itself.
-- NULL while the link works. Portable SQL: the same migration runs on H2 and PostgreSQL.

ALTER TABLE assessment ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
