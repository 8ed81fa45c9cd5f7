import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/shared/attempts';
import type { ErrorCode } from '../../src/shared/errors';
import type { FocusVerdict } from '../../src/shared/focus';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok, readyAttempt, withDatabase } from '../support/review';
import type { TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

let t: TestRetake;
let first: Attempt;
let promptIds: number[];
useTestRetake(async (opened) => {
  t = opened;
  promptIds = (await ok(t, 'listPrompts', {})).map((p) => p.id);
  first = await readyAttempt(t, chunks, promptIds[0]);
});

const FOCUS_TABLES = ['focus_points', 'focus_check_ins', 'focus_events'] as const;
const focusRows = () => withDatabase(t, (db) => FOCUS_TABLES.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));

/** The call is refused with this code, and no focus table changed. */
async function refused(method: Parameters<typeof call>[1], input: unknown, code: ErrorCode): Promise<string> {
  const before = focusRows();
  const reply = await call(t, method, input);
  expect(reply.ok ? 'accepted' : reply.error.code).toBe(code);
  expect(focusRows()).toEqual(before);
  return reply.ok ? '' : reply.error.message;
}

async function flagNote(attempt: Attempt, text = 'Lead with the result') {
  const note = await ok(t, 'createNote', { attemptId: attempt.id, startMs: 400, category: 'content', text });
  return ok(t, 'createFocusPoint', { attemptId: attempt.id, noteId: note.id, text: note.text, scope: 'question' });
}

const checkIn = (focusPointId: number, attempt: Attempt, verdict: FocusVerdict, extra: { atMs?: number; note?: string } = {}) =>
  ok(t, 'checkInFocusPoint', { focusPointId, attemptId: attempt.id, verdict, ...extra });

describe('focus points', () => {
  it('carries a point into the next attempts, closes it after two fixes in a row, and reopens it', async () => {
    const point = await flagNote(first);
    expect(point).toMatchObject({ promptId: first.promptId, status: 'open', sourceAttemptId: first.id, closedAt: null });
    expect(await ok(t, 'listFocusPoints', { promptId: first.promptId })).toEqual([point]);
    // Not asked about on the attempt it was made from.
    expect(await ok(t, 'getFocusCheckIn', { attemptId: first.id })).toEqual([]);

    const second = await readyAttempt(t, chunks, first.promptId);
    expect(await ok(t, 'getFocusCheckIn', { attemptId: second.id })).toEqual([{ point, checkIn: null }]);
    expect(await checkIn(point.id, second, 'fixed', { atMs: 1000, note: '  Opened with the number  ' })).toMatchObject({ status: 'open' });
    const [asked] = await ok(t, 'getFocusCheckIn', { attemptId: second.id });
    expect(asked?.checkIn).toMatchObject({ verdict: 'fixed', atMs: 1000, note: 'Opened with the number' });

    const third = await readyAttempt(t, chunks, first.promptId);
    const closed = await checkIn(point.id, third, 'fixed');
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(await ok(t, 'listFocusPoints', { promptId: first.promptId })).toEqual([]);
    expect(await ok(t, 'listFocusPoints', { promptId: first.promptId, status: 'closed' })).toEqual([closed]);
    // The review that closed it still shows it, with its verdict.
    expect((await ok(t, 'getFocusCheckIn', { attemptId: third.id }))[0]?.checkIn?.verdict).toBe('fixed');

    // Taking the closing verdict back opens the point again.
    expect((await checkIn(point.id, third, 'partly')).status).toBe('open');
    expect((await checkIn(point.id, third, 'fixed')).status).toBe('closed');

    // Reopened by hand: the fixes before it no longer count.
    const reopened = await ok(t, 'reopenFocusPoint', { id: point.id });
    expect(reopened).toMatchObject({ status: 'open', closedAt: null });
    const fourth = await readyAttempt(t, chunks, first.promptId);
    expect((await checkIn(point.id, fourth, 'fixed')).status).toBe('open');

    const history = await ok(t, 'getFocusHistory', { promptId: first.promptId });
    expect(history.events.map((e) => e.kind)).toEqual(['opened', 'closed', 'reopened', 'closed', 'reopened']);
    expect(history.points.map((p) => p.id)).toEqual([point.id]);
  });

  it('counts only consecutive check-ins: not yet in between keeps the point open', async () => {
    const point = await flagNote(first);
    const verdicts: FocusVerdict[] = ['fixed', 'not-yet', 'fixed'];
    for (const verdict of verdicts) {
      const attempt = await readyAttempt(t, chunks, first.promptId);
      expect((await checkIn(point.id, attempt, verdict)).status).toBe('open');
    }
  });

  it('asks an "always" point on every question, and a question point only on its own', async () => {
    const always = await ok(t, 'createFocusPoint', { attemptId: first.id, text: 'Slow down', scope: 'always' });
    const own = await flagNote(first);
    expect(always.promptId).toBeNull();
    const other = await readyAttempt(t, chunks, promptIds[1]);
    expect((await ok(t, 'getFocusCheckIn', { attemptId: other.id })).map((i) => i.point.id)).toEqual([always.id]);
    expect((await ok(t, 'listFocusPoints', { promptId: other.promptId })).map((p) => p.id)).toEqual([always.id]);
    expect((await ok(t, 'listFocusPoints', { promptId: first.promptId })).map((p) => p.id)).toEqual([own.id, always.id]);

    const message = await refused('checkInFocusPoint', { focusPointId: own.id, attemptId: other.id, verdict: 'fixed' }, 'conflict');
    expect(message).toMatch(/not one attempt/);
  });

  it('refuses bad input and changes nothing', async () => {
    const point = await flagNote(first);
    const second = await readyAttempt(t, chunks, first.promptId);
    const noteOnSecond = await ok(t, 'createNote', { attemptId: second.id, startMs: 0, category: 'delivery', text: 'x' });
    await refused('createFocusPoint', { attemptId: first.id, noteId: noteOnSecond.id, text: 'x', scope: 'question' }, 'invalid-input');
    await refused('createFocusPoint', { attemptId: first.id, text: '   ', scope: 'question' }, 'invalid-input');
    await refused('createFocusPoint', { attemptId: first.id, text: 'x', scope: 'sometimes' }, 'invalid-input');
    await refused('createFocusPoint', { attemptId: 9999, text: 'x', scope: 'question' }, 'not-found');
    await refused('checkInFocusPoint', { focusPointId: point.id, attemptId: second.id, verdict: 'done' }, 'invalid-input');
    await refused('checkInFocusPoint', { focusPointId: point.id, attemptId: second.id, verdict: 'fixed', atMs: 60_000 }, 'invalid-input');
    await refused('checkInFocusPoint', { focusPointId: 9999, attemptId: second.id, verdict: 'fixed' }, 'not-found');
    // A point cannot be checked in on an attempt made before it.
    const later = await ok(t, 'createFocusPoint', { attemptId: second.id, text: 'Name the team size', scope: 'question' });
    await refused('checkInFocusPoint', { focusPointId: later.id, attemptId: first.id, verdict: 'fixed' }, 'conflict');
    await refused('reopenFocusPoint', { id: 9999 }, 'not-found');
  });

  it('shows the pair in compare, and survives deleting the attempts around it', async () => {
    const point = await flagNote(first);
    const second = await readyAttempt(t, chunks, first.promptId);
    await checkIn(point.id, second, 'partly');
    expect(await ok(t, 'getFocusPair', { beforeAttemptId: first.id, afterAttemptId: second.id })).toEqual([
      { point, before: null, after: expect.objectContaining({ verdict: 'partly', attemptId: second.id }) },
    ]);

    await ok(t, 'deleteAttempt', { attemptId: second.id });
    await ok(t, 'deleteAttempt', { attemptId: first.id });
    const [kept] = await ok(t, 'listFocusPoints', { promptId: first.promptId });
    expect(kept).toMatchObject({ id: point.id, sourceAttemptId: null, sourceNoteId: null, status: 'open' });
    expect(withDatabase(t, (db) => db.prepare('SELECT count(*) FROM focus_check_ins').pluck().get())).toBe(0);

    expect(await ok(t, 'deleteFocusPoint', { id: point.id })).toEqual(kept);
    expect(await ok(t, 'getFocusHistory', { promptId: first.promptId })).toEqual({ points: [], events: [] });
  });
});
