import { describe, expect, it, vi } from 'vitest';
import { planCalendar, responseRate } from '../../src/main/services/journal/plan-months';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, interview, ok } from '../support/journal';
import { recordAttempt, type TestRetake } from '../support/services';

const ZONE = 'Europe/Berlin';
const at = (today: string) => ({ today, timeZone: ZONE });

let t: TestRetake;
useTestRetake((made) => {
  t = made;
});

describe('plan calendar', () => {
  it('runs thirteen whole weeks from the Monday of the start, in months of four, four and five weeks', () => {
    const c = planCalendar('2025-03-05'); // a Wednesday
    expect(c.firstWeek).toBe('2025-03-03');
    expect(c.lastDay).toBe('2025-06-01');
    expect(c.months).toEqual([
      { month: 1, from: '2025-03-03', to: '2025-03-30' },
      { month: 2, from: '2025-03-31', to: '2025-04-27' },
      { month: 3, from: '2025-04-28', to: '2025-06-01' },
    ]);
  });

  it('has no response rate without applications, and does not cap a late answer', () => {
    expect(responseRate(0, 0)).toBeNull();
    expect(responseRate(0, 2)).toBeNull();
    expect(responseRate(10, 0)).toBe(0);
    expect(responseRate(8, 2)).toBe(0.25);
    expect(responseRate(2, 3)).toBe(1.5);
  });
});

describe('90-day plan', () => {
  it('is empty before a plan starts, and refuses a second plan while one runs', async () => {
    expect(await ok(t, 'getPlanReview', at('2025-03-05'))).toEqual({ plan: null, months: [], commitments: [] });
    await ok(t, 'startPlan', { startedOn: '2025-03-05', targetRole: 'Product manager' });
    const again = await call(t, 'startPlan', { startedOn: '2025-03-06', targetRole: 'Designer' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call(t, 'startPlan', { startedOn: '2025-03-06', targetRole: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('counts response rates per month from the weekly tallies and the interview log, empty months included', async () => {
    await ok(t, 'startPlan', { startedOn: '2025-03-05', targetRole: 'Product manager' });
    // Month 1: 8 applications over two weeks, two interviews past the application, one of them an offer.
    await ok(t, 'updateWeek', { weekStart: '2025-03-03', tally: { applications: 5 } });
    await ok(t, 'updateWeek', { weekStart: '2025-03-24', tally: { applications: 3 } });
    await ok(t, 'createInterview', interview({ date: '2025-03-10', stage: 'screening', outcome: 'rejected' }));
    await ok(t, 'createInterview', interview({ date: '2025-03-30', stage: 'final', outcome: 'offer' }));
    // An application logged as an interview is not a response.
    await ok(t, 'createInterview', interview({ date: '2025-03-12', stage: 'application', outcome: 'rejected' }));
    // Month 2: nothing at all. Month 3: an interview but no applications that month.
    await ok(t, 'createInterview', interview({ date: '2025-05-02', stage: 'panel', outcome: 'waiting' }));
    // Outside the plan: the week before it, and the day after it ends.
    await ok(t, 'updateWeek', { weekStart: '2025-02-24', tally: { applications: 40 } });
    await ok(t, 'createInterview', interview({ date: '2025-06-02', stage: 'panel', outcome: 'offer' }));

    const { plan, months } = await ok(t, 'getPlanReview', at('2025-04-02'));
    expect(plan).toMatchObject({ startedOn: '2025-03-05', targetRole: 'Product manager', weekNumber: 5, currentMonth: 2 });
    expect(months.map((m) => [m.month, m.applications, m.interviews, m.offers, m.responseRate])).toEqual([
      [1, 8, 2, 1, 0.25],
      [2, 0, 0, 0, null],
      [3, 0, 1, 0, null],
    ]);
    expect(months.map((m) => m.weeks.length)).toEqual([4, 4, 5]);
  });

  describe('with recordings', () => {
    let recording: Uint8Array<ArrayBuffer>[];
    useShortRecording((chunks) => (recording = chunks));

    it('charts weekly confidence and counts practice and self-ratings in the person’s days', async () => {
      vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
      await ok(t, 'startPlan', { startedOn: '2025-03-03', targetRole: 'Engineer' });
      await ok(t, 'updateWeek', { weekStart: '2025-03-03', confidence: 2 });
      await ok(t, 'updateWeek', { weekStart: '2025-03-17', confidence: 4, tally: { applications: 1 } });
      await ok(t, 'updateWeek', { weekStart: '2025-03-17', tally: { applications: 2 } }); // keeps the check-in
      // 23:30 UTC on Sunday 30 March is Monday 31 March in Berlin: month 2, not month 1.
      vi.setSystemTime(new Date('2025-03-30T22:30:00Z'));
      const first = await recordAttempt(t.services, recording, { mode: 'audio' });
      vi.setSystemTime(new Date('2025-03-04T10:00:00Z'));
      const second = await recordAttempt(t.services, recording, { mode: 'audio' });
      await ok(t, 'setRating', { attemptId: second.id, criterion: 'structure', score: 2 });
      await ok(t, 'setRating', { attemptId: second.id, criterion: 'impact', score: 5 });
      await ok(t, 'setRating', { attemptId: first.id, criterion: 'clarity', score: 4 });

      const { months } = await ok(t, 'getPlanReview', at('2025-03-20'));
      expect(months[0]!.weeks.map((w) => [w.weekStart, w.confidence, w.applications, w.practice])).toEqual([
        ['2025-03-03', 2, 0, 1],
        ['2025-03-10', null, 0, 0],
        ['2025-03-17', 4, 2, 0],
        ['2025-03-24', null, 0, 0],
      ]);
      expect([months[0]!.practice, months[0]!.averageRating]).toEqual([1, 3.5]);
      expect([months[1]!.practice, months[1]!.averageRating]).toEqual([1, 4]);
      expect([months[2]!.practice, months[2]!.averageRating]).toEqual([0, null]);
      expect((await ok(t, 'getWeek', { weekOf: '2025-03-17', today: '2025-03-20', timeZone: ZONE })).confidence).toBe(4);
      await ok(t, 'updateWeek', { weekStart: '2025-03-17', confidence: null });
      expect((await ok(t, 'getWeek', { weekOf: '2025-03-17', today: '2025-03-20', timeZone: ZONE })).confidence).toBeNull();
      expect(await call(t, 'updateWeek', { weekStart: '2025-03-17', confidence: 6 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    });
  });

  it('keeps a note of what will change each month, and ends', async () => {
    await ok(t, 'startPlan', { startedOn: '2025-03-03', targetRole: 'Engineer' });
    const { plan } = await ok(t, 'getPlanReview', at('2025-03-20'));
    await ok(t, 'setMonthNote', { planId: plan!.id, month: 1, note: '  Fewer applications, better ones.  ' });
    expect((await ok(t, 'getPlanReview', at('2025-03-20'))).months[0]!.changeNote).toBe('Fewer applications, better ones.');
    expect(await call(t, 'setMonthNote', { planId: plan!.id, month: 4, note: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await ok(t, 'endPlan', { id: plan!.id });
    expect((await ok(t, 'getPlanReview', at('2025-03-20'))).plan).toBeNull();
    await ok(t, 'startPlan', { startedOn: '2025-06-02', targetRole: 'Engineering manager' });
  });
});
