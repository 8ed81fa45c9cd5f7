import type { Attempt, MediaProblem } from '../../shared/attempts';

/** The word on an attempt's card when its file is gone or changed. */
export const MEDIA_PROBLEM_LABELS: Record<MediaProblem, string> = {
  missing: 'File missing',
  damaged: 'File damaged',
};

/** The card's tooltip: what happened and that the rest is kept. */
export const MEDIA_PROBLEM_TITLES: Record<MediaProblem, string> = {
  missing: 'The recording file was deleted or moved outside Retake. Its notes and ratings are kept.',
  damaged: 'The recording file changed on disk since Retake saved it. Its notes and ratings are kept.',
};

export interface RecordingProblem {
  title: string;
  detail: string;
  /** "Try again" can run: a failed save whose original is still on disk. */
  canRetry: boolean;
}

/**
 * What the review page says about an attempt whose recording cannot be shown as it is: a save
 * that failed (the disk was full) or a file deleted or damaged by hand. Null when all is well.
 */
export function recordingProblem(attempt: Pick<Attempt, 'status' | 'failureReason' | 'mediaProblem'>): RecordingProblem | null {
  if (attempt.status === 'failed') {
    const reason = attempt.failureReason ?? 'Something went wrong while saving it.';
    if (attempt.mediaProblem === 'missing') {
      return {
        title: 'This recording could not be finished, and its file is gone',
        detail: `${reason} The original file is no longer in the media folder, so it cannot be saved again.`,
        canRetry: false,
      };
    }
    // Main's reason already says the original was kept and what to do before trying again.
    return { title: 'This recording could not be finished', detail: reason, canRetry: true };
  }
  if (attempt.mediaProblem === 'missing') {
    return {
      title: 'The recording file is missing',
      detail:
        'Its video file was deleted or moved outside Retake, so it cannot play. Its notes, STAR marks, ratings and reflection are kept below; ' +
        'restore a backup to get the recording back, or remove it.',
      canRetry: false,
    };
  }
  if (attempt.mediaProblem === 'damaged') {
    return {
      title: 'The recording file is damaged',
      detail:
        'Its file changed on disk after Retake saved it (cut short, edited or only partly copied), so it may not play. Its notes, STAR marks, ' +
        'ratings and reflection are kept below; restore a backup to get the recording back, or remove it.',
      canRetry: false,
    };
  }
  return null;
}
