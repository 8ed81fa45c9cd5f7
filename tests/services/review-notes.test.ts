import { beforeEach, describe, expect, it } from 'vitest';
import { unreadableChunk } from '../support/media';
import type { Attempt } from '../../src/shared/attempts';
import type { ErrorCode } from '../../src/shared/errors';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok, readyAttempt, reviewRows } from '../support/review';
import { recordAttempt, startRecording, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

let t: TestRetake;
let attempt: Attempt;
let duration: number;
useTestRetake(async (opened) => {
  t = opened;
  attempt = await readyAttempt(t, chunks);
  duration = attempt.durationMs as number;
});

/** The call is refused with this code, and no review table changed. */
async function refused(method: Parameters<typeof call>[1], input: unknown, code: ErrorCode): Promise<string> {
  const before = reviewRows(t);
  const reply = await call(t, method, input);
  expect(reply.ok ? 'accepted' : reply.error.code).toBe(code);
  expect(reviewRows(t)).toEqual(before);
  return reply.ok ? '' : reply.error.message;
}

/** Attempts that exist but cannot be reviewed: one still recording, one that failed to finalise. */
async function unreviewable(): Promise<Attempt[]> {
  const recording = await startRecording(t.services, chunks.slice(0, 1), { mode: 'audio' });
  const failed = await recordAttempt(t.services, [unreadableChunk()]);
  expect([recording.status, failed.status]).toEqual(['recording', 'failed']);
  return [recording, failed];
}

const note = (overrides: Record<string, unknown> = {}) => ({
  attemptId: attempt.id,
  startMs: 500,
  category: 'delivery' as const,
  text: 'Said "um" three times',
  ...overrides,
});

describe('notes', () => {
  it('adds point and range notes, listed in the order they occur', async () => {
    const range = await ok(t, 'createNote', note({ startMs: 1200, endMs: 2400, category: 'content', text: '  Too much situation  ' }));
    const point = await ok(t, 'createNote', note());
    expect(range).toMatchObject({ attemptId: attempt.id, startMs: 1200, endMs: 2400, category: 'content', text: 'Too much situation' });
    expect(point).toMatchObject({ startMs: 500, endMs: null, category: 'delivery' });
    expect(Date.parse(point.createdAt)).not.toBeNaN();
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).notes).toEqual([point, range]);
  });

  it('takes a note at the very end of the recording', async () => {
    expect(await ok(t, 'createNote', note({ startMs: duration - 1, endMs: duration }))).toMatchObject({ endMs: duration });
  });

  it('updates only what is given, and turns a range into a point with a null end', async () => {
    const created = await ok(t, 'createNote', note({ startMs: 1000, endMs: 2000 }));
    const moved = await ok(t, 'updateNote', { id: created.id, startMs: 1500 });
    expect(moved).toEqual({ ...created, startMs: 1500 });
    const recategorised = await ok(t, 'updateNote', { id: created.id, category: 'strength', text: ' Good pace ' });
    expect(recategorised).toEqual({ ...moved, category: 'strength', text: 'Good pace' });
    const point = await ok(t, 'updateNote', { id: created.id, endMs: null });
    expect(point).toEqual({ ...recategorised, endMs: null });
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).notes).toEqual([point]);
  });

  it('deletes a note and returns it, so it can be created again', async () => {
    const created = await ok(t, 'createNote', note({ endMs: 900 }));
    expect(await ok(t, 'deleteNote', { id: created.id })).toEqual(created);
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).notes).toEqual([]);
    await refused('deleteNote', { id: created.id }, 'not-found');
    const { id: _id, createdAt: _at, mentor: _mentor, ...again } = created;
    const restored = await ok(t, 'createNote', again);
    expect(restored).toMatchObject(again);
    expect(restored.id).not.toBe(created.id); // ids are never reused
  });

  describe('refuses, changing nothing', () => {
    beforeEach(async () => {
      await ok(t, 'createNote', note({ startMs: 100, endMs: 300, text: 'Existing note' }));
    });

    it('times past the end of the recording', async () => {
      expect(await refused('createNote', note({ startMs: duration + 1 }), 'invalid-input')).toMatch(/past the end of the recording/);
      await refused('createNote', note({ startMs: 100, endMs: duration + 1 }), 'invalid-input');
    });

    it('a range that ends before it starts, or a bad shape', async () => {
      await refused('createNote', note({ startMs: 800, endMs: 800 }), 'invalid-input');
      await refused('createNote', note({ startMs: 800, endMs: 200 }), 'invalid-input');
      await refused('createNote', note({ startMs: -1 }), 'invalid-input');
      await refused('createNote', note({ startMs: 1.5 }), 'invalid-input');
      await refused('createNote', note({ text: '   ' }), 'invalid-input');
      await refused('createNote', note({ text: 'x'.repeat(2001) }), 'invalid-input');
      await refused('createNote', note({ category: 'posture' }), 'invalid-input');
      await refused('createNote', note({ attemptId: '1' }), 'invalid-input');
      await refused('createNote', note({ extra: true }), 'invalid-input');
    });

    it('an update whose times, merged with the stored note, do not make a range', async () => {
      const [stored] = (await ok(t, 'getReview', { attemptId: attempt.id })).notes;
      const id = stored?.id;
      // Stored: 100 to 300 ms.
      expect(await refused('updateNote', { id, startMs: 400 }, 'invalid-input')).toMatch(/must end after it starts/);
      await refused('updateNote', { id, endMs: 50 }, 'invalid-input');
      await refused('updateNote', { id, startMs: 300 }, 'invalid-input');
      await refused('updateNote', { id, endMs: duration + 1 }, 'invalid-input');
      await refused('updateNote', { id, startMs: duration + 1, endMs: null }, 'invalid-input');
      await refused('updateNote', { id, text: '' }, 'invalid-input');
      await refused('updateNote', { id, attemptId: attempt.id }, 'invalid-input');
    });

    it('unknown ids', async () => {
      await refused('createNote', note({ attemptId: 4242 }), 'not-found');
      await refused('updateNote', { id: 4242, text: 'Nope' }, 'not-found');
      await refused('deleteNote', { id: 4242 }, 'not-found');
    });

    it('notes on an attempt that is recording or failed', async () => {
      for (const other of await unreviewable()) {
        expect(await refused('createNote', note({ attemptId: other.id }), 'conflict')).toMatch(new RegExp(`is ${other.status}`));
      }
    });
  });
});

describe('STAR sections', () => {
  it('marks, moves and clears sections, listed in the order they occur', async () => {
    await ok(t, 'setSection', { attemptId: attempt.id, section: 'situation', startMs: 0 });
    expect(await ok(t, 'setSection', { attemptId: attempt.id, section: 'action', startMs: 1500 })).toEqual([
      { section: 'situation', startMs: 0 },
      { section: 'action', startMs: 1500 },
    ]);
    expect(await ok(t, 'setSection', { attemptId: attempt.id, section: 'task', startMs: 2000 })).toEqual([
      { section: 'situation', startMs: 0 },
      { section: 'action', startMs: 1500 },
      { section: 'task', startMs: 2000 },
    ]);
    // Moving replaces the mark; one mark per section.
    expect(await ok(t, 'setSection', { attemptId: attempt.id, section: 'task', startMs: 700 })).toEqual([
      { section: 'situation', startMs: 0 },
      { section: 'task', startMs: 700 },
      { section: 'action', startMs: 1500 },
    ]);
    expect(await ok(t, 'clearSection', { attemptId: attempt.id, section: 'situation' })).toEqual([
      { section: 'task', startMs: 700 },
      { section: 'action', startMs: 1500 },
    ]);
    // Clearing a section that is not marked is not an error.
    expect(await ok(t, 'clearSection', { attemptId: attempt.id, section: 'result' })).toHaveLength(2);
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).sections).toEqual([
      { section: 'task', startMs: 700 },
      { section: 'action', startMs: 1500 },
    ]);
  });

  it('refuses bad marks, unknown attempts and unfinished attempts, changing nothing', async () => {
    await ok(t, 'setSection', { attemptId: attempt.id, section: 'situation', startMs: 200 });
    await refused('setSection', { attemptId: attempt.id, section: 'situation', startMs: duration + 1 }, 'invalid-input');
    await refused('setSection', { attemptId: attempt.id, section: 'summary', startMs: 10 }, 'invalid-input');
    await refused('setSection', { attemptId: attempt.id, section: 'task', startMs: -5 }, 'invalid-input');
    await refused('setSection', { attemptId: 4242, section: 'task', startMs: 10 }, 'not-found');
    await refused('clearSection', { attemptId: 4242, section: 'situation' }, 'not-found');
    for (const other of await unreviewable()) {
      await refused('setSection', { attemptId: other.id, section: 'task', startMs: 0 }, 'conflict');
      await refused('clearSection', { attemptId: other.id, section: 'task' }, 'conflict');
    }
  });
});

describe('ratings', () => {
  it('rates, re-rates and clears criteria', async () => {
    expect(await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'clarity', score: 3 })).toEqual({ clarity: 3 });
    expect(await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'impact', score: 5 })).toEqual({ clarity: 3, impact: 5 });
    expect(await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'clarity', score: 1 })).toEqual({ clarity: 1, impact: 5 });
    expect(await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'impact', score: null })).toEqual({ clarity: 1 });
    expect(await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'structure', score: null })).toEqual({ clarity: 1 });
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).ratings).toEqual({ clarity: 1 });
  });

  it('refuses scores outside 1 to 5, unknown attempts and unfinished attempts, changing nothing', async () => {
    await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'clarity', score: 4 });
    for (const score of [0, 6, 2.5, '3', undefined]) {
      await refused('setRating', { attemptId: attempt.id, criterion: 'clarity', score }, 'invalid-input');
    }
    await refused('setRating', { attemptId: attempt.id, criterion: 'charisma', score: 4 }, 'invalid-input');
    await refused('setRating', { attemptId: 4242, criterion: 'clarity', score: 2 }, 'not-found');
    for (const other of await unreviewable()) {
      await refused('setRating', { attemptId: other.id, criterion: 'clarity', score: 2 }, 'conflict');
      await refused('setRating', { attemptId: other.id, criterion: 'clarity', score: null }, 'conflict');
    }
  });
});

describe('reflection', () => {
  it('is written, rewritten as typed, and removed by blank text', async () => {
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).reflection).toBe('');
    await ok(t, 'setReflection', { attemptId: attempt.id, text: 'Open with the result next time. ' });
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).reflection).toBe('Open with the result next time. ');
    await ok(t, 'setReflection', { attemptId: attempt.id, text: 'Shorter situation.' });
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).reflection).toBe('Shorter situation.');
    await ok(t, 'setReflection', { attemptId: attempt.id, text: '  \n ' });
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).reflection).toBe('');
    expect(reviewRows(t).reflections).toEqual([]);
  });

  it('refuses text that is too long, unknown attempts and unfinished attempts, changing nothing', async () => {
    await ok(t, 'setReflection', { attemptId: attempt.id, text: 'Kept' });
    await refused('setReflection', { attemptId: attempt.id, text: 'x'.repeat(4001) }, 'invalid-input');
    await refused('setReflection', { attemptId: attempt.id }, 'invalid-input');
    await refused('setReflection', { attemptId: 4242, text: 'Nope' }, 'not-found');
    for (const other of await unreviewable()) await refused('setReflection', { attemptId: other.id, text: 'Nope' }, 'conflict');
  });
});

describe('the review', () => {
  it('survives a restart whole', async () => {
    await ok(t, 'createNote', note({ endMs: 1000 }));
    await ok(t, 'setSection', { attemptId: attempt.id, section: 'result', startMs: 2000 });
    await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'delivery', score: 4 });
    await ok(t, 'setReflection', { attemptId: attempt.id, text: 'Better' });
    const before = await ok(t, 'getReview', { attemptId: attempt.id });
    await t.reopen();
    expect(await ok(t, 'getReview', { attemptId: attempt.id })).toEqual(before);
  });

  it('opens for an attempt that is not finalised, with nothing in it, and not for an unknown one', async () => {
    const [recording, failed] = await unreviewable();
    for (const other of [recording, failed] as Attempt[]) {
      expect(await ok(t, 'getReview', { attemptId: other.id })).toMatchObject({
        attempt: { id: other.id, status: other.status },
        notes: [],
        sections: [],
        ratings: {},
        reflection: '',
        metrics: null,
      });
    }
    expect(await call(t, 'getReview', { attemptId: 4242 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
