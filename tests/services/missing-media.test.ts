import { rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { ok, readyAttempt } from '../support/review';
import type { TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((c) => (chunks = c));
let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

const fileOf = (attemptId: number, name: string) => join(t.dataDir, 'media', String(attemptId), name);

describe('a media file deleted or damaged by hand', () => {
  it('is reported for that attempt only; its notes and ratings stay, and it can be removed', async () => {
    const hit = await readyAttempt(t, chunks);
    const other = await readyAttempt(t, chunks);
    await ok(t, 'createNote', { attemptId: hit.id, startMs: 200, category: 'content', text: 'Lead with the result' });
    await ok(t, 'setRating', { attemptId: hit.id, criterion: 'structure', score: 3 });
    expect(hit.mediaProblem).toBeNull();

    rmSync(fileOf(hit.id, 'answer.webm'));
    expect(await ok(t, 'getAttempt', { attemptId: hit.id })).toMatchObject({ mediaProblem: 'missing' });
    const listed = await ok(t, 'listAttempts', {});
    expect(listed.map((a) => [a.id, a.mediaProblem])).toEqual([
      [other.id, null],
      [hit.id, 'missing'],
    ]);
    expect(t.services.mediaPath(hit.id, 'video')).toBeNull();
    const review = await ok(t, 'getReview', { attemptId: hit.id });
    expect(review.notes.map((n) => n.text)).toEqual(['Lead with the result']);
    expect(review.ratings).toMatchObject({ structure: 3 });

    await ok(t, 'deleteAttempt', { attemptId: hit.id });
    expect((await ok(t, 'listAttempts', {})).map((a) => a.id)).toEqual([other.id]);
    expect(t.services.mediaPath(other.id, 'video')).not.toBeNull();
  });

  it('a recording cut short, or a waveform gone, is damaged', async () => {
    const cut = await readyAttempt(t, chunks);
    const noPeaks = await readyAttempt(t, chunks);
    truncateSync(fileOf(cut.id, 'answer.webm'), 100);
    rmSync(fileOf(noPeaks.id, 'peaks'));
    expect((await ok(t, 'getAttempt', { attemptId: cut.id })).mediaProblem).toBe('damaged');
    expect((await ok(t, 'getAttempt', { attemptId: noPeaks.id })).mediaProblem).toBe('damaged');
  });

  it('survives a restart', async () => {
    const attempt = await readyAttempt(t, chunks);
    rmSync(join(t.dataDir, 'media', String(attempt.id)), { recursive: true });
    await t.reopen();
    expect(await ok(t, 'getAttempt', { attemptId: attempt.id })).toMatchObject({ status: 'ready', mediaProblem: 'missing' });
  });
});
