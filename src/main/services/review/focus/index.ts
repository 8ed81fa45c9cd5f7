import type { Database } from 'better-sqlite3';
import type { focusApi } from '../../../../shared/focus-api';
import type { AttemptStore } from '../../attempts/store';
import type { PromptLibrary } from '../../library/prompt-library';
import type { HandlersOf } from '../../retake';
import { createFocusCheckIns } from './check-ins';
import { createFocusViews } from './views';
import { createFocusPoints } from './points';

/** Focus points' rows of the handler table. */
export function createFocusHandlers(deps: { db: Database; attempts: AttemptStore; prompts: PromptLibrary }): HandlersOf<typeof focusApi> {
  const { db, attempts, prompts } = deps;
  const points = createFocusPoints(db, attempts);
  const checkIns = createFocusCheckIns(db, attempts, points);
  const views = createFocusViews(db, attempts, checkIns);
  return {
    createFocusPoint: (input) => points.create(input),
    listFocusPoints: (input) => {
      prompts.get(input.promptId); // not-found for an unknown id
      return points.list(input);
    },
    getFocusCheckIn: ({ attemptId }) => checkIns.forAttempt(attemptId),
    checkInFocusPoint: (input) => checkIns.checkIn(input),
    reopenFocusPoint: ({ id }) => points.reopen(id),
    deleteFocusPoint: ({ id }) => points.delete(id),
    getFocusPair: ({ beforeAttemptId, afterAttemptId }) => views.pair(beforeAttemptId, afterAttemptId),
    getFocusHistory: ({ promptId }) => {
      prompts.get(promptId);
      return views.history(promptId);
    },
  };
}
