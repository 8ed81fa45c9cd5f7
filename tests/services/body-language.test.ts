import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptFiles } from '../../src/main/services/media/attempt-files';
import type { BodyLanguage } from '../../src/shared/body-language';
import type { RetakeEvent } from '../../src/shared/events';
import { makeBodyLanguageVideo } from '../support/body-language-video';
import { splitIntoChunks } from '../support/media';
import { call, shortRecording, withDatabase } from '../support/review';
import { makeTempDir, openTestRetake, recordAttempt, TEST_CLIENT, type TestRetake } from '../support/services';

let dir: string;
let faceChunks: Uint8Array<ArrayBuffer>[];
let audioChunks: Uint8Array<ArrayBuffer>[];

beforeAll(async () => {
  dir = makeTempDir();
  // A face for 3 s, then none for 2 s: a recording as the finaliser expects one (VP8 WebM).
  const video = await makeBodyLanguageVideo(dir, [{ shot: 'centred', seconds: 3 }, { shot: 'none', seconds: 2 }], 'webm', 'short-face');
  faceChunks = splitIntoChunks(video, 5000);
  audioChunks = await shortRecording(dir);
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = async (t: TestRetake, attemptId: number): Promise<BodyLanguage> => t.services.handlers.getBodyLanguage({ attemptId }, TEST_CLIENT);

/** Waits until the attempt's analysis is neither queued nor running. */
async function analysed(t: TestRetake, attemptId: number): Promise<BodyLanguage> {
  for (;;) {
    const state = await get(t, attemptId);
    if (state.status !== 'queued' && state.status !== 'running') return state;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function withRetake(background: boolean, use: (t: TestRetake, events: RetakeEvent[]) => Promise<void>): Promise<void> {
  const t = openTestRetake(undefined, { bodyLanguageInBackground: background });
  const events: RetakeEvent[] = [];
  t.services.onEvent((e) => events.push(e));
  try {
    await use(t, events);
  } finally {
    await t.dispose();
  }
}

const updates = (events: RetakeEvent[], attemptId: number) =>
  events.flatMap((e) => (e.type === 'body-language-updated' && e.bodyLanguage.attemptId === attemptId ? [e.bodyLanguage.status] : []));

// Each test records, finalises and runs the face model: minutes on a loaded two-core machine.
describe('body language in the background', { timeout: 240_000 }, () => {
  it('measures a video attempt once it is final, announcing each step, and leaves the attempt as it was', async () => {
    await withRetake(true, async (t, events) => {
      const attempt = await recordAttempt(t.services, faceChunks);
      expect(attempt.status).toBe('ready');
      const result = await analysed(t, attempt.id);
      expect(result.status).toBe('done');
      expect(result.progress).toBe(1);
      expect(result.sampleMs).toBe(333);
      expect(result.samples.length).toBeGreaterThanOrEqual(14);
      // The face for the first 3 s, none after: the recording's own frames, through finalise.
      expect(result.samples.filter((s) => s.ms < 2800).every((s) => s.face !== null)).toBe(true);
      expect(result.samples.filter((s) => s.ms > 3200).every((s) => s.face === null)).toBe(true);
      expect(updates(events, attempt.id)).toEqual(['queued', 'running', 'done']);
      expect(events.some((e) => e.type === 'body-language-progress' && e.attemptId === attempt.id)).toBe(true);
      expect(await t.services.handlers.getAttempt({ attemptId: attempt.id }, TEST_CLIENT)).toEqual(attempt);
    });
  });

  it('says an audio-only attempt has no video to measure, and measures nothing', async () => {
    await withRetake(true, async (t, events) => {
      const attempt = await recordAttempt(t.services, audioChunks, { mode: 'audio' });
      expect((await analysed(t, attempt.id)).status).toBe('no-video');
      expect(updates(events, attempt.id)).toEqual([]);
      const refused = await call(t, 'analyseBodyLanguage', { attemptId: attempt.id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/without video/) } });
    });
  });

  it('measures an attempt that predates it when its body language is first asked for', async () => {
    await withRetake(false, async (t) => {
      const attempt = await recordAttempt(t.services, faceChunks);
      expect(withDatabase(t, (db) => db.prepare('SELECT count(*) FROM body_language').pluck().get())).toBe(0);
      expect((await get(t, attempt.id)).status).toBe('queued');
      expect((await analysed(t, attempt.id)).status).toBe('done');
    });
  });

  it('summarises a finished analysis for compare and the progress charts, and nothing before', async () => {
    await withRetake(false, async (t) => {
      const attempt = await recordAttempt(t.services, faceChunks);
      const audio = await recordAttempt(t.services, audioChunks, { mode: 'audio', promptId: attempt.promptId });
      const progress = () => t.services.handlers.getProgress({ promptId: attempt.promptId }, TEST_CLIENT);
      expect((await progress()).map((p) => p.body)).toEqual([null, null]);
      await get(t, attempt.id);
      expect((await analysed(t, attempt.id)).status).toBe('done');
      const [video, spoken] = await progress();
      expect(spoken!.attempt.id).toBe(audio.id);
      expect(spoken!.body).toBeNull();
      // A face for 3 s of 5: within 5 points of 60 %; the face it had was centred and still.
      expect(video!.body!.faceShare).toBeGreaterThan(0.55);
      expect(video!.body!.faceShare).toBeLessThan(0.65);
      expect(video!.body!.framedShare).toBe(1);
      expect(video!.body!.movement).toBeLessThan(0.08);
    });
  });

  it('resumes an analysis that was running when the app stopped', async () => {
    await withRetake(false, async (t) => {
      const attempt = await recordAttempt(t.services, faceChunks);
      await t.services.close();
      withDatabase(t, (db) =>
        db.prepare(`INSERT INTO body_language (attempt_id, status, updated_at) VALUES (?, 'running', '2026-01-01T00:00:00Z')`).run(attempt.id),
      );
      t.services = openTestRetake(t.dataDir, { bodyLanguageInBackground: true }).services;
      expect((await analysed(t, attempt.id)).status).toBe('done');
    });
  });

  it('can be cancelled and started again, the attempt untouched', async () => {
    await withRetake(true, async (t, events) => {
      const attempt = await recordAttempt(t.services, faceChunks);
      const cancelled = await t.services.handlers.cancelBodyLanguage({ attemptId: attempt.id }, TEST_CLIENT);
      expect((await analysed(t, attempt.id)).status).toBe('cancelled');
      expect(['queued', 'running', 'cancelled']).toContain(cancelled.status);
      expect(updates(events, attempt.id).at(-1)).toBe('cancelled');
      expect((await t.services.handlers.getAttempt({ attemptId: attempt.id }, TEST_CLIENT)).status).toBe('ready');
      await t.services.handlers.analyseBodyLanguage({ attemptId: attempt.id }, TEST_CLIENT);
      expect((await analysed(t, attempt.id)).status).toBe('done');
    });
  });

  it('fails on an unreadable video with a reason, and the attempt stays reviewable', async () => {
    await withRetake(false, async (t) => {
      const attempt = await recordAttempt(t.services, faceChunks);
      writeFileSync(attemptFiles(join(t.dataDir, 'media'), attempt.id).answer, Buffer.from('not a video at all'));
      await get(t, attempt.id);
      const failed = await analysed(t, attempt.id);
      expect(failed.status).toBe('failed');
      expect(failed.error).toMatch(/^Body language could not be measured: .+\.$/);
      expect(failed.error).not.toContain(t.dataDir); // no file paths in what the user reads
      const review = await t.services.handlers.getReview({ attemptId: attempt.id }, TEST_CLIENT);
      expect(review.attempt.status).toBe('ready');
    });
  });

  it('drops the analysis of an attempt deleted while it runs', async () => {
    await withRetake(true, async (t) => {
      const attempt = await recordAttempt(t.services, faceChunks);
      await t.services.handlers.deleteAttempt({ attemptId: attempt.id }, TEST_CLIENT);
      await t.services.close(); // waits for the analysis queue
      expect(withDatabase(t, (db) => db.prepare('SELECT count(*) FROM body_language').pluck().get())).toBe(0);
    });
  });
});
