import type { SpeechMetrics } from '../../../shared/review';
import type { ReviewableAttempt } from '../attempts/reviewable';
import type { Logger } from '../log/logger';
import { attemptFiles } from '../media/attempt-files';
import { wholeDelivery } from './delivery-figures';
import type { DeliveryStore } from './delivery-store';
import type { MetricsStore } from './metrics-store';
import { measureRecordedSpeech, type RecordedSpeech } from './speech-file';

/**
 * An attempt's speech figures (pauses and delivery): the stored ones, or, for an attempt
 * finalised before they existed, measured from its recording the first time they are asked
 * for, and stored. Both come from one decode, so an attempt missing either gets both.
 */
export function createSpeechFigures(deps: { metrics: MetricsStore; delivery: DeliveryStore; mediaDir: string; log: Logger }) {
  const { metrics, delivery, mediaDir, log } = deps;
  // One measuring per attempt, however many windows open its review at once.
  const running = new Map<number, Promise<RecordedSpeech | null>>();

  /** Null when the recording cannot be read; the review still opens, and the next opening tries again. */
  async function measure(attempt: ReviewableAttempt): Promise<RecordedSpeech | null> {
    const attemptId = attempt.id;
    try {
      const measured = await measureRecordedSpeech(attemptFiles(mediaDir, attemptId).answer);
      metrics.save(attemptId, measured.speech);
      delivery.save(attemptId, measured.delivery, wholeDelivery(measured.delivery, measured.speech, attempt.durationMs));
      return measured;
    } catch (err) {
      log.warn('review', `could not measure the speech of attempt ${attemptId}`, err);
      return null;
    }
  }

  function recorded(attempt: ReviewableAttempt): Promise<RecordedSpeech | null> {
    const speech = metrics.get(attempt.id);
    const track = delivery.get(attempt.id);
    if (speech && track) return Promise.resolve({ speech, delivery: track });
    let pending = running.get(attempt.id);
    if (!pending) {
      pending = measure(attempt).finally(() => running.delete(attempt.id));
      running.set(attempt.id, pending);
    }
    return pending;
  }

  return {
    async of(attempt: ReviewableAttempt): Promise<SpeechMetrics | null> {
      // The review reads only the pauses: the track is checked for, not decoded.
      const stored = metrics.get(attempt.id);
      if (stored && delivery.has(attempt.id)) return stored;
      return (await recorded(attempt))?.speech ?? null;
    },

    /** Pauses and the delivery track together, as delivery's figures need both. */
    recorded,

    /** Resolves once nothing is reading the attempt's recording, so its files can go. */
    async idle(attemptId: number): Promise<void> {
      await running.get(attemptId);
    },
  };
}

export type SpeechFigures = ReturnType<typeof createSpeechFigures>;
