import type { Attempt } from '../../../shared/attempts';
import { RetakeError } from '../../../shared/errors';
import { isPlayable } from '../attempts';

/**
 * Which two attempts to compare, and why a pair cannot be compared. Before is the older
 * recording and After the newer, wherever the pair came from.
 */

export interface Pair {
  beforeId: number;
  afterId: number;
}

/** Oldest first. */
export function byAge(a: Attempt, b: Attempt): number {
  return a.startedAt.localeCompare(b.startedAt) || a.id - b.id;
}

/** The default pair for a question: its first and its latest playable attempts. */
export function firstAndLatest(attempts: readonly Attempt[]): Pair | null {
  const playable = attempts.filter(isPlayable).toSorted(byAge);
  const first = playable[0];
  const latest = playable.at(-1);
  return first && latest && first.id !== latest.id ? { beforeId: first.id, afterId: latest.id } : null;
}

/** Two chosen attempts, in whatever order they were picked, as Before and After. */
export function orderPair(a: Attempt, b: Attempt): Pair {
  const [older, newer] = [a, b].toSorted(byAge) as [Attempt, Attempt];
  return { beforeId: older.id, afterId: newer.id };
}

/** From an attempt's review: this attempt against the first playable one recorded before it. */
export function earlierPair(attempt: Attempt, others: readonly Attempt[]): Pair | null {
  const earlier = others.filter((a) => a.id !== attempt.id && isPlayable(a) && byAge(a, attempt) < 0).toSorted(byAge)[0];
  return earlier ? { beforeId: earlier.id, afterId: attempt.id } : null;
}

/** Why an attempt cannot be played in compare, for a person; null when it can. */
export function unplayableReason(attempt: Attempt): string | null {
  switch (attempt.status) {
    case 'ready':
    case 'recovered':
      return null;
    case 'recording':
      return 'It is still being recorded.';
    case 'finalizing':
      return 'It is still being prepared for playback. Try again in a moment.';
    case 'failed':
      return `It could not be finished${attempt.failureReason ? `: ${attempt.failureReason}` : '.'}`;
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof RetakeError && error.code === 'not-found';
}
