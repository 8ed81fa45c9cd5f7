/**
 * Indexes for a library of thousands of attempts. Pages of attempts walk an index in
 * their order (newest first, overall or by status) and stop at the page's end instead
 * of sorting every row. Search gains prefix indexes for the one to three letters people
 * have typed when results first come, so a short prefix reads one list instead of
 * merging every word that starts with it; FTS5 options cannot be altered, so the index
 * is rebuilt from notes and reflections with the same rowids. Migration 003's triggers
 * stay: they belong to notes and reflections and look the table up only when they fire.
 */
export const sql = `
CREATE INDEX attempts_by_start ON attempts (started_at, id);
-- Replaces attempts_by_status: the same prefix, and in the library's order within a status.
DROP INDEX attempts_by_status;
CREATE INDEX attempts_by_status_start ON attempts (status, started_at, id);

DROP TABLE review_search;

CREATE VIRTUAL TABLE review_search USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO review_search (rowid, text) SELECT id * 2, text FROM notes;
INSERT INTO review_search (rowid, text) SELECT attempt_id * 2 + 1, text FROM reflections;
`;
