-- "Check-in due" covers every assessment a check-in is expected for, also those with none yet
-- (issue 14): the day a check-in is overdue is kept on the assessment itself, so that the staff
-- list's filter reads one indexed column. At submission it is twice the longest gap of the
-- plan's first phase after the day of the submission; each check-in moves it to twice the gap
-- then in force after the check-in's day; none (NULL) when massage is not advisable or after a
-- REFER or STOP. Portable SQL: the same migration runs on H2 and PostgreSQL.

ALTER TABLE assessment ADD COLUMN check_in_due_on DATE;

-- Assessments with a check-in take the due day their latest check-in set.
UPDATE assessment SET check_in_due_on =
    (SELECT l.due_on FROM check_in_latest l WHERE l.assessment_public_id = assessment.public_id)
    WHERE EXISTS (SELECT 1 FROM check_in_latest l WHERE l.assessment_public_id = assessment.public_id);

-- Older advisable assessments without one: their plan is JSON this migration does not read, so
-- they are due 14 days after their submission (twice a weekly gap, the common first phase's
-- longest): staff see such a client sooner rather than later, the safer reading.
UPDATE assessment SET check_in_due_on = CAST(created_at AS DATE) + INTERVAL '14' DAY
    WHERE massage_advisable = TRUE
      AND NOT EXISTS (SELECT 1 FROM check_in_latest l WHERE l.assessment_public_id = assessment.public_id);

CREATE INDEX ix_assessment_check_in_due ON assessment (check_in_due_on);

-- the latest check-in's own due day is no longer what the filter reads
DROP INDEX ix_check_in_latest_due;
