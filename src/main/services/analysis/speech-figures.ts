import type { SpeechMetrics } from '../../../shared/review';
import type { ReviewableAttempt } from '../attempts/reviewable';
import type { Logger } from '../log/logger';
import { attemptFiles } from '../media/attempt-files';
import type { MetricsStore } from './metrics-store';
import { measureRecordedSpeech } from './speech-file';

/**
 * An attempt's speech figures: the stored ones, or, for an attempt finalised before they
 * existed, measured from its recording the first time they are asked for, and stored.
 */
export function createSpeechFigures(deps: { metrics: MetricsStore; mediaDir: string; log: Logger }) {
  const { metrics, mediaDir, log } = deps;
  // One measuring per attempt, however many windows open its review at once.
  const running = new Map<number, Promise<SpeechMetrics | null>>();

  /** Null when the recording cannot be read; the review still opens, and the next opening tries again. */
  async function measure(attemptId: number): Promise<SpeechMetrics | null> {
    try {
      const measured = await measureRecordedSpeech(attemptFiles(mediaDir, attemptId).answer);
      metrics.save(attemptId, measured);
      return measured;
    } catch (err) {
      log.warn('review', `could not measure the speech of attempt ${attemptId}`, err);
      return null;
    }
  }

  return {
    of(attempt: ReviewableAttempt): Promise<SpeechMetrics | null> {
      const stored = metrics.get(attempt.id);
      if (stored) return Promise.resolve(stored);
      let pending = running.get(attempt.id);
      if (!pending) {
        pending = measure(attempt.id).finally(() => running.delete(attempt.id));
        running.set(attempt.id, pending);
      }
      return pending;
    },

    /** Resolves once nothing is reading the attempt's recording, so its files can go. */
    async idle(attemptId: number): Promise<void> {
      await running.get(attemptId);
    },
  };
}

export type SpeechFigures = ReturnType<typeof createSpeechFigures>;
