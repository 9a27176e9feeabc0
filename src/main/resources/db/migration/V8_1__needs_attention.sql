-- "Needs attention" kept on the assessment itself (issue 14), as "check-in due" is (V8): a red
-- flag in the questionnaire, or a latest check-in that needs attention (a REFER or STOP step,
-- a red flag, pain above the start). The staff list's filter then reads one indexed column in
-- the list's order, newest first, and stops after a page, however few rows match. Set at
-- submission, moved by each check-in. Portable SQL: the same migration runs on H2 and
-- PostgreSQL.

ALTER TABLE assessment ADD COLUMN needs_attention BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE assessment SET needs_attention = TRUE
    WHERE red_flags <> ''
       OR EXISTS (SELECT 1 FROM check_in_latest l
                  WHERE l.assessment_public_id = assessment.public_id AND l.needs_attention = TRUE);

CREATE INDEX ix_assessment_attention ON assessment (needs_attention, created_at DESC, id DESC);

-- the latest check-in's own flag is no longer what the filter reads
DROP INDEX ix_check_in_latest_attention;
