/**
 * Indexes for a library of thousands of attempts. Pages of attempts walk an index in
 * their order (newest first, overall or by status) and stop at the page's end instead
 * of sorting every row. Search gains prefix indexes for the one to three letters people
 * have typed when results first come, so a short prefix reads one list instead of
 * merging every word that starts with it; FTS5 options cannot be altered, so the index
 * is rebuilt from notes and reflections, same rowids and triggers as migration 003.
 */
export const sql = `
CREATE INDEX attempts_by_start ON attempts (started_at, id);
-- Replaces attempts_by_status: the same prefix, and in the library's order within a status.
DROP INDEX attempts_by_status;
CREATE INDEX attempts_by_status_start ON attempts (status, started_at, id);

DROP TRIGGER notes_search_insert;
DROP TRIGGER notes_search_update;
DROP TRIGGER notes_search_delete;
DROP TRIGGER reflections_search_insert;
DROP TRIGGER reflections_search_update;
DROP TRIGGER reflections_search_delete;
DROP TABLE review_search;

CREATE VIRTUAL TABLE review_search USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO review_search (rowid, text) SELECT id * 2, text FROM notes;
INSERT INTO review_search (rowid, text) SELECT attempt_id * 2 + 1, text FROM reflections;

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
