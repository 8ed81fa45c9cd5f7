import { describe, expect, it } from 'vitest';
import type { MockAnswer, MockInterview, MockInterviewQuestion } from '../../src/shared/mock-interviews';
import { pairRuns } from '../../src/renderer/lib/mock/pairs';

const answer = (attemptId: number): MockAnswer =>
  ({ attempt: { id: attemptId, status: 'ready' }, metrics: null, delivery: null, body: null, sections: [], ratings: {}, cutAtCap: false }) as unknown as MockAnswer;

const question = (position: number, promptId: number, attemptId: number | null): MockInterviewQuestion => ({
  position,
  promptId,
  text: `Q${promptId}`,
  competency: 'leadership',
  archived: false,
  answer: attemptId === null ? null : answer(attemptId),
});

const run = (questions: MockInterviewQuestion[]) => ({ questions }) as MockInterview;

describe('pairing two runs of a set', () => {
  it('matches answers by question, not position, in the later run’s order', () => {
    const before = run([question(1, 10, 1), question(2, 20, 2), question(3, 30, 3)]);
    // Question 20 was archived before the second run: 30 moved up to position 2.
    const after = run([question(1, 10, 11), question(2, 30, 13)]);
    expect(pairRuns(before, after).map((p) => [p.promptId, p.before?.attempt.id ?? null, p.after?.attempt.id ?? null])).toEqual([
      [10, 1, 11],
      [30, 3, 13],
      [20, 2, null],
    ]);
  });

  it('keeps a question left unanswered in either run, with nothing on that side', () => {
    const pairs = pairRuns(run([question(1, 10, null)]), run([question(1, 10, 5)]));
    expect(pairs).toEqual([{ promptId: 10, text: 'Q10', before: null, after: expect.objectContaining({ cutAtCap: false }) }]);
  });
});
