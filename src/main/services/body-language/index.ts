import type { Database } from 'better-sqlite3';
import type { Attempt } from '../../../shared/attempts';
import type { BodyLanguage } from '../../../shared/body-language';
import type { bodyLanguageApi } from '../../../shared/body-language-api';
import { RetakeError } from '../../../shared/errors';
import type { AttemptStore } from '../attempts/store';
import type { EventHub } from '../events';
import type { Logger } from '../log/logger';
import { createJobQueue } from '../job-queue';
import { attemptFiles } from '../media/attempt-files';
import { ToolError } from '../media/run-tool';
import type { HandlersOf } from '../retake';
import { AnalysisCancelled, analyseBodyLanguage, SAMPLE_MS } from './analyse';
import { createBodyLanguageStore } from './store';

/** Progress events no more often than every this share of the answer. */
const PROGRESS_STEP = 0.02;

const isFinal = (attempt: Attempt) => attempt.status === 'ready' || attempt.status === 'recovered';

/** The error in words for the review page, without the file's path (the user knows which recording). */
function readableFailure(err: unknown, file: string): string {
  const detail = err instanceof ToolError ? err.lastLine || err.message : err instanceof Error ? err.message : String(err);
  return `Body language could not be measured: ${detail.replaceAll(`${file}: `, '').replaceAll(file, 'the recording').replace(/\.$/, '')}.`;
}

/**
 * Body language measured from each video attempt once it is final: on its own queue, so a
 * long analysis never holds up finalising the next recording, and on a worker thread, so it
 * never holds up a request. A failure is that analysis's alone; the attempt is untouched.
 */
export function createBodyLanguage(deps: { db: Database; attempts: AttemptStore; mediaDir: string; events: EventHub; log: Logger }) {
  const { attempts, mediaDir, events, log } = deps;
  const store = createBodyLanguageStore(deps.db);
  const queue = createJobQueue(log);
  const running = new Map<number, { controller: AbortController; progress: number }>();
  let closing = false;

  function state(attempt: Attempt): BodyLanguage {
    const none = { attemptId: attempt.id, progress: 0, error: null, sampleMs: null, samples: [] };
    if (attempt.mode === 'audio') return { ...none, status: 'no-video' };
    const row = store.get(attempt.id);
    // Not queued yet: the attempt is still being finalised (or predates the analysis).
    if (!row) return { ...none, status: 'queued' };
    const progress = row.status === 'done' ? 1 : (running.get(attempt.id)?.progress ?? 0);
    return { attemptId: attempt.id, status: row.status, progress, error: row.error, sampleMs: row.sampleMs, samples: row.samples };
  }

  function announce(attemptId: number): void {
    let attempt: Attempt;
    try {
      attempt = attempts.get(attemptId);
    } catch {
      return; // Deleted meanwhile: the attempt-deleted event already told every view.
    }
    events.emit({ type: 'body-language-updated', bodyLanguage: state(attempt) });
  }

  async function run(attemptId: number): Promise<void> {
    const row = store.get(attemptId);
    if (closing || (row?.status !== 'queued' && row?.status !== 'running')) return; // cancelled or deleted while queued
    const attempt = attempts.get(attemptId);
    const file = attemptFiles(mediaDir, attemptId).answer;
    const entry = { controller: new AbortController(), progress: 0 };
    running.set(attemptId, entry);
    store.setStatus(attemptId, 'running');
    announce(attemptId);
    let sent = 0;
    try {
      const samples = await analyseBodyLanguage(file, {
        durationMs: attempt.durationMs ?? 0,
        signal: entry.controller.signal,
        onProgress: (progress) => {
          entry.progress = progress;
          if (progress - sent < PROGRESS_STEP) return;
          sent = progress;
          events.emit({ type: 'body-language-progress', attemptId, progress });
        },
      });
      if (samples) store.finish(attemptId, SAMPLE_MS, samples);
      else store.setStatus(attemptId, 'no-video');
    } catch (err) {
      // Stopped by closing the app: left queued, so the next start resumes it.
      if (err instanceof AnalysisCancelled) store.setStatus(attemptId, closing ? 'queued' : 'cancelled');
      else {
        log.warn('body-language', `attempt ${attemptId} could not be measured`, err);
        store.fail(attemptId, readableFailure(err, file));
      }
    } finally {
      running.delete(attemptId);
    }
    announce(attemptId);
  }

  function enqueue(attemptId: number): void {
    store.setStatus(attemptId, 'queued');
    announce(attemptId);
    void queue.run(() => run(attemptId));
  }

  /** Queues a final video attempt that has never been queued. */
  function ensureQueued(attempt: Attempt): void {
    if (!closing && attempt.mode === 'video' && isFinal(attempt) && !store.get(attempt.id)) enqueue(attempt.id);
  }

  const handlers: HandlersOf<typeof bodyLanguageApi> = {
    getBodyLanguage: ({ attemptId }) => {
      const attempt = attempts.get(attemptId);
      ensureQueued(attempt);
      return state(attempt);
    },
    analyseBodyLanguage: ({ attemptId }) => {
      const attempt = attempts.get(attemptId);
      if (attempt.mode === 'audio') throw new RetakeError('conflict', 'This attempt was recorded without video: there is no body language to measure.');
      if (!isFinal(attempt)) throw new RetakeError('conflict', 'This attempt is not ready yet: it can be measured once it has finished finalising.');
      const status = store.get(attemptId)?.status;
      if (status !== 'queued' && status !== 'running') enqueue(attemptId);
      return state(attempt);
    },
    cancelBodyLanguage: ({ attemptId }) => {
      const attempt = attempts.get(attemptId);
      const active = running.get(attemptId);
      if (active) active.controller.abort();
      else if (store.get(attemptId)?.status === 'queued') {
        store.setStatus(attemptId, 'cancelled');
        announce(attemptId);
      }
      return state(attempt);
    },
  };

  return {
    handlers,
    /** Call when an attempt changes: a video attempt that has just become final is queued. */
    attemptUpdated: ensureQueued,
    attemptDeleted(attemptId: number): void {
      running.get(attemptId)?.controller.abort();
    },
    /** Queues again what was queued or running when the app last stopped. */
    resume(): void {
      for (const attemptId of store.unfinished()) enqueue(attemptId);
    },
    /** Resolves once nothing is queued or running. */
    idle: () => queue.idle(),
    /** Stops the running analysis (it is resumed at the next start) and waits for it to end. */
    async close(): Promise<void> {
      closing = true;
      for (const { controller } of running.values()) controller.abort();
      await queue.idle();
    },
  };
}

export type BodyLanguageService = ReturnType<typeof createBodyLanguage>;
