/**
 * The comeback plan: the rest of the R.E.S.P.O.N.D. debrief on each interview, the lever
 * chosen on a pattern and its actions, the 90-day plan with its monthly notes, a weekly
 * confidence check-in, and the ten-day challenge. Every date is a calendar date in the
 * person's zone, yyyy-mm-dd; instants are ISO strings.
 */
export const sql = `
ALTER TABLE interviews ADD COLUMN gap_kinds    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(gap_kinds) AND json_type(gap_kinds) = 'array');
ALTER TABLE interviews ADD COLUMN next_actions TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN notify       TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN next_plan    TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN good_thing   TEXT NOT NULL DEFAULT '';
-- A word or two, private: left out of exports unless the person asks for it.
ALTER TABLE interviews ADD COLUMN feeling      TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN reflection_on TEXT CHECK (reflection_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
-- Null while the debrief is still to do.
ALTER TABLE interviews ADD COLUMN debriefed_at TEXT;

-- An interview written up before this version already had its debrief: it is not "due".
UPDATE interviews SET debriefed_at = updated_at
WHERE trim(recall || went_well || struggled || felt || refine || feedback) <> '';

ALTER TABLE journal_weeks ADD COLUMN confidence INTEGER CHECK (confidence BETWEEN 1 AND 5);

CREATE TABLE commitments (
  id          INTEGER PRIMARY KEY,
  stage       TEXT    NOT NULL CHECK (stage IN ('application', 'screening', 'technical', 'panel', 'final', 'offer')),
  lever       TEXT    NOT NULL CHECK (lever IN ('skill', 'role', 'visibility')),
  days        INTEGER NOT NULL CHECK (days IN (60, 90)),
  target      TEXT    NOT NULL CHECK (length(trim(target)) > 0),
  started_on  TEXT    NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  verdict     TEXT    CHECK (verdict IN ('helped', 'partly', 'not-yet')),
  verdict_note TEXT   NOT NULL DEFAULT '',
  created_at  TEXT    NOT NULL
);
-- One open commitment per stage at a time.
CREATE UNIQUE INDEX commitments_open_by_stage ON commitments (stage) WHERE verdict IS NULL;

CREATE TABLE commitment_actions (
  id             INTEGER PRIMARY KEY,
  commitment_id  INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  date           TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  text           TEXT    NOT NULL CHECK (length(trim(text)) > 0),
  created_at     TEXT    NOT NULL
);
CREATE INDEX commitment_actions_by_commitment ON commitment_actions (commitment_id, date);

CREATE TABLE plans (
  id           INTEGER PRIMARY KEY,
  started_on   TEXT    NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  target_role  TEXT    NOT NULL CHECK (length(trim(target_role)) > 0),
  -- Null for the current plan; at most one is current.
  ended_at     TEXT,
  created_at   TEXT    NOT NULL
);
CREATE UNIQUE INDEX plans_one_current ON plans ((ended_at IS NULL)) WHERE ended_at IS NULL;

CREATE TABLE plan_months (
  plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 3),
  change_note TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  PRIMARY KEY (plan_id, month)
) WITHOUT ROWID;

CREATE TABLE challenges (
  id          INTEGER PRIMARY KEY,
  started_on  TEXT    NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at  TEXT    NOT NULL
);

-- A row once the person picks or ticks something for that day.
CREATE TABLE challenge_days (
  challenge_id  INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
  day           INTEGER NOT NULL CHECK (day BETWEEN 1 AND 10),
  action        TEXT    CHECK (action IN ('mock-interview', 'resume', 'course', 'share-progress', 'mentor', 'own')),
  own_text      TEXT    NOT NULL DEFAULT '',
  done_at       TEXT,
  PRIMARY KEY (challenge_id, day)
) WITHOUT ROWID;
`;
