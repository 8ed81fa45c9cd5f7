import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/services/db/open';
import { makeTempDir } from '../support/services';

/** The review tables below the services: what the CHECKs refuse even if a service let it through. */
let dir: string;
let db: Sqlite.Database;
let attemptId: number;
beforeEach(() => {
  dir = makeTempDir();
  db = openDatabase(join(dir, 'retake.db'));
  const promptId = db.prepare(`INSERT INTO prompts (text, competency, source, created_at) VALUES ('Q', 'leadership', 'custom', 'now')`).run()
    .lastInsertRowid;
  attemptId = Number(
    db
      .prepare(`INSERT INTO attempts (prompt_id, mode, status, started_at, target_seconds) VALUES (?, 'audio', 'ready', 'now', 60)`)
      .run(promptId).lastInsertRowid,
  );
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (sql: string, ...params: unknown[]) => () => db.prepare(sql).run(attemptId, ...params);
const searchRows = () => db.prepare<[], number>('SELECT rowid FROM review_search ORDER BY rowid').pluck().all();

describe('review schema', () => {
  it('refuses values the app could not read back', () => {
    const note = `INSERT INTO notes (attempt_id, start_ms, end_ms, category, text, created_at) VALUES (?, ?, ?, ?, ?, 'now')`;
    expect(run(note, 500, 400, 'content', 'x')).toThrow(/CHECK/);
    expect(run(note, -1, null, 'content', 'x')).toThrow(/CHECK/);
    expect(run(note, 0, null, 'posture', 'x')).toThrow(/CHECK/);
    expect(run(note, 0, null, 'content', '  ')).toThrow(/CHECK/);
    expect(run(`INSERT INTO sections (attempt_id, section, start_ms) VALUES (?, ?, 0)`, 'summary')).toThrow(/CHECK/);
    expect(run(`INSERT INTO ratings (attempt_id, criterion, score) VALUES (?, 'clarity', ?)`, 6)).toThrow(/CHECK/);
    expect(run(`INSERT INTO ratings (attempt_id, criterion, score) VALUES (?, 'clarity', ?)`, 0)).toThrow(/CHECK/);
    expect(run(`INSERT INTO reflections (attempt_id, text, updated_at) VALUES (?, ?, 'now')`, '')).toThrow(/CHECK/);
    const metrics = `INSERT INTO metrics (attempt_id, speaking_ms, pauses_over_1s, pauses_over_2s, longest_pause_ms, time_to_first_word_ms, pauses)
                     VALUES (?, 0, 0, 0, 0, NULL, ?)`;
    expect(run(metrics, '{"startMs": 1}')).toThrow(/CHECK/);
    expect(run(metrics, 'not json')).toThrow();
    expect(run(`INSERT INTO notes (attempt_id, start_ms, category, text, created_at) VALUES (? + 1, 0, 'content', 'x', 'now')`)).toThrow(/FOREIGN KEY/);
  });

  it('keeps the search index in step with notes and reflections, through a cascaded delete too', () => {
    const noteId = Number(
      run(`INSERT INTO notes (attempt_id, start_ms, category, text, created_at) VALUES (?, 0, 'content', 'first words', 'now')`)().lastInsertRowid,
    );
    run(`INSERT INTO reflections (attempt_id, text, updated_at) VALUES (?, 'reflected', 'now')`)();
    expect(searchRows()).toEqual([noteId * 2, attemptId * 2 + 1]);
    db.prepare(`UPDATE notes SET text = 'second words' WHERE id = ?`).run(noteId);
    const match = (q: string) => db.prepare<[string], number>('SELECT rowid FROM review_search WHERE review_search MATCH ?').pluck().all(q);
    expect(match('first')).toEqual([]);
    expect(match('second')).toEqual([noteId * 2]);
    db.prepare('DELETE FROM attempts WHERE id = ?').run(attemptId);
    expect(searchRows()).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
  });
});
