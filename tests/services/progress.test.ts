import { describe, expect, it } from 'vitest';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok, readyAttempt } from '../support/review';
import { type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

describe('progress on a question', () => {
  it('lists every attempt of the question oldest first, with its figures, marks and ratings', async () => {
    const [question, other, untouched] = await ok(t, 'listPrompts', {});
    if (!question || !other || !untouched) throw new Error('expected built-in prompts');
    const first = await readyAttempt(t, chunks, question.id);
    await readyAttempt(t, chunks, other.id);
    const second = await readyAttempt(t, chunks, question.id);
    const third = await readyAttempt(t, chunks, question.id);
    await ok(t, 'setSection', { attemptId: first.id, section: 'situation', startMs: 0 });
    await ok(t, 'setSection', { attemptId: first.id, section: 'action', startMs: 1000 });
    await ok(t, 'setRating', { attemptId: first.id, criterion: 'structure', score: 2 });
    await ok(t, 'setRating', { attemptId: third.id, criterion: 'structure', score: 4 });

    const points = await ok(t, 'getProgress', { promptId: question.id });
    expect(points.map((p) => p.attempt.id)).toEqual([first.id, second.id, third.id]);
    expect(points.map((p) => p.attempt.promptId)).toEqual([question.id, question.id, question.id]);
    expect(points.map((p) => p.ratings)).toEqual([{ structure: 2 }, {}, { structure: 4 }]);
    expect(points[0]?.sections).toEqual([
      { section: 'situation', startMs: 0 },
      { section: 'action', startMs: 1000 },
    ]);
    expect(points[1]?.sections).toEqual([]);
    // The figures stored when each was finalised, the same as its review shows.
    for (const point of points) {
      expect(point.metrics?.speakingMs).toBeGreaterThan(1000);
      expect(point.metrics).toEqual((await ok(t, 'getReview', { attemptId: point.attempt.id })).metrics);
    }

    expect(await ok(t, 'getProgress', { promptId: untouched.id })).toEqual([]);
    expect(await call(t, 'getProgress', { promptId: 4242 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(t, 'getProgress', { promptId: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
