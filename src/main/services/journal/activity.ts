import type { Database } from 'better-sqlite3';
import { localDate } from '../../../shared/dates';

export interface DayActivity {
  /** Finished attempts (ready or recovered) started that day. */
  attempts: number;
  /** Interviews logged that day. */
  interviews: number;
  wins: number;
}

/**
 * What the person did on each of their days, keyed yyyy-mm-dd. Instants are turned into
 * days in the person's time zone; a win already carries the day it belongs to.
 */
export function dailyActivity(db: Database, timeZone: string): Map<string, DayActivity> {
  const days = new Map<string, DayActivity>();
  const bump = (date: string, kind: keyof DayActivity) => {
    const day = days.get(date) ?? { attempts: 0, interviews: 0, wins: 0 };
    day[kind] += 1;
    days.set(date, day);
  };
  const column = (sql: string) => db.prepare<[], string>(sql).pluck().all();

  for (const at of column(`SELECT started_at FROM attempts WHERE status IN ('ready', 'recovered')`)) bump(localDate(at, timeZone), 'attempts');
  for (const at of column('SELECT created_at FROM interviews')) bump(localDate(at, timeZone), 'interviews');
  for (const date of column('SELECT date FROM wins')) bump(date, 'wins');
  return days;
}

/**
 * The days (in the person's zone) mock interviews were done on: finished with at least one
 * finished answer, the same rule the mock interview list uses for "done".
 */
export function mockInterviewDays(db: Database, timeZone: string): string[] {
  return db
    .prepare<[], string>(
      `SELECT m.started_at FROM mock_interviews m
        WHERE m.status = 'finished'
          AND EXISTS (SELECT 1 FROM mock_answers a JOIN attempts t ON t.id = a.attempt_id
                       WHERE a.interview_id = m.id AND t.status IN ('ready', 'recovered'))`,
    )
    .pluck()
    .all()
    .map((at) => localDate(at, timeZone));
}
