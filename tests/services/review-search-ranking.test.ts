import Sqlite from 'better-sqlite3';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { toMatchQuery } from '../../src/main/services/review/search';
import type { SearchHit } from '../../src/shared/review';
import { useShortRecording } from '../support/hooks';
import { ok, readyAttempt, withDatabase } from '../support/review';
import { openTestRetake, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

const WORDS = 'answer result action situation team numbers pause filler camera story impact stakeholder rambled clear slow'.split(' ');
const QUERIES = ['answer', 'team result', 'st', 's', 'ra', 'stakeholder imp', 'numbers', 'clear slow pause', 'zeppelin'];

/**
 * Search as it was before ranking moved to a window of the newest matches: every match
 * scored, on the index as migration 003 made it (no prefix indexes). The reference the
 * change must agree with whenever the matches fit in the window.
 */
function searchBefore(db: Sqlite.Database, text: string): SearchHit[] {
  const query = toMatchQuery(text);
  if (query === null) return [];
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.before_search USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2');
           DELETE FROM before_search;
           INSERT INTO before_search (rowid, text) SELECT id * 2, text FROM notes;
           INSERT INTO before_search (rowid, text) SELECT attempt_id * 2 + 1, text FROM reflections;`);
  const rows = db
    .prepare<[string], { attempt_id: number; prompt_text: string; note_id: number | null; start_ms: number | null; snippet: string }>(
      `SELECT a.id AS attempt_id, p.text AS prompt_text, n.id AS note_id, n.start_ms AS start_ms,
              snippet(before_search, 0, '[[', ']]', '…', 16) AS snippet
       FROM before_search s
       LEFT JOIN notes n ON s.rowid % 2 = 0 AND n.id = s.rowid / 2
       LEFT JOIN reflections r ON s.rowid % 2 = 1 AND r.attempt_id = s.rowid / 2
       JOIN attempts a ON a.id = coalesce(n.attempt_id, r.attempt_id)
       JOIN prompts p ON p.id = a.prompt_id
       WHERE before_search MATCH ?
       ORDER BY s.rank, a.started_at DESC, n.start_ms
       LIMIT 50`,
    )
    .all(query);
  return rows.map((row) => ({
    attemptId: row.attempt_id,
    promptText: row.prompt_text,
    kind: row.note_id === null ? 'reflection' : 'note',
    noteId: row.note_id,
    startMs: row.start_ms ?? 0,
    snippet: row.snippet,
  }));
}

describe('search ranking on a fixed corpus', () => {
  let t: TestRetake;
  beforeAll(async () => {
    t = openTestRetake();
    const prompts = await ok(t, 'listPrompts', {});
    let word = 0;
    const sentence = (length: number) => Array.from({ length }, () => WORDS[(word = (word * 7 + 3) % WORDS.length)]).join(' ');
    for (let a = 0; a < 3; a++) {
      const attempt = await readyAttempt(t, chunks, prompts[a]!.id);
      for (let n = 0; n < 40; n++) {
        const category = (['strength', 'content', 'delivery', 'body-language'] as const)[n % 4]!;
        await ok(t, 'createNote', { attemptId: attempt.id, startMs: (n * 61) % 2500, category, text: sentence(3 + (n % 9)) });
      }
      await ok(t, 'setReflection', { attemptId: attempt.id, text: sentence(25) });
    }
  }, 60_000);
  afterAll(() => t.dispose());

  it('returns the same hits in the same order as scoring every match did', async () => {
    for (const query of QUERIES) {
      const before = withDatabase(t, (db) => searchBefore(db, query));
      const after = await ok(t, 'searchNotes', { query });
      expect(after, query).toEqual(before);
    }
    // The corpus is worth comparing on: common words fill the page, and ties are broken alike.
    expect((await ok(t, 'searchNotes', { query: 's' })).length).toBe(50);
  });
});
