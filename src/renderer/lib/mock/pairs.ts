import type { MockAnswer, MockInterview } from '../../../shared/mock-interviews';
import type { AttemptFigures } from '../compare/changes';

/** One question asked in both runs, with the take that counted in each (null: not answered there). */
export interface RunPair {
  promptId: number;
  text: string;
  before: MockAnswer | null;
  after: MockAnswer | null;
}

/**
 * Two runs of one set, question by question. Questions are matched by the question itself,
 * not the position: a question archived between the runs shifts the later ones up. In the
 * later run's order; a question only the earlier run asked comes last.
 */
export function pairRuns(before: MockInterview, after: MockInterview): RunPair[] {
  const earlier = new Map(before.questions.map((q) => [q.promptId, q]));
  const pairs: RunPair[] = after.questions.map((q) => ({ promptId: q.promptId, text: q.text, before: earlier.get(q.promptId)?.answer ?? null, after: q.answer }));
  const asked = new Set(after.questions.map((q) => q.promptId));
  for (const q of before.questions) if (!asked.has(q.promptId)) pairs.push({ promptId: q.promptId, text: q.text, before: q.answer, after: null });
  return pairs;
}

export const figuresOf = (answer: MockAnswer): AttemptFigures => ({
  durationMs: answer.attempt.durationMs,
  metrics: answer.metrics,
  sections: answer.sections,
  ratings: answer.ratings,
  delivery: answer.delivery,
  body: answer.body,
});

/** An answer that can be played and compared: finalised, from a recording or a recovery. */
export const isFinished = (answer: MockAnswer | null): boolean =>
  answer !== null && (answer.attempt.status === 'ready' || answer.attempt.status === 'recovered');
