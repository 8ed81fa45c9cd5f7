import type { Database } from 'better-sqlite3';
import type { MonthReview, PlanReview, SetMonthNoteInput, StartPlanInput, Today } from '../../../shared/comeback';
import { addDays } from '../../../shared/dates';
import { RetakeError } from '../../../shared/errors';
import { finishedAnswers, type Answer } from './answers';
import type { Commitments } from './commitments';
import { currentMonth, mean, planCalendar, planWeekNumber, responseRate } from './plan-months';

interface PlanRow {
  id: number;
  started_on: string;
  target_role: string;
}

interface WeekRow {
  week_start: string;
  applications: number;
  confidence: number | null;
}

/** A plan as the exports list it. */
export interface ExportedPlan {
  startedOn: string;
  targetRole: string;
  ended: boolean;
  months: MonthReview[];
}

/** The 90-day plan: its start and target role, and a review of each of its three months. */
export function createPlans(db: Database, commitments: Commitments) {
  const current = db.prepare<[], PlanRow>('SELECT * FROM plans WHERE ended_at IS NULL');
  const weeksBetween = db.prepare<[string, string], WeekRow>(
    'SELECT week_start, applications, confidence FROM journal_weeks WHERE week_start BETWEEN ? AND ?',
  );
  const countInterviews = db.prepare<[string, string], { interviews: number; offers: number }>(
    `SELECT count(*) FILTER (WHERE stage <> 'application') AS interviews, count(*) FILTER (WHERE outcome = 'offer') AS offers
     FROM interviews WHERE date BETWEEN ? AND ?`,
  );
  const notes = db.prepare<[number], { month: number; change_note: string }>('SELECT month, change_note FROM plan_months WHERE plan_id = ?');

  function monthsOf(row: PlanRow, answers: readonly Answer[]): MonthReview[] {
    const calendar = planCalendar(row.started_on);
    const noteOf = new Map(notes.all(row.id).map((n) => [n.month, n.change_note]));

    return calendar.months.map(({ month, from, to }) => {
      const stored = new Map(weeksBetween.all(from, to).map((w) => [w.week_start, w]));
      const inMonth = answers.filter((a) => a.date >= from && a.date <= to);
      const weeks = [];
      for (let weekStart = from; weekStart <= to; weekStart = addDays(weekStart, 7)) {
        const end = addDays(weekStart, 6);
        weeks.push({
          weekStart,
          confidence: stored.get(weekStart)?.confidence ?? null,
          applications: stored.get(weekStart)?.applications ?? 0,
          practice: inMonth.filter((a) => a.date >= weekStart && a.date <= end).length,
        });
      }
      const applications = weeks.reduce((sum, w) => sum + w.applications, 0);
      const { interviews, offers } = countInterviews.get(from, to)!;
      return {
        month,
        from,
        to,
        applications,
        interviews,
        offers,
        responseRate: responseRate(applications, interviews),
        weeks,
        practice: inMonth.length,
        averageRating: mean(inMonth.flatMap((a) => a.scores)),
        changeNote: noteOf.get(month) ?? '',
      };
    });
  }

  function review(today: Today): PlanReview {
    const row = current.get();
    const levers = commitments.list(today);
    if (!row) return { plan: null, months: [], commitments: levers };
    const calendar = planCalendar(row.started_on);
    return {
      plan: {
        id: row.id,
        startedOn: row.started_on,
        targetRole: row.target_role,
        firstWeek: calendar.firstWeek,
        lastDay: calendar.lastDay,
        weekNumber: planWeekNumber(calendar, today.today),
        currentMonth: currentMonth(calendar, today.today),
      },
      months: monthsOf(row, finishedAnswers(db, today.timeZone)),
      commitments: levers,
    };
  }

  return {
    review,

    start({ startedOn, targetRole }: StartPlanInput): void {
      if (current.get()) throw new RetakeError('conflict', 'A plan is already running. End it before starting a new one.');
      db.prepare('INSERT INTO plans (started_on, target_role, created_at) VALUES (?, ?, ?)').run(startedOn, targetRole, new Date().toISOString());
    },

    end(id: number): void {
      const { changes } = db.prepare('UPDATE plans SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(new Date().toISOString(), id);
      if (changes === 0) throw new RetakeError('not-found', `No running plan with id ${id}.`);
    },

    setMonthNote({ planId, month, note }: SetMonthNoteInput): void {
      if (!db.prepare('SELECT 1 FROM plans WHERE id = ?').get(planId)) throw new RetakeError('not-found', `No plan with id ${planId}.`);
      db.prepare('INSERT OR REPLACE INTO plan_months (plan_id, month, change_note, updated_at) VALUES (?, ?, ?, ?)').run(
        planId,
        month,
        note,
        new Date().toISOString(),
      );
    },

    /** Every plan with its months, newest first, for the exports. */
    all(timeZone: string): ExportedPlan[] {
      const answers = finishedAnswers(db, timeZone);
      return db
        .prepare<[], PlanRow & { ended_at: string | null }>('SELECT * FROM plans ORDER BY started_on DESC, id DESC')
        .all()
        .map((row) => ({ startedOn: row.started_on, targetRole: row.target_role, ended: row.ended_at !== null, months: monthsOf(row, answers) }));
    },
  };
}

export type Plans = ReturnType<typeof createPlans>;
