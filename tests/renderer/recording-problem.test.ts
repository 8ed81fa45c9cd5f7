import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { Attempt } from '../../src/shared/attempts';
import { recordingProblem } from '../../src/renderer/lib/media-problem';
import { Toasts } from '../../src/renderer/lib/toasts.svelte';
import { ReviewController } from '../../src/renderer/screens/review/review-controller.svelte';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { inProcessBridge } from '../support/in-process-bridge';
import { unreadableChunk } from '../support/media';
import { readyAttempt } from '../support/review';
import { recordAttempt, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((c) => (chunks = c));
let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});
let bridge: RetakeBridge;
let stops: (() => void)[];
beforeEach(() => {
  bridge = inProcessBridge(t.services);
  stops = [];
});
afterEach(() => {
  for (const stop of stops) stop();
});

const mediaFile = (id: number, name: string) => join(t.dataDir, 'media', String(id), name);

function open(attemptId: number): ReviewController {
  const ctl = new ReviewController(
    { bridge, notify: new Toasts(), navigate: () => {} },
    { playhead: undefined, toggleHelp: () => {}, showEditor: async () => {} },
    attemptId,
  );
  stops.push(ctl.start());
  return ctl;
}

/** A recording finalise cannot read: marked failed, its original kept for "Try again". */
async function failedAttempt(): Promise<Attempt> {
  const garbage = unreadableChunk(50_000).map((byte, i) => (i < 4 ? byte : (i * 7919) % 251));
  const failed = await recordAttempt(t.services, [garbage]);
  expect(failed.status).toBe('failed');
  return failed;
}

describe('what the review says about a recording it cannot show', () => {
  it('words each case, and offers "Try again" only with the original still there', () => {
    const base = { status: 'ready', failureReason: null, mediaProblem: null } as const;
    expect(recordingProblem(base)).toBeNull();
    expect(recordingProblem({ ...base, mediaProblem: 'missing' })).toMatchObject({ title: 'The recording file is missing', canRetry: false });
    expect(recordingProblem({ ...base, status: 'recovered', mediaProblem: 'damaged' })).toMatchObject({ title: 'The recording file is damaged', canRetry: false });
    expect(recordingProblem({ ...base, mediaProblem: 'missing' })!.detail).toMatch(/notes, STAR marks, ratings and reflection are kept/);
    const full = recordingProblem({ status: 'failed', failureReason: 'The disk is full.', mediaProblem: null });
    expect(full).toMatchObject({ title: 'This recording could not be finished', canRetry: true });
    expect(full!.detail).toBe('The disk is full.');
    expect(recordingProblem({ status: 'failed', failureReason: null, mediaProblem: 'missing' })).toMatchObject({ canRetry: false });
  });
});

describe('ReviewController with a file deleted by hand', () => {
  it('opens the notes and ratings without asking for the waveform', async () => {
    const attempt = await readyAttempt(t, chunks);
    await bridge.createNote({ attemptId: attempt.id, startMs: 400, category: 'content', text: 'Name the result' });
    await bridge.setRating({ attemptId: attempt.id, criterion: 'clarity', score: 3 });
    rmSync(mediaFile(attempt.id, 'answer.webm'));
    const ctl = open(attempt.id);
    await expect.poll(() => ctl.review !== null).toBe(true);
    expect(ctl.attempt?.mediaProblem).toBe('missing');
    expect(ctl.reviewError).toBeNull();
    expect(ctl.peaks).toBeNull();
    expect(ctl.review!.notes.map((n) => n.text)).toEqual(['Name the result']);
    expect(ctl.review!.ratings).toMatchObject({ clarity: 3 });
  });

  it('removes it, notes and all, once confirmed', async () => {
    const attempt = await readyAttempt(t, chunks);
    rmSync(join(t.dataDir, 'media', String(attempt.id)), { recursive: true });
    const ctl = open(attempt.id);
    await expect.poll(() => ctl.review !== null).toBe(true);
    await ctl.deleteAttempt();
    expect(await bridge.listAttempts({})).toEqual([]);
  });
});

describe('ReviewController, "Try again" on a failed save', () => {
  it('saves it again from the kept original and follows it to ready', async () => {
    const failed = await failedAttempt();
    const ctl = open(failed.id);
    await expect.poll(() => ctl.attempt?.status).toBe('failed');
    // Room again, and the original readable: what a freed disk looks like to finalise.
    writeFileSync(mediaFile(failed.id, 'recording.webm.part'), Buffer.concat(chunks));
    await ctl.retryFinalise();
    expect(ctl.retryError).toBeNull();
    expect(ctl.retrying).toBe(false);
    expect(['finalizing', 'ready']).toContain(ctl.attempt?.status);
    await expect.poll(() => ctl.attempt?.status, { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => ctl.review !== null && ctl.peaks !== null).toBe(true);
  });

  it('says why when it cannot run, in words, and changes nothing', async () => {
    const failed = await failedAttempt();
    rmSync(mediaFile(failed.id, 'recording.webm.part'));
    const ctl = open(failed.id);
    await expect.poll(() => ctl.attempt?.mediaProblem).toBe('missing');
    await ctl.retryFinalise();
    expect(ctl.retryError).toBe('The original recording is no longer in the media folder, so there is nothing to try again with.');
    expect(ctl.attempt?.status).toBe('failed');
    expect((await bridge.getAttempt({ attemptId: failed.id })).status).toBe('failed');
  });
});
