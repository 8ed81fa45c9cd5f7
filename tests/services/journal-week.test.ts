import { describe, expect, it, vi } from 'vitest';
import { call, interview, ok } from '../support/journal';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { unreadableChunk } from '../support/media';
import { answer, makeSet } from '../support/mock';
import { recordAttempt, type TestRetake } from '../support/services';

/** Days are the person's days: Berlin is UTC+1 in early March, so UTC midnight is 01:00 there. */
const ZONE = 'Europe/Berlin';
const week = (weekOf: string, today = weekOf) => ({ weekOf, today, timeZone: ZONE });

let t: TestRetake;
useTestRetake((made) => {
  t = made;
});

describe('week view', () => {
  let recording: Uint8Array<ArrayBuffer>[];
  useShortRecording((chunks) => (recording = chunks));

  async function answerAt(iso: string, chunks = recording) {
    vi.setSystemTime(new Date(iso));
    return recordAttempt(t.services, chunks, { mode: 'audio' });
  }

  it('counts practice from finished attempts in the person’s week, Monday to Sunday', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    await answerAt('2025-03-02T12:00:00Z'); // Sunday before: previous week
    await answerAt('2025-03-03T09:00:00Z'); // Monday
    await answerAt('2025-03-09T22:30:00Z'); // Sunday 23:30 in Berlin
    await answerAt('2025-03-09T23:30:00Z'); // still Sunday in UTC, but Monday 00:30 in Berlin: next week
    const failed = await answerAt('2025-03-05T10:00:00Z', [unreadableChunk(8, 9)]); // not practice
    expect(failed.status).toBe('failed');

    const w = await ok(t, 'getWeek', week('2025-03-06'));
    expect(w.weekStart).toBe('2025-03-03');
    expect(w.done.practice).toBe(2);
    expect(w.days.map((d) => [d.date, d.attempts])).toEqual([
      ['2025-03-03', 1],
      ['2025-03-04', 0],
      ['2025-03-05', 0],
      ['2025-03-06', 0],
      ['2025-03-07', 0],
      ['2025-03-08', 0],
      ['2025-03-09', 1],
    ]);
    expect((await ok(t, 'getWeek', week('2025-03-10'))).done.practice).toBe(1);
    // The same attempts seen from UTC fall into different weeks.
    expect((await ok(t, 'getWeek', { ...week('2025-03-06'), timeZone: 'UTC' })).done.practice).toBe(3);
  });

  it('counts mock interviews done in the week; their answers count as practice, an empty one counts for nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    const set = await makeSet(t);
    vi.setSystemTime(new Date('2025-03-04T09:00:00Z'));
    const done = await ok(t, 'startMockInterview', { setId: set.id });
    await answer(t, done.id, 1, recording);
    await answer(t, done.id, 2, recording);
    await ok(t, 'finishMockInterview', { id: done.id });
    vi.setSystemTime(new Date('2025-03-05T09:00:00Z'));
    const empty = await ok(t, 'startMockInterview', { setId: set.id });
    await ok(t, 'finishMockInterview', { id: empty.id });

    const w = await ok(t, 'getWeek', week('2025-03-06'));
    expect(w.mockInterviews).toBe(1);
    expect(w.done.practice).toBe(2);
    expect((await ok(t, 'getWeek', week('2025-03-10'))).mockInterviews).toBe(0);
  });

  it('counts a streak of active days: attempts, logged interviews and wins', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    await ok(t, 'addWin', { date: '2025-03-06', text: 'Sent three applications' });
    vi.setSystemTime(new Date('2025-03-07T10:00:00Z'));
    await ok(t, 'createInterview', interview());
    await answerAt('2025-03-08T10:00:00Z');
    await ok(t, 'addWin', { date: '2025-03-04', text: 'Too far back to join the streak' });

    // 6, 7, 8 active; 9 not yet: the streak still stands until the day is over.
    expect((await ok(t, 'getWeek', week('2025-03-09'))).streak).toEqual({ days: 3, activeToday: false });
    await ok(t, 'addWin', { date: '2025-03-09', text: 'Rested, on purpose' });
    const w = await ok(t, 'getWeek', week('2025-03-09'));
    expect(w.streak).toEqual({ days: 4, activeToday: true });
    expect(w.days.filter((d) => d.active).map((d) => d.date)).toEqual(['2025-03-04', '2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09']);
    // A whole day without anything breaks it.
    expect((await ok(t, 'getWeek', week('2025-03-11'))).streak).toEqual({ days: 0, activeToday: false });
  });
});

describe('weekly goals and tallies', () => {
  it('keeps goals until changed, and tallies for their own week only', async () => {
    expect((await ok(t, 'getWeek', week('2025-03-05'))).goals).toEqual({ practice: 0, applications: 0, outreach: 0 });
    await ok(t, 'updateWeek', { weekStart: '2025-03-03', goals: { practice: 5, applications: 3, outreach: 2 } });
    await ok(t, 'updateWeek', { weekStart: '2025-03-03', tally: { applications: 2 } });
    await ok(t, 'updateWeek', { weekStart: '2025-03-03', goals: { outreach: 4 } });

    const first = await ok(t, 'getWeek', week('2025-03-05'));
    expect(first.goals).toEqual({ practice: 5, applications: 3, outreach: 4 });
    expect(first.done).toEqual({ practice: 0, applications: 2, outreach: 0 });

    // The next week starts with the same goals and a fresh count.
    await ok(t, 'updateWeek', { weekStart: '2025-03-10', tally: { outreach: 1 } });
    const next = await ok(t, 'getWeek', week('2025-03-12'));
    expect(next.goals).toEqual({ practice: 5, applications: 3, outreach: 4 });
    expect(next.done).toEqual({ practice: 0, applications: 0, outreach: 1 });
    // The week before any goal was set has none.
    expect((await ok(t, 'getWeek', week('2025-02-26'))).goals).toEqual({ practice: 0, applications: 0, outreach: 0 });
  });

  it('refuses a week that does not start on Monday, negative counts, and unknown zones', async () => {
    for (const [method, input, message] of [
      ['updateWeek', { weekStart: '2025-03-04', goals: { practice: 1 } }, /weekStart: must be a Monday/],
      ['updateWeek', { weekStart: '2025-03-03', tally: { applications: -1 } }, /tally.applications/],
      ['updateWeek', { weekStart: '2025-03-03', goals: { practice: 101 } }, /goals.practice/],
      ['getWeek', { weekOf: '2025-03-03', today: '2025-03-03', timeZone: 'Mars/Olympus' }, /timeZone: is not a known time zone/],
      ['getWeek', { weekOf: '2025-13-01', today: '2025-03-03', timeZone: ZONE }, /weekOf/],
    ] as const) {
      const reply = await call(t, method, input);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!reply.ok) expect(reply.error.message).toMatch(message);
    }
    expect((await ok(t, 'getWeek', week('2025-03-03'))).goals).toEqual({ practice: 0, applications: 0, outreach: 0 });
  });
});

describe('wins', () => {
  it('adds and deletes wins, shown in the week they belong to, newest first', async () => {
    const a = await ok(t, 'addWin', { date: '2025-03-03', text: 'Asked for feedback' });
    const b = await ok(t, 'addWin', { date: '2025-03-05', text: '  Recruiter called back  ' });
    await ok(t, 'addWin', { date: '2025-03-10', text: 'Next week' });
    expect(b.text).toBe('Recruiter called back');
    expect((await ok(t, 'getWeek', week('2025-03-03'))).wins).toEqual([b, a]);

    await ok(t, 'deleteWin', { id: a.id });
    expect((await ok(t, 'getWeek', week('2025-03-03'))).wins).toEqual([b]);
    expect(await call(t, 'deleteWin', { id: a.id })).toEqual({ ok: false, error: { code: 'not-found', message: `No win with id ${a.id}.` } });
    expect(await call(t, 'addWin', { date: '2025-03-03', text: 'x'.repeat(281) })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(t, 'addWin', { date: '2025-03-03', text: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
