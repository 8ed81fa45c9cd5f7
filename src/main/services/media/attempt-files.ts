import { join } from 'node:path';

/** Where an attempt's media lives: media/<attempt-id>/ under the data folder. */
export interface AttemptFiles {
  dir: string;
  /** Chunks are appended here while recording. */
  part: string;
  /** The remuxed, seekable recording. */
  answer: string;
  poster: string;
  peaks: string;
}

export function attemptFiles(mediaDir: string, attemptId: number): AttemptFiles {
  const dir = join(mediaDir, String(attemptId));
  return {
    dir,
    part: join(dir, 'recording.webm.part'),
    answer: join(dir, 'answer.webm'),
    poster: join(dir, 'poster.jpg'),
    peaks: join(dir, 'peaks'),
  };
}
