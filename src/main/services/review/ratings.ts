import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { RatingCriterion, SetRatingInput } from '../../../shared/review';
import { requireReviewable } from '../attempts/reviewable';
import type { AttemptStore } from '../attempts/store';

export type Ratings = Partial<Record<RatingCriterion, number>>;

/** Self-ratings, 1 to 5, one per criterion; an unrated criterion has no row. */
export function createRatingStore(db: Database, attempts: AttemptStore) {
  const byAttempt = db.prepare<[number], { criterion: RatingCriterion; score: number }>(
    'SELECT criterion, score FROM ratings WHERE attempt_id = ?',
  );

  const get = (attemptId: number): Ratings => Object.fromEntries(byAttempt.all(attemptId).map((r) => [r.criterion, r.score]));

  return {
    get,

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
