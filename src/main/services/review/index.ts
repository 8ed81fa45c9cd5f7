import type { Database } from 'better-sqlite3';
import type { MetricsStore } from '../analysis/metrics-store';
import { createSpeechFigures } from '../analysis/speech-figures';
import { createAttemptRemover } from '../attempts/remove';
import type { AttemptStore } from '../attempts/store';
import type { EventHub } from '../events';
import type { PromptLibrary } from '../library/prompts';
import type { Handlers } from '../retake';
import { createNoteStore } from './notes';
import { createProgress } from './progress';
import { createRatingStore } from './ratings';
import { createReflectionStore } from './reflections';
import { createReviewReader } from './review';
import { createSectionStore } from './sections';
import { createReviewSearch } from './search';

export type ReviewHandlers = Pick<
  Handlers,
  | 'getReview'
  | 'createNote'
  | 'updateNote'
  | 'deleteNote'
  | 'setSection'
  | 'clearSection'
  | 'setRating'
  | 'setReflection'
  | 'searchNotes'
  | 'deleteAttempt'
  | 'getProgress'
>;

/** The review's rows of the handler table: notes, STAR marks, ratings, reflection, search, progress, deleting. */
export function createReviewHandlers(deps: {
  db: Database;
  attempts: AttemptStore;
  prompts: PromptLibrary;
  metrics: MetricsStore;
  mediaDir: string;
  events: EventHub;
}): ReviewHandlers {
  const { db, attempts, prompts, metrics, mediaDir, events } = deps;
  const notes = createNoteStore(db, attempts);
  const sections = createSectionStore(db, attempts);
  const ratings = createRatingStore(db, attempts);
  const reflections = createReflectionStore(db, attempts);
  const speech = createSpeechFigures({ metrics, mediaDir });
  const reader = createReviewReader({ attempts, notes, sections, ratings, reflections, speech });
  const search = createReviewSearch(db);
  const progress = createProgress({ prompts, attempts, metrics, sections, ratings });
  const remover = createAttemptRemover({ db, store: attempts, speech, mediaDir, events });

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
  };
}
