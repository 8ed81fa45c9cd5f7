/**
 * Mock interviews. A set is the questions and settings of an interview, kept so it can be
 * run again; it does not change once made (only its name), so runs of one set compare.
 * A run snapshots which questions it asks (an archived one is left out). Each answer is an
 * ordinary attempt linked by mock_answers: the take that counts for one question. Deleting
 * the attempt drops the link; deleting the run drops the links and keeps the attempts.
 */
export const sql = `
CREATE TABLE mock_sets (
  id             INTEGER PRIMARY KEY,
  -- Null until the set is saved under a name.
  name           TEXT    CHECK (name IS NULL OR length(trim(name)) > 0),
  think_seconds  INTEGER NOT NULL CHECK (think_seconds BETWEEN 0 AND 180),
  cap_seconds    INTEGER NOT NULL CHECK (cap_seconds BETWEEN 30 AND 300),
  mode           TEXT    NOT NULL CHECK (mode IN ('realistic', 'practice')),
  created_at     TEXT    NOT NULL
);

CREATE TABLE mock_set_questions (
  set_id     INTEGER NOT NULL REFERENCES mock_sets (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 8),
  prompt_id  INTEGER NOT NULL REFERENCES prompts (id),
  PRIMARY KEY (set_id, position)
) WITHOUT ROWID;

-- AUTOINCREMENT: a stale window's call for a deleted run cannot land on a new one.
CREATE TABLE mock_interviews (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  set_id       INTEGER NOT NULL REFERENCES mock_sets (id),
  status       TEXT    NOT NULL CHECK (status IN ('running', 'finished')),
  started_at   TEXT    NOT NULL,
  ended_at     TEXT,
  self_rating  INTEGER CHECK (self_rating IS NULL OR self_rating BETWEEN 1 AND 5),
  reflection   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX mock_interviews_by_set ON mock_interviews (set_id, started_at);
-- One sitting at a time: a second running interview is refused by the schema too.
CREATE UNIQUE INDEX mock_interviews_one_running ON mock_interviews (status) WHERE status = 'running';

CREATE TABLE mock_interview_questions (
  interview_id  INTEGER NOT NULL REFERENCES mock_interviews (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position BETWEEN 1 AND 8),
  prompt_id     INTEGER NOT NULL REFERENCES prompts (id),
  PRIMARY KEY (interview_id, position)
) WITHOUT ROWID;

CREATE TABLE mock_answers (
  interview_id  INTEGER NOT NULL,
  position      INTEGER NOT NULL,
  attempt_id    INTEGER NOT NULL UNIQUE REFERENCES attempts (id) ON DELETE CASCADE,
  PRIMARY KEY (interview_id, position),
  FOREIGN KEY (interview_id, position) REFERENCES mock_interview_questions (interview_id, position) ON DELETE CASCADE
) WITHOUT ROWID;
`;
