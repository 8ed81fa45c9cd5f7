import type { Attempt, RecoveryCause } from '../../shared/attempts';
import { formatDuration } from './format';

/** What interrupted a recovered recording, in the person's terms: which thing closed, not "Retake closed". */
export function recoveryCauseText(cause: RecoveryCause | null): string {
  switch (cause) {
    case 'window-closed':
      return 'The Retake window or tab you were recording in closed before you pressed Stop.';
    case 'app-stopped':
      return 'Retake stopped (it was quit, or it or the computer crashed) before you pressed Stop.';
    default:
      return 'The recording was interrupted before you pressed Stop.';
  }
}

/** How much was kept, and the honest bound on what was lost (chunks reach disk every second). */
export function keptText(attempt: Pick<Attempt, 'durationMs'>): string {
  return attempt.durationMs === null
    ? 'Everything that reached the disk was kept; at most the last second or two is missing.'
    : `Kept the first ${formatDuration(attempt.durationMs)}; at most the last second or two is missing.`;
}

/** One cause for the whole banner when all recoveries share it, else the general one. */
export function sharedCause(attempts: readonly Pick<Attempt, 'recoveryCause'>[]): RecoveryCause | null {
  const causes = new Set(attempts.map((a) => a.recoveryCause));
  return causes.size === 1 ? (attempts[0]?.recoveryCause ?? null) : null;
}
