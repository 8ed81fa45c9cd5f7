/**
 * Body language measured from an attempt's video: one row per attempt once its analysis is
 * queued, holding where it stands and, when done, every sampled frame's figures as JSON
 * (the panel, compare and progress work their figures out from those). Removed with the attempt.
 */
export const sql = `
CREATE TABLE body_language (
  attempt_id  INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
  status      TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled', 'no-video')),
  error       TEXT    CHECK ((status = 'failed') = (error IS NOT NULL)),
  sample_ms   INTEGER CHECK (sample_ms > 0),
  samples     TEXT    CHECK (samples IS NULL OR (json_valid(samples) AND json_type(samples) = 'array')),
  updated_at  TEXT    NOT NULL,
  CHECK ((status = 'done') = (samples IS NOT NULL AND sample_ms IS NOT NULL))
);
-- Restart picks up what was queued or running.
CREATE INDEX body_language_unfinished ON body_language (status) WHERE status IN ('queued', 'running');
`;
