import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { RatingCriterion, SetRatingInput } from '../../../shared/review';
import { groupByAttempt } from './group-by-attempt';
import { requireReviewable } from '../attempts/reviewable';
import type { AttemptStore } from '../attempts/store';

export type Ratings = Partial<Record<RatingCriterion, number>>;

/** Self-ratings, 1 to 5, one per criterion; an unrated criterion has no row. */
export function createRatingStore(db: Database, attempts: AttemptStore) {
  const byAttempt = db.prepare<[number], { criterion: RatingCriterion; score: number }>(
    'SELECT criterion, score FROM ratings WHERE attempt_id = ?',
  );

  const byPrompt = db.prepare<[number], { attempt_id: number; criterion: RatingCriterion; score: number }>(
    'SELECT r.attempt_id, r.criterion, r.score FROM attempts a JOIN ratings r ON r.attempt_id = a.id WHERE a.prompt_id = ?',
  );

  const toRatings = (rows: readonly { criterion: RatingCriterion; score: number }[]): Ratings =>
    Object.fromEntries(rows.map((r) => [r.criterion, r.score]));
  const get = (attemptId: number): Ratings => toRatings(byAttempt.all(attemptId));

  return {
    get,

    /** The ratings of every attempt of one question, by attempt id, in one read; an unrated attempt is absent. */
    ofPrompt(promptId: number): Map<number, Ratings> {
      return groupByAttempt(byPrompt.all(promptId), toRatings);
    },

    /** A null score clears the rating. Returns all of the attempt's ratings. */
    set: db.transaction((input: z.output<typeof SetRatingInput>): Ratings => {
      const attempt = requireReviewable(attempts, input.attemptId);
      if (input.score === null) {
        db.prepare('DELETE FROM ratings WHERE attempt_id = ? AND criterion = ?').run(attempt.id, input.criterion);
      } else {
        db.prepare(
          `INSERT INTO ratings (attempt_id, criterion, score) VALUES (?, ?, ?)
           ON CONFLICT (attempt_id, criterion) DO UPDATE SET score = excluded.score`,
        ).run(attempt.id, input.criterion, input.score);
      }
      return get(attempt.id);
    }),
  };
}

export type RatingStore = ReturnType<typeof createRatingStore>;
