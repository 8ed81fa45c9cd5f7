import { existsSync } from 'node:fs';
import type { MediaKind } from '../../../shared/api';
import type { Peaks } from '../../../shared/attempts';
import { RetakeError } from '../../../shared/errors';
import { Id } from '../../../shared/ids';
import { attemptFiles } from '../media/attempt-files';
import { readPeaks } from '../media/peak-meter';
import { isReviewable } from './reviewable';
import type { AttemptStore } from './store';

/** A finished attempt's media, found by attempt id alone: callers never name a file. */
export function createReviewMedia(store: AttemptStore, mediaDir: string) {
  return {
    peaks(attemptId: number): Peaks {
      const attempt = store.get(attemptId);
      if (!isReviewable(attempt)) {
        throw new RetakeError('conflict', `Attempt ${attemptId} is ${attempt.status}; its waveform exists once it is finalised.`);
      }
      const file = attemptFiles(mediaDir, attemptId).peaks;
      if (!existsSync(file)) throw new RetakeError('not-found', `The waveform of attempt ${attemptId} is missing.`);
      return { durationMs: attempt.durationMs, ...readPeaks(file) };
    },

    /** The file a host may serve, or null (the host answers 404). Takes untrusted ids. */
    path(attemptId: unknown, kind: MediaKind): string | null {
      const id = Id.safeParse(attemptId);
      const attempt = id.success ? store.find(id.data) : null;
      if (!attempt || !isReviewable(attempt) || (kind === 'poster' && !attempt.hasPoster)) return null;
      const files = attemptFiles(mediaDir, attempt.id);
      const file = kind === 'video' ? files.answer : kind === 'poster' ? files.poster : null;
      return file && existsSync(file) ? file : null;
    },
  };
}

export type ReviewMedia = ReturnType<typeof createReviewMedia>;
