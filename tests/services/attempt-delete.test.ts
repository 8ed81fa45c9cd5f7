import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreadableChunk } from '../support/media';
import type { Attempt } from '../../src/shared/attempts';
import type { RetakeEvent } from '../../src/shared/events';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok, readyAttempt, reviewRows, withDatabase } from '../support/review';
import { recordAttempt, startRecording, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

let t: TestRetake;
let events: RetakeEvent[];
useTestRetake((opened, seen) => {
  t = opened;
  events = seen;
});

const folderOf = (id: number) => join(t.dataDir, 'media', String(id));

/** An attempt with something in every review table. */
async function reviewed(): Promise<Attempt> {
  const attempt = await readyAttempt(t, chunks);
  await ok(t, 'createNote', { attemptId: attempt.id, startMs: 100, category: 'content', text: 'Gone soon' });
  await ok(t, 'setSection', { attemptId: attempt.id, section: 'task', startMs: 200 });
  await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'impact', score: 2 });
  await ok(t, 'setReflection', { attemptId: attempt.id, text: 'Gone too' });
  return attempt;
}

/** The review rows that belong to an attempt (the search index's rowid encodes it, see migration 003). */
function rowsOf(attemptId: number) {
  const rows = reviewRows(t);
  const noteIds = (rows.notes as { id: number; attempt_id: number }[]).filter((n) => n.attempt_id === attemptId).map((n) => n.id);
  const belongs = (r: unknown) => (r as { attempt_id: number }).attempt_id === attemptId;
  return {
    notes: noteIds.length,
    sections: rows.sections.filter(belongs).length,
    ratings: rows.ratings.filter(belongs).length,
    reflections: rows.reflections.filter(belongs).length,
    metrics: rows.metrics.filter(belongs).length,
    delivery: rows.delivery.filter(belongs).length,
    search: (rows.review_search as { rowid: number }[]).filter(
      ({ rowid }) => rowid === attemptId * 2 + 1 || noteIds.includes(rowid / 2),
    ).length,
  };
}

describe('deleting an attempt', () => {
  it('removes its rows, its review and its media folder, and leaves other attempts alone', async () => {
    const kept = await reviewed();
    const gone = await reviewed();
    expect(rowsOf(gone.id)).toEqual({ notes: 1, sections: 1, ratings: 1, reflections: 1, metrics: 1, delivery: 1, search: 2 });
    const keptRows = rowsOf(kept.id);
    expect(existsSync(folderOf(gone.id))).toBe(true);

    expect(await ok(t, 'deleteAttempt', { attemptId: gone.id })).toBeUndefined();

    expect(rowsOf(gone.id)).toEqual({ notes: 0, sections: 0, ratings: 0, reflections: 0, metrics: 0, delivery: 0, search: 0 });
    expect(existsSync(folderOf(gone.id))).toBe(false);
    expect(await call(t, 'getAttempt', { attemptId: gone.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(t, 'getReview', { attemptId: gone.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(t.services.mediaPath(gone.id, 'video')).toBeNull();
    expect((await ok(t, 'listAttempts', {})).map((a) => a.id)).toEqual([kept.id]);
    expect(events.at(-1)).toEqual({ type: 'attempt-deleted', attemptId: gone.id });

    expect(rowsOf(kept.id)).toEqual(keptRows);
    expect(existsSync(join(folderOf(kept.id), 'answer.webm'))).toBe(true);
    await expect(ok(t, 'getReview', { attemptId: kept.id })).resolves.toMatchObject({ reflection: 'Gone too' });
  });

  it('deletes a failed attempt and the recording it kept', async () => {
    const failed = await recordAttempt(t.services, [unreadableChunk()]);
    expect(failed.status).toBe('failed');
    await ok(t, 'deleteAttempt', { attemptId: failed.id });
    expect(existsSync(folderOf(failed.id))).toBe(false);
  });

  it('refuses while recording, changing nothing, and the recording carries on', async () => {
    await reviewed();
    const recording = await startRecording(t.services, chunks.slice(0, 2), { mode: 'audio' });
    const before = { rows: reviewRows(t), attempts: await ok(t, 'listAttempts', {}) };
    const reply = await call(t, 'deleteAttempt', { attemptId: recording.id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('recording') } });
    expect(await call(t, 'deleteAttempt', { attemptId: 4242 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect({ rows: reviewRows(t), attempts: await ok(t, 'listAttempts', {}) }).toEqual(before);
    expect(existsSync(join(folderOf(recording.id), 'recording.webm.part'))).toBe(true);
    expect(events.some((e) => e.type === 'attempt-deleted')).toBe(false);
    expect((await ok(t, 'appendChunk', { attemptId: recording.id, seq: 2, data: chunks[2] as Uint8Array<ArrayBuffer> })).bytes).toBeGreaterThan(0);
  });

  it('refuses while finalizing, and deletes once finalised', async () => {
    const attempt = await startRecording(t.services, chunks, { mode: 'audio' });
    expect((await ok(t, 'stopAttempt', { attemptId: attempt.id })).status).toBe('finalizing');
    const reply = await call(t, 'deleteAttempt', { attemptId: attempt.id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('finalizing') } });
    await t.services.settled();
    expect((await ok(t, 'getAttempt', { attemptId: attempt.id })).status).toBe('ready');
    await ok(t, 'deleteAttempt', { attemptId: attempt.id });
    expect(existsSync(folderOf(attempt.id))).toBe(false);
  });

  it('never reuses an id, so a later attempt starts with an empty folder', async () => {
    const gone = await reviewed();
    await ok(t, 'deleteAttempt', { attemptId: gone.id });
    const next = await readyAttempt(t, chunks);
    expect(next.id).toBeGreaterThan(gone.id);
    expect(await ok(t, 'getReview', { attemptId: next.id })).toMatchObject({ notes: [], sections: [], ratings: {}, reflection: '' });
  });

  it('sweeps, at the next start, a folder whose row went without it; folders it never issued stay', async () => {
    const gone = await readyAttempt(t, chunks);
    // As if the app died between committing the delete and removing the folder.
    withDatabase(t, (db) => db.prepare('DELETE FROM attempts WHERE id = ?').run(gone.id));
    const foreign = folderOf(gone.id + 100); // from a database that was replaced, say
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'answer.webm'), 'not ours to delete');
    expect(existsSync(folderOf(gone.id))).toBe(true);

    await t.reopen();
    expect(existsSync(folderOf(gone.id))).toBe(false);
    expect(existsSync(join(foreign, 'answer.webm'))).toBe(true);
  });
});
