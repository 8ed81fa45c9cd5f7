import { describe, expect, it, vi } from 'vitest';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok } from '../support/journal';
import { recordAttempt, type TestRetake } from '../support/services';

const ZONE = 'America/New_York';
const at = (today: string) => ({ today, timeZone: ZONE });

let t: TestRetake;
useTestRetake((made) => {
  t = made;
});

describe('ten-day challenge', () => {
  let recording: Uint8Array<ArrayBuffer>[];
  useShortRecording((chunks) => (recording = chunks));

  it('is null before the first, and runs ten calendar days from its start', async () => {
    expect(await ok(t, 'getChallenge', at('2025-03-05'))).toBeNull();
    await ok(t, 'startChallenge', { startedOn: '2025-03-05' });
    const c = await ok(t, 'getChallenge', at('2025-03-05'));
    expect(c!.days.map((d) => d.date)).toEqual([
      '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09',
      '2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14',
    ]);
    expect(c!.days.every((d) => d.action === null && d.doneBy === null)).toBe(true);
  });

  it('ticks a day by hand, with an action from the list or one of the person’s own', async () => {
    await ok(t, 'startChallenge', { startedOn: '2025-03-05' });
    const { id } = (await ok(t, 'getChallenge', at('2025-03-05')))!;
    await ok(t, 'setChallengeDay', { challengeId: id, day: 1, action: 'resume', done: true });
    await ok(t, 'setChallengeDay', { challengeId: id, day: 2, action: 'own', ownText: '  Coffee with Priya  ' });
    expect(await call(t, 'setChallengeDay', { challengeId: id, day: 3, action: 'own' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(t, 'setChallengeDay', { challengeId: id, day: 11, done: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const days = (await ok(t, 'getChallenge', at('2025-03-06')))!.days;
    expect(days[0]).toMatchObject({ action: 'resume', doneBy: 'hand' });
    expect(days[1]).toMatchObject({ action: 'own', ownText: 'Coffee with Priya', doneBy: null });
    await ok(t, 'setChallengeDay', { challengeId: id, day: 1, done: false });
    expect((await ok(t, 'getChallenge', at('2025-03-06')))!.days[0]).toMatchObject({ action: 'resume', doneBy: null });
  });

  it('is ticked by a recorded answer on the person’s day, for a mock-interview day or one with nothing picked', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    await ok(t, 'startChallenge', { startedOn: '2025-03-05' });
    const { id } = (await ok(t, 'getChallenge', at('2025-03-05')))!;
    await ok(t, 'setChallengeDay', { challengeId: id, day: 2, action: 'mock-interview' });
    await ok(t, 'setChallengeDay', { challengeId: id, day: 3, action: 'course' });

    // 02:00 UTC on 6 March is still 5 March, 21:00, in New York: day 1.
    vi.setSystemTime(new Date('2025-03-06T02:00:00Z'));
    await recordAttempt(t.services, recording, { mode: 'audio' });
    vi.setSystemTime(new Date('2025-03-06T15:00:00Z')); // day 2
    await recordAttempt(t.services, recording, { mode: 'audio' });
    vi.setSystemTime(new Date('2025-03-07T15:00:00Z')); // day 3, whose action is a course: a recording is not that
    await recordAttempt(t.services, recording, { mode: 'audio' });

    const days = (await ok(t, 'getChallenge', at('2025-03-07')))!.days;
    expect(days.slice(0, 4).map((d) => [d.day, d.action, d.doneBy])).toEqual([
      [1, null, 'recording'],
      [2, 'mock-interview', 'recording'],
      [3, 'course', null],
      [4, null, null],
    ]);
  });

  it('shows the newest challenge once another is started', async () => {
    await ok(t, 'startChallenge', { startedOn: '2025-03-05' });
    await ok(t, 'startChallenge', { startedOn: '2025-04-01' });
    expect((await ok(t, 'getChallenge', at('2025-04-01')))!.startedOn).toBe('2025-04-01');
  });
});
