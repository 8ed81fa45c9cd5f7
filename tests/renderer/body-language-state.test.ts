import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import { laneStretches, momentGroups } from '../../src/renderer/lib/review/body-language';
import { BodyLanguageState, type BodyView } from '../../src/renderer/screens/review/body-language-state.svelte';
import { makeBodyLanguageVideo } from '../support/body-language-video';
import { splitIntoChunks } from '../support/media';
import { shortRecording } from '../support/review';
import { inProcessBridge } from '../support/in-process-bridge';
import { makeTempDir, openTestRetake, recordAttempt, type TestRetake } from '../support/services';

let faceChunks: Uint8Array<ArrayBuffer>[];
let emptyChunks: Uint8Array<ArrayBuffer>[];
let audioChunks: Uint8Array<ArrayBuffer>[];
let t: TestRetake;
let bridge: RetakeBridge;
let stops: (() => void)[];

beforeAll(async () => {
  const dir = makeTempDir();
  // A face for 3 s, then the background alone for 2 s; and a recording with no face at all.
  const face = await makeBodyLanguageVideo(dir, [{ shot: 'centred', seconds: 3 }, { shot: 'none', seconds: 2 }], 'webm', 'state-face');
  const empty = await makeBodyLanguageVideo(dir, [{ shot: 'none', seconds: 2 }], 'webm', 'state-empty');
  faceChunks = splitIntoChunks(face, 5000);
  emptyChunks = splitIntoChunks(empty, 5000);
  audioChunks = await shortRecording(dir);
}, 300_000);

// Measured only when asked for, as for an attempt that predates the analysis.
beforeEach(() => {
  t = openTestRetake();
  bridge = inProcessBridge(t.services);
  stops = [];
});
afterEach(async () => {
  for (const stop of stops) stop();
  await t.dispose();
});

/** A state that follows the events, as the review page wires it. */
function follow(attemptId: number): BodyLanguageState {
  const state = new BodyLanguageState(bridge, attemptId);
  stops.push(bridge.onEvent((event) => state.handle(event)));
  return state;
}

async function until(state: BodyLanguageState, views: BodyView[], timeoutMs = 180_000): Promise<BodyView> {
  const end = Date.now() + timeoutMs;
  while (!views.includes(state.view)) {
    if (Date.now() > end) throw new Error(`still ${state.view}, waiting for ${views.join(' or ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return state.view;
}

describe('the review page’s body-language state', { timeout: 300_000 }, () => {
  it('says an audio-only attempt has nothing to measure', async () => {
    const attempt = await recordAttempt(t.services, audioChunks, { mode: 'audio' });
    const state = follow(attempt.id);
    expect(state.view).toBe('loading');
    await state.load();
    expect(state.view).toBe('no-video');
    expect(state.figures).toBeNull();
  });

  it('queues an older attempt when first opened, follows its progress, then works out the figures', async () => {
    const attempt = await recordAttempt(t.services, faceChunks);
    const state = follow(attempt.id);
    const heard: number[] = [];
    stops.push(bridge.onEvent((e) => e.type === 'body-language-progress' && e.attemptId === attempt.id && heard.push(state.progress)));
    await state.load();
    expect(state.view).toBe('analysing');
    await until(state, ['done', 'failed']);
    expect(state.view).toBe('done');
    expect(state.progress).toBe(1);
    expect(heard.length).toBeGreaterThan(0);
    // Progress only moves forward while it runs.
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
    const figures = state.figures!;
    // 3 s of 5 with a face: within 5 points of 60 %.
    expect(figures.faceShare).toBeGreaterThan(0.55);
    expect(figures.faceShare).toBeLessThan(0.65);
    expect(figures.noFace).toHaveLength(1);
    expect(Math.abs(figures.noFace[0]!.startMs - 3000)).toBeLessThanOrEqual(500);
    expect(laneStretches(figures).map((m) => m.kind)).toContain('no-face');
    expect(momentGroups(figures)[0]?.kind).toBe('no-face');
    // Per STAR section, from the same samples: the face is in all of the first, none of the second.
    const sections = state.sections(
      [
        { section: 'situation', startMs: 0 },
        { section: 'action', startMs: 3000 },
      ],
      5000,
    );
    expect(sections.map((s) => s.section)).toEqual(['situation', 'action']);
    expect(sections[0]!.figures.faceShare).toBe(1);
    expect(sections[1]!.figures.faceShare).toBe(0);
    // Another attempt's events leave this one alone.
    state.handle({ type: 'body-language-progress', attemptId: attempt.id + 1, progress: 0.5 });
    expect(state.progress).toBe(1);
  });

  it('cancels a running analysis and starts it again', async () => {
    const attempt = await recordAttempt(t.services, faceChunks);
    const state = follow(attempt.id);
    await state.load();
    expect(state.view).toBe('analysing');
    await state.cancel();
    expect(await until(state, ['cancelled', 'done'])).toBe('cancelled');
    expect(state.figures).toBeNull();
    await state.analyseAgain();
    expect(state.view).toBe('analysing');
    expect(await until(state, ['done', 'failed'])).toBe('done');
  });

  it('tells a recording with no face found apart from one measured', async () => {
    const attempt = await recordAttempt(t.services, emptyChunks);
    const state = follow(attempt.id);
    await state.load();
    expect(await until(state, ['done', 'no-face', 'failed'])).toBe('no-face');
    expect(state.figures?.faceShare).toBe(0);
  });

  it('says so when the analysis cannot be asked for, and a refused start leaves the state as it was', async () => {
    const missing = follow(999_999);
    await missing.load();
    expect(missing.view).toBe('error');
    expect(missing.loadError).toMatch(/No attempt with id 999999/);
    const audio = await recordAttempt(t.services, audioChunks, { mode: 'audio' });
    const state = follow(audio.id);
    await state.load();
    await state.analyseAgain();
    expect(state.actionError).toMatch(/without video/);
    expect(state.view).toBe('no-video');
  });
});
