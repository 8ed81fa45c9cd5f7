import { describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { Attempt } from '../../src/shared/attempts';
import { DeliveryState } from '../../src/renderer/screens/review/delivery-state.svelte';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { inProcessBridge } from '../support/in-process-bridge';
import { readyAttempt } from '../support/review';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((c) => (chunks = c));
let bridge: RetakeBridge;
let attempt: Attempt;
useTestRetake(async (t) => {
  bridge = inProcessBridge(t.services);
  attempt = await readyAttempt(t, chunks);
});

describe('DeliveryState', () => {
  it('is loading until the figures come, then ready with them', async () => {
    const state = new DeliveryState(bridge, attempt.id);
    expect([state.status, state.delivery]).toEqual(['loading', null]);
    await state.refresh();
    expect(state.status).toBe('ready');
    expect(state.delivery).toEqual(await bridge.getDelivery({ attemptId: attempt.id }));
  });

  it('keeps only the latest answer: a slow early reply never overwrites a newer one', async () => {
    let calls = 0;
    const releases: Array<() => void> = [];
    const slowFirst: Pick<RetakeBridge, 'getDelivery'> = {
      getDelivery: async (input) => {
        const call = ++calls;
        const figures = await bridge.getDelivery(input);
        if (!figures) throw new Error('the test answer has no delivery figures');
        if (call === 1) await new Promise<void>((resolve) => releases.push(resolve));
        // Which call answered, marked in a figure the test can read back.
        return { ...figures, whole: { ...figures.whole, syllables: call } };
      },
    };
    const state = new DeliveryState(slowFirst, attempt.id);
    const early = state.refresh();
    await expect.poll(() => releases.length).toBe(1);
    await state.refresh();
    expect(state.delivery?.whole.syllables).toBe(2);
    releases[0]!();
    await early;
    expect(state.delivery?.whole.syllables).toBe(2);
  });

  it('says so when the figures cannot be had; the review goes on', async () => {
    const state = new DeliveryState(bridge, attempt.id + 999);
    await state.refresh();
    expect([state.status, state.delivery]).toEqual(['error', null]);
  });
});
