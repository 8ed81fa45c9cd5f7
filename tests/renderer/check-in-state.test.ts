import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { Attempt } from '../../src/shared/attempts';
import { CheckInState } from '../../src/renderer/lib/focus/check-in.svelte';
import { inProcessBridge } from '../support/in-process-bridge';
import { readyAttempt, shortRecording } from '../support/review';
import { makeTempDir, openTestRetake, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
let t: TestRetake;
let bridge: RetakeBridge;
let first: Attempt;

beforeAll(async () => {
  chunks = await shortRecording(makeTempDir());
});
beforeEach(async () => {
  t = openTestRetake();
  bridge = inProcessBridge(t.services);
  first = await readyAttempt(t, chunks);
});
afterEach(() => t.dispose());

describe('CheckInState', () => {
  it('asks about carried points, keeps the moment and note across verdicts, and says when a point closes', async () => {
    const point = await bridge.createFocusPoint({ attemptId: first.id, text: 'Shorter set-up', scope: 'question' });
    const second = await readyAttempt(t, chunks, first.promptId);
    const secondCheckIn = new CheckInState(bridge, second.id);
    await secondCheckIn.load();
    expect(secondCheckIn.items.map((i) => i.point.id)).toEqual([point.id]);
    expect(secondCheckIn.unanswered).toBe(1);

    // A moment or a note cannot come before a verdict.
    expect(await secondCheckIn.checkIn(point.id, { atMs: 100 })).toBe(false);
    expect(secondCheckIn.items[0]?.checkIn).toBeNull();

    expect(await secondCheckIn.checkIn(point.id, { verdict: 'fixed', atMs: 300, note: 'better' })).toBe(false);
    expect(await secondCheckIn.checkIn(point.id, { atMs: 600 })).toBe(false);
    expect(secondCheckIn.items[0]?.checkIn).toMatchObject({ verdict: 'fixed', atMs: 600, note: 'better' });
    expect(secondCheckIn.unanswered).toBe(0);

    const third = await readyAttempt(t, chunks, first.promptId);
    const thirdCheckIn = new CheckInState(bridge, third.id);
    await thirdCheckIn.load();
    expect(await thirdCheckIn.checkIn(point.id, { verdict: 'fixed' })).toBe(true);
    expect(thirdCheckIn.items[0]?.point.status).toBe('closed');
    await thirdCheckIn.reopen(point.id);
    expect(thirdCheckIn.items[0]?.point.status).toBe('open');
  });

  it('keeps a readable error when the check-in cannot be read', async () => {
    const state = new CheckInState(bridge, 9999);
    await state.load();
    expect(state.loaded).toBe(true);
    expect(state.error).toMatch(/9999/);
  });
});
