import type { Database } from 'better-sqlite3';
import { localDate } from '../../../shared/dates';

export interface Answer {
  /** The person's day it was recorded on. */
  date: string;
  /** The self-ratings given to it in review, 1 to 5 each. */
  scores: number[];
}

interface AnswerRow {
  started_at: string;
  scores: string | null;
}

/** Every finished practice answer (ready or recovered) with its self-ratings, oldest first. */
export function finishedAnswers(db: Database, timeZone: string): Answer[] {
  const rows = db
    .prepare<[], AnswerRow>(
      `SELECT a.started_at, group_concat(r.score) AS scores
       FROM attempts a LEFT JOIN ratings r ON r.attempt_id = a.id
       WHERE a.status IN ('ready', 'recovered')
       GROUP BY a.id ORDER BY a.started_at`,
    )
    .all();
  return rows.map((r) => ({ date: localDate(r.started_at, timeZone), scores: r.scores ? r.scores.split(',').map(Number) : [] }));
}
