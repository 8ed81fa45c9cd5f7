import type { Database } from 'better-sqlite3';
import type { DeliveryStore } from '../analysis/delivery-store';
import type { MetricsStore } from '../analysis/metrics-store';
import type { AttemptStore } from '../attempts/store';
import type { Recorder } from '../recorder/attempt-recorder';
import type { CallContext, HandlersOf } from '../retake';
import { createRatingStore } from '../review/ratings';
import { createSectionStore } from '../review/section-store';
import type { mockInterviewsApi } from '../../../shared/mock-interviews-api';
import { drawQuestions } from './draw';
import { createQuestionReader } from './questions';
import { createMockInterviewReader } from './reader';
import { createMockRuns } from './runs';
import { createMockSetStore } from './sets';

const RECENT_DEFAULT = 20;

/** Mock interviews' rows of the handler table: sets, draws and the run lifecycle over the one recorder. */
export function createMockInterviewHandlers(deps: {
  db: Database;
  attempts: AttemptStore;
  metrics: MetricsStore;
  delivery: DeliveryStore;
  recorder: Recorder;
  /** The one attempt delete (rows, then media), so an answer goes as any attempt does. */
  deleteAttempt: (attemptId: number, ctx: CallContext) => Promise<void> | void;
}): HandlersOf<typeof mockInterviewsApi> {
  const { db, attempts, metrics, delivery, recorder, deleteAttempt } = deps;
  const questions = createQuestionReader(db);
  const sets = createMockSetStore(db, questions);
  const reader = createMockInterviewReader({
    db,
    sets,
    questions,
    attempts,
    metrics,
    delivery,
    sections: createSectionStore(db, attempts),
    ratings: createRatingStore(db, attempts),
  });
  const runs = createMockRuns({ db, sets, reader, recorder });

  return {
    createMockSet: (input) => sets.create(input),
    listMockSets: () => sets.listNamed(),
    getMockSet: ({ id }) => sets.get(id),
    renameMockSet: ({ id, name }) => sets.rename(id, name),
    drawMockQuestions: (input) => drawQuestions(db, input),
    startMockInterview: ({ setId }) => reader.get(runs.start(setId)),
    startMockAnswer: (input, ctx) => runs.startAnswer(input, ctx.clientId),
    finishMockInterview: ({ id }) => {
      runs.finish(id);
      return reader.get(id);
    },
    getMockInterview: ({ id }) => reader.get(id),
    listMockInterviews: ({ limit }) => reader.list(limit ?? RECENT_DEFAULT),
    rateMockInterview: ({ id, selfRating, reflection }) => {
      runs.rate(id, selfRating, reflection);
      return reader.get(id);
    },
    deleteMockInterview: ({ id, keepAnswers }, ctx) => runs.delete(id, keepAnswers, (attemptId) => deleteAttempt(attemptId, ctx)),
  };
}
