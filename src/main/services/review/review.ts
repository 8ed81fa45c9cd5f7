import type { Review } from '../../../shared/review';
import type { SpeechFigures } from '../analysis/speech-figures';
import { isReviewable } from '../attempts/reviewable';
import type { AttemptStore } from '../attempts/store';
import type { NoteStore } from './note-store';
import type { RatingStore } from './ratings';
import type { ReflectionStore } from './reflections';
import type { SectionStore } from './section-store';

/**
 * Everything the review page shows, in one call. An attempt that is not finalised has no
 * figures and nothing written about it yet, but it still opens, so the page can say why.
 */
export function createReviewReader(deps: {
  attempts: AttemptStore;
  notes: NoteStore;
  sections: SectionStore;
  ratings: RatingStore;
  reflections: ReflectionStore;
  speech: SpeechFigures;
}) {
  const { attempts, notes, sections, ratings, reflections, speech } = deps;
  return {
    async get(attemptId: number): Promise<Review> {
      const attempt = attempts.get(attemptId);
      const metrics = isReviewable(attempt) ? await speech.of(attempt) : null;
      // The rest is read after any measuring, so it is as of now, not as of before the wait.
      return {
        attempt: attempts.get(attemptId),
        notes: notes.list(attemptId),
        sections: sections.list(attemptId),
        ratings: ratings.get(attemptId),
        reflection: reflections.get(attemptId),
        metrics,
      };
    },
  };
}
