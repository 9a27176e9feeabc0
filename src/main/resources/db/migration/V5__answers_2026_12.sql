-- Rules version 2026.12 asks three more questions: how serious an acute injury is, red flags
-- (symptoms that need a doctor rather than massage) and whether a doctor has already given the
-- go-ahead. Older assessments did not ask them: no severity, no red flags, no go-ahead.

ALTER TABLE assessment ADD COLUMN injury_severity VARCHAR(10);
ALTER TABLE assessment ADD COLUMN red_flags VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE assessment ADD COLUMN medically_cleared BOOLEAN DEFAULT FALSE NOT NULL;
