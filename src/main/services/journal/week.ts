import type { Database } from 'better-sqlite3';
import { addDays, mondayOf } from '../../../shared/dates';
import type { GetWeekInput, JournalWeek, UpdateWeekInput, WeekGoals } from '../../../shared/journal';
import { dailyActivity, mockInterviewDays } from './activity';
import { streakAt } from './streak';
import type { WinStore } from './wins';

interface WeekRow {
  week_start: string;
  goal_practice: number;
  goal_applications: number;
  goal_outreach: number;
  applications: number;
  outreach: number;
  confidence: number | null;
}

const NO_GOALS: WeekGoals = { practice: 0, applications: 0, outreach: 0 };

/** A week the person set goals or counted something for, as the exports list it. */
export interface StoredWeek {
  weekStart: string;
  goals: WeekGoals;
  applications: number;
  outreach: number;
  confidence: number | null;
}

/** The week view: goals against what was done, the days that were active, the streak and the wins. */
export function createWeekPlanner(db: Database, wins: WinStore) {
  const row = db.prepare<[string], WeekRow>('SELECT * FROM journal_weeks WHERE week_start = ?');
  const latestUpTo = db.prepare<[string], WeekRow>('SELECT * FROM journal_weeks WHERE week_start <= ? ORDER BY week_start DESC LIMIT 1');

  /** A week without goals of its own keeps the last ones set, so goals are set once, not every Monday. */
  function goalsFor(weekStart: string): WeekGoals {
    const r = latestUpTo.get(weekStart);
    return r ? { practice: r.goal_practice, applications: r.goal_applications, outreach: r.goal_outreach } : NO_GOALS;
  }

  const stored = db.prepare<[], WeekRow>('SELECT * FROM journal_weeks ORDER BY week_start DESC');

  return {
    /** Every week with a row of its own, newest first. */
    all: (): StoredWeek[] =>
      stored.all().map((r) => ({
        weekStart: r.week_start,
        goals: { practice: r.goal_practice, applications: r.goal_applications, outreach: r.goal_outreach },
        applications: r.applications,
        outreach: r.outreach,
        confidence: r.confidence,
      })),

    get({ weekOf, today, timeZone }: GetWeekInput): JournalWeek {
      const weekStart = mondayOf(weekOf);
      const activity = dailyActivity(db, timeZone);
      const days = Array.from({ length: 7 }, (_, i) => {
        const date = addDays(weekStart, i);
        const day = activity.get(date) ?? { attempts: 0, interviews: 0, wins: 0 };
        return { date, ...day, active: day.attempts + day.interviews + day.wins > 0 };
      });
      const own = row.get(weekStart);
      return {
        weekStart,
        goals: goalsFor(weekStart),
        done: {
          practice: days.reduce((sum, d) => sum + d.attempts, 0),
          applications: own?.applications ?? 0,
          outreach: own?.outreach ?? 0,
        },
        days,
        mockInterviews: mockInterviewDays(db, timeZone).filter((date) => date >= weekStart && date <= addDays(weekStart, 6)).length,
        streak: streakAt((date) => activity.has(date), today),
        wins: wins.between(weekStart, addDays(weekStart, 6)),
        confidence: own?.confidence ?? null,
      };
    },

    update({ weekStart, goals, tally, confidence }: UpdateWeekInput): void {
      db.transaction(() => {
        const goal = { ...goalsFor(weekStart), ...goals };
        const own = row.get(weekStart);
        db.prepare(
          `INSERT OR REPLACE INTO journal_weeks (week_start, goal_practice, goal_applications, goal_outreach, applications, outreach, confidence)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          weekStart,
          goal.practice,
          goal.applications,
          goal.outreach,
          tally?.applications ?? own?.applications ?? 0,
          tally?.outreach ?? own?.outreach ?? 0,
          confidence === undefined ? (own?.confidence ?? null) : confidence,
        );
      })();
    },
  };
}
