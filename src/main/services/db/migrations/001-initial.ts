/**
 * The first schema. Migration files are frozen once released: a later change is a new
 * numbered file, never an edit here. Enum-like columns carry CHECKs so a bug cannot
 * write a value the app would fail to read back.
 */
export const sql = `
CREATE TABLE prompts (
  id          INTEGER PRIMARY KEY,
  text        TEXT    NOT NULL,
  competency  TEXT    NOT NULL,
  source      TEXT    NOT NULL CHECK (source IN ('built-in', 'custom', 'interview')),
  -- Stable key of a built-in prompt in resources/prompts.json, so seeding never duplicates.
  seed_key    TEXT    UNIQUE,
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at  TEXT    NOT NULL
);

CREATE TABLE stories (
  id          INTEGER PRIMARY KEY,
  title       TEXT    NOT NULL,
  situation   TEXT    NOT NULL DEFAULT '',
  task        TEXT    NOT NULL DEFAULT '',
  action      TEXT    NOT NULL DEFAULT '',
  result      TEXT    NOT NULL DEFAULT '',
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL
);

CREATE TABLE story_prompts (
  story_id    INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  prompt_id   INTEGER NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, prompt_id)
) WITHOUT ROWID;
CREATE INDEX story_prompts_by_prompt ON story_prompts (prompt_id);

-- AUTOINCREMENT: an attempt id names its media folder, so ids are never reused.
CREATE TABLE attempts (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  prompt_id       INTEGER NOT NULL REFERENCES prompts (id),
  story_id        INTEGER REFERENCES stories (id) ON DELETE SET NULL,
  mode            TEXT    NOT NULL CHECK (mode IN ('video', 'audio')),
  status          TEXT    NOT NULL CHECK (status IN ('recording', 'finalizing', 'ready', 'recovered', 'failed')),
  failure_reason  TEXT,
  started_at      TEXT    NOT NULL,
  ended_at        TEXT,
  duration_ms     INTEGER,
  target_seconds  INTEGER NOT NULL,
  size_bytes      INTEGER,
  has_poster      INTEGER NOT NULL DEFAULT 0 CHECK (has_poster IN (0, 1)),
  recovery_unseen INTEGER NOT NULL DEFAULT 0 CHECK (recovery_unseen IN (0, 1)),
  -- The window or page that is recording, so its attempts can be recovered when it goes.
  client_id       TEXT
);
CREATE INDEX attempts_by_prompt ON attempts (prompt_id, started_at);
CREATE INDEX attempts_by_status ON attempts (status);

-- One row per setting, value as JSON: a bad or retired value resets that setting alone.
CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) WITHOUT ROWID;
`;
