import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/dates';
import { useTestRetake } from '../support/hooks';
import { call, ok } from '../support/journal';
import type { TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

const start = { stage: 'technical', lever: 'skill', days: 60, target: 'One certification in 30 days' } as const;

describe('a lever on a pattern', () => {
  it('counts down in calendar days across a daylight-saving change', async () => {
    // Berlin moves its clocks forward on 30 March 2025; the day count must not notice.
    await ok(t, 'startCommitment', { ...start, startedOn: '2025-03-01' });
    const on = async (today: string) => (await ok(t, 'listCommitments', { today, timeZone: 'Europe/Berlin' }))[0]!;
    expect(await on('2025-03-01')).toMatchObject({ dayNumber: 1, daysLeft: 60, dueOn: '2025-04-30', verdictDue: false });
    expect(await on('2025-03-29')).toMatchObject({ dayNumber: 29, daysLeft: 32 });
    expect(await on('2025-03-30')).toMatchObject({ dayNumber: 30, daysLeft: 31 });
    expect(await on('2025-03-31')).toMatchObject({ dayNumber: 31, daysLeft: 30 });
    expect(await on('2025-04-29')).toMatchObject({ daysLeft: 1, verdictDue: false });
    expect(await on('2025-04-30')).toMatchObject({ daysLeft: 0, verdictDue: true });
    expect(await on('2025-06-01')).toMatchObject({ daysLeft: 0, verdictDue: true });
  });

  it('counts from each person’s own day: the same instant is a different day in Auckland and Los Angeles', async () => {
    const instant = new Date('2025-04-05T20:00:00Z'); // Sunday 6 April 08:00 in Auckland (its DST ends that day), Saturday 5 April 13:00 in LA
    const auckland = localDate(instant, 'Pacific/Auckland');
    const la = localDate(instant, 'America/Los_Angeles');
    expect([auckland, la]).toEqual(['2025-04-06', '2025-04-05']);
    await ok(t, 'startCommitment', { ...start, days: 90, startedOn: '2025-01-06' });
    const [inAuckland] = await ok(t, 'listCommitments', { today: auckland, timeZone: 'Pacific/Auckland' });
    const [inLa] = await ok(t, 'listCommitments', { today: la, timeZone: 'America/Los_Angeles' });
    expect([inAuckland!.daysLeft, inLa!.daysLeft]).toEqual([0, 1]);
    expect([inAuckland!.verdictDue, inLa!.verdictDue]).toEqual([true, false]);
  });

  it('tracks actions, asks for one open lever per stage, and offers the levers again after a verdict', async () => {
    await ok(t, 'startCommitment', { ...start, startedOn: '2025-03-01' });
    const [c] = await ok(t, 'listCommitments', { today: '2025-03-05', timeZone: 'UTC' });
    await ok(t, 'addCommitmentAction', { commitmentId: c!.id, date: '2025-03-02', text: 'Booked the exam' });
    await ok(t, 'addCommitmentAction', { commitmentId: c!.id, date: '2025-03-04', text: 'Finished module 1' });
    expect(await call(t, 'addCommitmentAction', { commitmentId: c!.id, date: '2025-02-20', text: 'Too early' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await ok(t, 'listCommitments', { today: '2025-03-05', timeZone: 'UTC' }))[0]!.actions.map((a) => a.text)).toEqual(['Booked the exam', 'Finished module 1']);

    expect(await call(t, 'startCommitment', { ...start, lever: 'role', startedOn: '2025-03-02' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(t, 'startCommitment', { ...start, stage: 'panel', lever: 'visibility', startedOn: '2025-03-02' }); // another stage is fine

    await ok(t, 'setCommitmentVerdict', { commitmentId: c!.id, verdict: 'partly', note: 'Passed, but few calls yet' });
    expect(await call(t, 'addCommitmentAction', { commitmentId: c!.id, date: '2025-03-06', text: 'Late' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(t, 'startCommitment', { ...start, lever: 'role', days: 90, startedOn: '2025-05-01' });
    const all = await ok(t, 'listCommitments', { today: '2025-05-01', timeZone: 'UTC' });
    expect(all.map((x) => [x.stage, x.lever, x.verdict])).toEqual([
      ['technical', 'role', null],
      ['panel', 'visibility', null],
      ['technical', 'skill', 'partly'],
    ]);
  });

  it('refuses days other than 60 or 90, an empty target, and an unknown lever', async () => {
    for (const bad of [{ days: 30 }, { target: '  ' }, { lever: 'luck' }, { target: 'x'.repeat(201) }]) {
      expect(await call(t, 'startCommitment', { ...start, startedOn: '2025-03-01', ...bad })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await ok(t, 'listCommitments', { today: '2025-03-01', timeZone: 'UTC' })).toEqual([]);
  });
});
