import type { Logger } from './log/logger';

/**
 * Runs background jobs one at a time, in order. Finalising is CPU-bound ffmpeg work, so
 * several at once (say, recovery after a crash) would only slow each other down.
 */
export function createJobQueue(log: Logger) {
  let tail: Promise<void> = Promise.resolve();
  return {
    /** Resolves when the job has run; a failing job is logged, never passed on. */
    run(job: () => Promise<void>): Promise<void> {
      tail = tail.then(job).catch((err: unknown) => log.error('jobs', 'a background job failed', err));
      return tail;
    },
    /** Resolves once no job is queued or running, including jobs queued while waiting. */
    async idle(): Promise<void> {
      let seen: Promise<void>;
      do {
        seen = tail;
        await seen;
      } while (seen !== tail);
    },
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;
