/**
 * Focus points: critique carried from one attempt into the next. A point belongs to a
 * question, or to every question (prompt_id null); each later attempt's review checks in
 * on it once. Events keep every opening and closing for the progress view.
 */
export const sql = `
-- AUTOINCREMENT: a deleted point's id is never reused, so a stale window's check-in cannot land on another point.
CREATE TABLE focus_points (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  -- Null: the point applies to every question ("always").
  prompt_id          INTEGER REFERENCES prompts (id) ON DELETE CASCADE,
  text               TEXT    NOT NULL CHECK (length(trim(text)) > 0),
  status             TEXT    NOT NULL CHECK (status IN ('open', 'closed')),
  source_attempt_id  INTEGER REFERENCES attempts (id) ON DELETE SET NULL,
  source_note_id     INTEGER REFERENCES notes (id) ON DELETE SET NULL,
  created_at         TEXT    NOT NULL,
  -- When it was made or last reopened: only check-ins on attempts started after this count towards closing.
  opened_at          TEXT    NOT NULL,
  closed_at          TEXT,
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX focus_points_by_prompt ON focus_points (prompt_id, status);

CREATE TABLE focus_check_ins (
  focus_point_id  INTEGER NOT NULL REFERENCES focus_points (id) ON DELETE CASCADE,
  attempt_id      INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
  verdict         TEXT    NOT NULL CHECK (verdict IN ('fixed', 'partly', 'not-yet')),
  at_ms           INTEGER CHECK (at_ms >= 0),
  note            TEXT    NOT NULL DEFAULT '',
  updated_at      TEXT    NOT NULL,
  PRIMARY KEY (focus_point_id, attempt_id)
) WITHOUT ROWID;
CREATE INDEX focus_check_ins_by_attempt ON focus_check_ins (attempt_id);

CREATE TABLE focus_events (
  id              INTEGER PRIMARY KEY,
  focus_point_id  INTEGER NOT NULL REFERENCES focus_points (id) ON DELETE CASCADE,
  kind            TEXT    NOT NULL CHECK (kind IN ('opened', 'closed', 'reopened')),
  at              TEXT    NOT NULL
);
CREATE INDEX focus_events_by_point ON focus_events (focus_point_id);
`;
