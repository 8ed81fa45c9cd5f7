import type { Database } from 'better-sqlite3';
import type { DeliveryStore } from '../analysis/delivery-store';
import type { MetricsStore } from '../analysis/metrics-store';
import { createSpeechFigures } from '../analysis/speech-figures';
import { createAttemptRemover } from '../attempts/remove';
import type { AttemptStore } from '../attempts/store';
import { createBodyLanguageStore } from '../body-language/store';
import type { EventHub } from '../events';
import type { PromptLibrary } from '../library/prompt-library';
import type { attemptsApi } from '../../../shared/attempts-api';
import type { reviewApi } from '../../../shared/review-api';
import type { Logger } from '../log/logger';
import type { HandlersOf } from '../retake';
import { createDeliveryReader } from './delivery';
import { createNoteStore } from './note-store';
import { createProgress } from './progress';
import { createRatingStore } from './ratings';
import { createReflectionStore } from './reflections';
import { createReviewReader } from './review';
import { createSectionStore } from './section-store';
import { createReviewSearch } from './search';

/** Deleting an attempt is here because it waits for the review's speech measuring to finish. */
export type ReviewHandlers = HandlersOf<typeof reviewApi> & Pick<HandlersOf<typeof attemptsApi>, 'deleteAttempt'>;

/** The review's rows of the handler table: notes, STAR marks, ratings, reflection, search, progress, deleting. */
export function createReviewHandlers(deps: {
  db: Database;
  attempts: AttemptStore;
  prompts: PromptLibrary;
  metrics: MetricsStore;
  delivery: DeliveryStore;
  mediaDir: string;
  events: EventHub;
  log: Logger;
}): ReviewHandlers {
  const { db, attempts, prompts, metrics, delivery, mediaDir, events, log } = deps;
  const notes = createNoteStore(db, attempts);
  const sections = createSectionStore(db, attempts);
  const ratings = createRatingStore(db, attempts);
  const reflections = createReflectionStore(db, attempts);
  const speech = createSpeechFigures({ metrics, delivery, mediaDir, log });
  const reader = createReviewReader({ attempts, notes, sections, ratings, reflections, speech });
  const search = createReviewSearch(db);
  const deliveryReader = createDeliveryReader({ attempts, sections, speech });
  const progress = createProgress({ prompts, attempts, metrics, delivery, body: createBodyLanguageStore(db), sections, ratings });
  const remover = createAttemptRemover({ db, store: attempts, speech, mediaDir, events, log });

  return {
    getReview: ({ attemptId }) => reader.get(attemptId),
    createNote: (input) => notes.create(input),
    updateNote: (input) => notes.update(input),
    deleteNote: ({ id }) => notes.delete(id),
    setSection: (input) => sections.set(input),
    clearSection: (input) => sections.clear(input),
    setRating: (input) => ratings.set(input),
    setReflection: (input) => reflections.set(input),
    searchNotes: ({ query }) => search.search(query),
    deleteAttempt: ({ attemptId }) => remover.delete(attemptId),
    getProgress: ({ promptId }) => progress.of(promptId),
    getDelivery: ({ attemptId }) => deliveryReader.of(attemptId),
  };
}
