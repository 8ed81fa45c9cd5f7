import type { Attempt } from '../../shared/attempts';

/** Newest first, as every list of attempts is shown. */
export function sortAttempts(attempts: Attempt[]): Attempt[] {
  return attempts.toSorted((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id - a.id);
}

/** Replaces the attempt with the same id, or adds it; keeps newest-first order. */
export function upsertAttempt(attempts: readonly Attempt[], attempt: Attempt): Attempt[] {
  const rest = attempts.filter((a) => a.id !== attempt.id);
  return sortAttempts([attempt, ...rest]);
}

export function isPlayable(attempt: Attempt): boolean {
  return attempt.status === 'ready' || attempt.status === 'recovered';
}
