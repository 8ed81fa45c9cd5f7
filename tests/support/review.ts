/**
 * Attempts ready for review, and a look at every review table, for checking that a refused
 * call changed nothing. Plain Node: no test-runner imports.
 */
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import type { Attempt } from '../../src/shared/attempts';
import { makeRecordingWebm, splitIntoChunks } from './media';
import { recordAttempt, type TestRetake } from './services';

export { call, ok } from './journal';

/** A short audio-only recording's chunks: the cheapest way to a ready attempt. */
export async function shortRecording(dir: string, seconds = 3): Promise<Uint8Array<ArrayBuffer>[]> {
  const recording = await makeRecordingWebm(dir, { mode: 'audio', seconds, name: `review-${seconds}s.webm` });
  return splitIntoChunks(recording.path, recording.durationMs);
}

/** Records the chunks through the real recorder and finaliser; the attempt is ready. */
export async function readyAttempt(t: TestRetake, chunks: readonly Uint8Array<ArrayBuffer>[], promptId?: number): Promise<Attempt> {
  const attempt = await recordAttempt(t.services, chunks, { mode: 'audio', promptId });
  if (attempt.status !== 'ready') throw new Error(`Attempt ${attempt.id} is ${attempt.status}: ${attempt.failureReason}`);
  return attempt;
}

const REVIEW_TABLES = ['notes', 'sections', 'ratings', 'reflections', 'metrics', 'delivery', 'review_search'] as const;

/** Every row of every review table, through a second connection, as another process would see them. */
export function reviewRows(t: TestRetake): Record<(typeof REVIEW_TABLES)[number], unknown[]> {
  const db = new Sqlite(join(t.dataDir, 'retake.db'), { readonly: true });
  try {
    const rows = (table: string) => db.prepare(`SELECT ${table === 'review_search' ? 'rowid, ' : ''}* FROM ${table} ORDER BY 1, 2`).all();
    return Object.fromEntries(REVIEW_TABLES.map((table) => [table, rows(table)])) as Record<(typeof REVIEW_TABLES)[number], unknown[]>;
  } finally {
    db.close();
  }
}

/** Runs SQL on the test's database through a second connection (to set up states the api cannot reach). */
export function withDatabase<T>(t: TestRetake, use: (db: Sqlite.Database) => T): T {
  const db = new Sqlite(join(t.dataDir, 'retake.db'));
  try {
    db.pragma('foreign_keys = ON');
    return use(db);
  } finally {
    db.close();
  }
}
