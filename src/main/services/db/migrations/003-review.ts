/**
 * Reviewing an attempt: timestamped notes, STAR section marks, self-ratings, a written
 * reflection and the measured pause figures, all removed with their attempt. The services
 * validate first; the CHECKs are the second line, so a bug cannot store what the app
 * would fail to read back.
 */
export const sql = `
-- AUTOINCREMENT: a deleted note's id is never reused, so a stale window's edit cannot land on another note.
CREATE TABLE notes (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
  start_ms    INTEGER NOT NULL CHECK (start_ms >= 0),
  -- Null for a point note.
  end_ms      INTEGER CHECK (end_ms IS NULL OR end_ms > start_ms),
  category    TEXT    NOT NULL CHECK (category IN ('strength', 'content', 'delivery', 'body-language')),
  text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
  created_at  TEXT    NOT NULL
);
CREATE INDEX notes_by_attempt ON notes (attempt_id, start_ms);

CREATE TABLE sections (
  attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
  section     TEXT    NOT NULL CHECK (section IN ('situation', 'task', 'action', 'result')),
  start_ms    INTEGER NOT NULL CHECK (start_ms >= 0),
  PRIMARY KEY (attempt_id, section)
) WITHOUT ROWID;

CREATE TABLE ratings (
  attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
  criterion   TEXT    NOT NULL CHECK (criterion IN ('structure', 'clarity', 'conciseness', 'delivery', 'impact')),
  score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  PRIMARY KEY (attempt_id, criterion)
) WITHOUT ROWID;

-- No row rather than an empty one: an attempt without a reflection has nothing to search.
CREATE TABLE reflections (
  attempt_id  INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
  text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
  updated_at  TEXT    NOT NULL
);

-- Figures in columns so progress can be charted and sorted in SQL; the pause list as JSON.
CREATE TABLE metrics (
  attempt_id             INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
  speaking_ms            INTEGER NOT NULL CHECK (speaking_ms >= 0),
  pauses_over_1s         INTEGER NOT NULL CHECK (pauses_over_1s >= 0),
  pauses_over_2s         INTEGER NOT NULL CHECK (pauses_over_2s >= 0),
  longest_pause_ms       INTEGER NOT NULL CHECK (longest_pause_ms >= 0),
  time_to_first_word_ms  INTEGER CHECK (time_to_first_word_ms >= 0),
  pauses                 TEXT    NOT NULL CHECK (json_valid(pauses) AND json_type(pauses) = 'array')
);

-- One index over notes and reflections so a search ranks both together. The rowid says
-- what a row is: note id * 2 for a note, attempt id * 2 + 1 for a reflection. The triggers
-- keep it in step, cascaded deletes included (foreign-key actions fire triggers).
CREATE VIRTUAL TABLE review_search USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
  INSERT INTO review_search (rowid, text) VALUES (new.id * 2, new.text);
END;
CREATE TRIGGER notes_search_update AFTER UPDATE OF text ON notes BEGIN
  UPDATE review_search SET text = new.text WHERE rowid = new.id * 2;
END;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
  DELETE FROM review_search WHERE rowid = old.id * 2;
END;

CREATE TRIGGER reflections_search_insert AFTER INSERT ON reflections BEGIN
  INSERT INTO review_search (rowid, text) VALUES (new.attempt_id * 2 + 1, new.text);
END;
CREATE TRIGGER reflections_search_update AFTER UPDATE OF text ON reflections BEGIN
  UPDATE review_search SET text = new.text WHERE rowid = new.attempt_id * 2 + 1;
END;
CREATE TRIGGER reflections_search_delete AFTER DELETE ON reflections BEGIN
  DELETE FROM review_search WHERE rowid = old.attempt_id * 2 + 1;
END;
`;
