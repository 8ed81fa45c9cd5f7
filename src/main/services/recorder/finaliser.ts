import type { RecoveryCause } from '../../../shared/attempts';
import type { RetakeError } from '../../../shared/errors';
import { wholeDelivery } from '../analysis/delivery-figures';
import type { DeliveryStore } from '../analysis/delivery-store';
import type { MetricsStore } from '../analysis/metrics-store';
import type { AttemptStore } from '../attempts/store';
import type { EventHub } from '../events';
import type { JobQueue } from '../job-queue';
import type { Logger } from '../log/logger';
import { removeQuietly } from '../remove-quietly';
import { attemptFiles } from '../media/attempt-files';
import { finaliseRecording } from '../media/finalise';

/** Ready for a normal stop; otherwise why the recording had to be recovered. */
export type FinalOutcome = 'ready' | RecoveryCause;

/**
 * Turns a stopped or interrupted recording into reviewable media, in the background,
 * and records the outcome. A failure marks that one attempt failed with a reason and
 * keeps its file; nothing else is affected.
 */
export function createFinaliser(deps: {
  store: AttemptStore;
  metrics: MetricsStore;
  delivery: DeliveryStore;
  mediaDir: string;
  events: EventHub;
  queue: JobQueue;
  log: Logger;
}) {
  const { store, metrics, delivery, mediaDir, events, queue, log } = deps;

  async function finalise(attemptId: number, outcome: FinalOutcome): Promise<void> {
    const files = attemptFiles(mediaDir, attemptId);
    const progress = (fraction: number) => events.emit({ type: 'finalize-progress', attemptId, progress: fraction });
    progress(0);
    // finaliseRecording only ever rejects with a RetakeError whose message is the reason.
    const finalised = await finaliseRecording(files, progress, log).then(
      (media) => {
        // Figures first: should the app die in between, the attempt is still finalizing and
        // is finalised again at the next start, replacing them.
        metrics.save(attemptId, media.speech);
        delivery.save(attemptId, media.delivery, wholeDelivery(media.delivery, media.speech, media.durationMs));
        store.markFinalised(attemptId, outcome, media);
        return true;
      },
      (err: RetakeError) => {
        log.warn('finalise', `attempt ${attemptId} failed to finalise`, err);
        store.markFailed(attemptId, err.message, outcome === 'ready' ? null : outcome);
        return false;
      },
    );
    // Only now: until the row says final, a restart must be able to finalise again from it.
    if (finalised) removeQuietly(files.part, log);
    events.emit({ type: 'attempt-updated', attempt: store.get(attemptId) });
  }

  return {
    /** Queues the attempt; resolves once it is final (ready, recovered or failed). */
    finalise: (attemptId: number, outcome: FinalOutcome) => queue.run(() => finalise(attemptId, outcome)),
  };
}

export type Finaliser = ReturnType<typeof createFinaliser>;
