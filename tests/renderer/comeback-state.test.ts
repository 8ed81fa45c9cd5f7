import { describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import { ComebackState } from '../../src/renderer/lib/journal/comeback.svelte';
import { useTestRetake } from '../support/hooks';
import { inProcessBridge } from '../support/in-process-bridge';

let bridge: RetakeBridge;
useTestRetake((t) => {
  bridge = inProcessBridge(t.services);
});

describe('ComebackState', () => {
  it('loads the levers, plan and challenge together, counted from the day it is given', async () => {
    await bridge.startCommitment({ stage: 'panel', lever: 'skill', days: 60, target: 'One project shipped', startedOn: '2025-03-01' });
    await bridge.startChallenge({ startedOn: '2025-03-01' });
    let today = '2025-03-01';
    const state = new ComebackState(bridge, () => today, () => 'Europe/Berlin');
    expect(state.loaded).toBe(false);
    await state.load();
    expect([state.loaded, state.error]).toEqual([true, null]);
    expect(state.openFor('panel')).toMatchObject({ lever: 'skill', dayNumber: 1 });
    expect(state.openFor('screening')).toBeNull();
    expect(state.challenge).not.toBeNull();

    today = '2025-03-11';
    await state.load();
    expect(state.openFor('panel')).toMatchObject({ dayNumber: 11 });
  });

  it('a lever with a verdict is no longer the open one', async () => {
    await bridge.startCommitment({ stage: 'panel', lever: 'visibility', days: 90, target: 'Two referrals a month', startedOn: '2025-01-01' });
    const state = new ComebackState(bridge, () => '2025-04-02', () => 'UTC');
    await state.load();
    await bridge.setCommitmentVerdict({ commitmentId: state.openFor('panel')!.id, verdict: 'helped' });
    await state.load();
    expect(state.openFor('panel')).toBeNull();
    expect(state.commitments).toHaveLength(1);
  });

  it('says what went wrong when a load is refused, and still counts as loaded', async () => {
    const state = new ComebackState(bridge, () => 'not a date', () => 'UTC');
    await state.load();
    expect(state.loaded).toBe(true);
    expect(state.error).toMatch(/date/i);
  });
});
