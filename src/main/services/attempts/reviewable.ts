import type { Attempt } from '../../../shared/attempts';
import { RetakeError } from '../../../shared/errors';
import type { AttemptStore } from './store';

/** A finalised attempt with its media in place: the only kind that can be played, noted or rated. */
export type ReviewableAttempt = Attempt & { status: 'ready' | 'recovered'; durationMs: number };

export const isReviewable = (attempt: Attempt): attempt is ReviewableAttempt =>
  (attempt.status === 'ready' || attempt.status === 'recovered') && attempt.durationMs !== null;

/** The attempt, when it can be reviewed: not-found for an unknown id, conflict while it is not finalised. */
export function requireReviewable(store: AttemptStore, attemptId: number): ReviewableAttempt {
  const attempt = store.get(attemptId);
  if (!isReviewable(attempt)) {
    throw new RetakeError('conflict', `Attempt ${attemptId} is ${attempt.status}; it can be reviewed once it is finalised.`);
  }
  return attempt;
}

/** Refuses a time past the end of the recording (a stale or crafted request). */
export function requireWithin(attempt: ReviewableAttempt, ms: number, what: string): void {
  if (ms > attempt.durationMs) {
    throw new RetakeError('invalid-input', `${what} (${ms} ms) is past the end of the recording (${attempt.durationMs} ms).`);
  }
}
