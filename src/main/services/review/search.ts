import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/review';

/** Enough to pick from; a search is a way in, not a report. */
const MAX_HITS = 50;
/**
 * How many of the newest matches are ranked. Older matches beyond it are not found until
 * the words narrow the search; a library searched for one common word shows its best
 * recent hits, which is what a person looking back at their practice wants.
 */
const RANK_WINDOW = 200;
/** Words of context around the match in a snippet. */
const SNIPPET_TOKENS = 16;

/**
 * An FTS5 query that means "all of these words", built from the words alone: each is
 * quoted, so nothing the person types (quotes, *, -, NEAR, AND, column filters) is ever
 * read as query syntax. The last word matches as a prefix, so results come while typing.
 * Null when the text holds no word at all.
 */
export function toMatchQuery(text: string): string | null {
  // Runs of letters, digits and private-use characters: what the unicode61 tokenizer takes
  // as a word (anything else separates words). Such a word holds no quote to escape.
  const words = text.match(/[\p{L}\p{N}\p{Co}]+/gu);
  if (!words) return null;
  return words.map((word, i) => (i === words.length - 1 ? `"${word}"*` : `"${word}"`)).join(' ');
}

interface HitRow {
  attempt_id: number;
  prompt_text: string;
  note_id: number | null;
  start_ms: number | null;
  snippet: string;
}

/** Full-text search over notes and reflections (the review_search index, see migrations 003 and 005). */
export function createReviewSearch(db: Database) {
  // Ranks the newest RANK_WINDOW matches, not every match: FTS5 walks the index newest
  // first (the rowid rises with each note) and stops there, so a word in every other note
  // costs the same as a rare one. Only those rows are scored and given a snippet; the
  // joins run for the hits kept. The rowid says which source a row came from: note id * 2,
  // or attempt id * 2 + 1.
  const search = db.prepare<{ query: string; limit: number }, HitRow>(
    `WITH matched AS (
       SELECT rowid, rank, snippet(review_search, 0, '[[', ']]', '…', ${SNIPPET_TOKENS}) AS snippet
       FROM review_search WHERE review_search MATCH @query
       ORDER BY rowid DESC LIMIT ${RANK_WINDOW}
     )
     SELECT a.id AS attempt_id, p.text AS prompt_text, n.id AS note_id, n.start_ms AS start_ms, s.snippet AS snippet
     FROM matched s
     LEFT JOIN notes n ON s.rowid % 2 = 0 AND n.id = s.rowid / 2
     LEFT JOIN reflections r ON s.rowid % 2 = 1 AND r.attempt_id = s.rowid / 2
     JOIN attempts a ON a.id = coalesce(n.attempt_id, r.attempt_id)
     JOIN prompts p ON p.id = a.prompt_id
     ORDER BY s.rank, a.started_at DESC, n.start_ms
     LIMIT @limit`,
  );

  return {
    /** Best matches first; each lands at its note's start, or at the beginning for a reflection. */
    search(text: string): SearchHit[] {
      const query = toMatchQuery(text);
      if (query === null) return [];
      return search.all({ query, limit: MAX_HITS }).map((row) => ({
        attemptId: row.attempt_id,
        promptText: row.prompt_text,
        kind: row.note_id === null ? 'reflection' : 'note',
        noteId: row.note_id,
        startMs: row.start_ms ?? 0,
        snippet: row.snippet,
      }));
    },
  };
}

export type ReviewSearch = ReturnType<typeof createReviewSearch>;
