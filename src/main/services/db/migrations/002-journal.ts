/**
 * The comeback journal: real interviews with their debriefs, weekly goals and small wins.
 * Practice questions made from an interview point back at it; deleting the interview
 * keeps the questions (and their attempts) and only drops the link.
 */
export const sql = `
CREATE TABLE interviews (
  id                  INTEGER PRIMARY KEY,
  company             TEXT    NOT NULL,
  role                TEXT    NOT NULL,
  -- The day of the interview, yyyy-mm-dd: a calendar date, not an instant.
  date                TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  stage               TEXT    NOT NULL CHECK (stage IN ('application', 'screening', 'technical', 'panel', 'final', 'offer')),
  outcome             TEXT    NOT NULL CHECK (outcome IN ('waiting', 'rejected', 'offer', 'withdrew')),
  interviewer         TEXT    NOT NULL DEFAULT '',
  recall              TEXT    NOT NULL DEFAULT '',
  went_well           TEXT    NOT NULL DEFAULT '',
  struggled           TEXT    NOT NULL DEFAULT '',
  felt                TEXT    NOT NULL DEFAULT '',
  refine              TEXT    NOT NULL DEFAULT '',
  thank_you_sent      INTEGER NOT NULL DEFAULT 0 CHECK (thank_you_sent IN (0, 1)),
  feedback_requested  INTEGER NOT NULL DEFAULT 0 CHECK (feedback_requested IN (0, 1)),
  feedback            TEXT    NOT NULL DEFAULT '',
  created_at          TEXT    NOT NULL,
  updated_at          TEXT    NOT NULL
);
CREATE INDEX interviews_by_stage ON interviews (stage, outcome);

ALTER TABLE prompts ADD COLUMN interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL;
CREATE INDEX prompts_by_interview ON prompts (interview_id);

-- One row per week the person set a goal or counted something; weeks start on Monday.
CREATE TABLE journal_weeks (
  week_start         TEXT    PRIMARY KEY CHECK (week_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  goal_practice      INTEGER NOT NULL DEFAULT 0 CHECK (goal_practice >= 0),
  goal_applications  INTEGER NOT NULL DEFAULT 0 CHECK (goal_applications >= 0),
  goal_outreach      INTEGER NOT NULL DEFAULT 0 CHECK (goal_outreach >= 0),
  applications       INTEGER NOT NULL DEFAULT 0 CHECK (applications >= 0),
  outreach           INTEGER NOT NULL DEFAULT 0 CHECK (outreach >= 0)
) WITHOUT ROWID;

CREATE TABLE wins (
  id          INTEGER PRIMARY KEY,
  date        TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  text        TEXT    NOT NULL,
  created_at  TEXT    NOT NULL
);
CREATE INDEX wins_by_date ON wins (date);
`;
