import type { Database } from 'better-sqlite3';
import type { AddCommitmentActionInput, Commitment, SetVerdictInput, StartCommitmentInput, Today, Verdict } from '../../../shared/comeback';
import { addDays, daysBetween } from '../../../shared/dates';
import { RetakeError } from '../../../shared/errors';
import type { PatternFocus, Stage } from '../../../shared/journal';
import { finishedAnswers } from './answers';

interface CommitmentRow {
  id: number;
  stage: Stage;
  lever: PatternFocus;
  days: 60 | 90;
  target: string;
  started_on: string;
  verdict: Verdict | null;
  verdict_note: string;
}

interface ActionRow {
  id: number;
  commitment_id: number;
  date: string;
  text: string;
}

/**
 * The lever chosen on a pattern card, counted in calendar days: day 1 is the day it
 * started and the verdict is asked for `days` days later, whatever the clocks did between.
 */
export function createCommitments(db: Database) {
  const isUnique = (err: unknown) => err instanceof Error && /UNIQUE constraint failed/.test(err.message);

  function list({ today, timeZone }: Today): Commitment[] {
    const rows = db.prepare<[], CommitmentRow>('SELECT * FROM commitments ORDER BY verdict IS NOT NULL, started_on DESC, id DESC').all();
    if (rows.length === 0) return [];
    const actions = db.prepare<[], ActionRow>('SELECT * FROM commitment_actions ORDER BY date, id').all();
    const answers = finishedAnswers(db, timeZone);
    return rows.map((r) => {
      const dueOn = addDays(r.started_on, r.days);
      const open = r.verdict === null;
      return {
        id: r.id,
        stage: r.stage,
        lever: r.lever,
        days: r.days,
        target: r.target,
        startedOn: r.started_on,
        dueOn,
        daysLeft: Math.max(0, daysBetween(today, dueOn)),
        dayNumber: daysBetween(r.started_on, today) + 1,
        actions: actions.filter((a) => a.commitment_id === r.id).map((a) => ({ id: a.id, date: a.date, text: a.text })),
        practiceSince: answers.filter((a) => a.date >= r.started_on && a.date <= (open ? today : dueOn)).length,
        verdict: r.verdict,
        verdictNote: r.verdict_note,
        verdictDue: open && today >= dueOn,
      };
    });
  }

  function open(id: number): CommitmentRow {
    const row = db.prepare<[number], CommitmentRow>('SELECT * FROM commitments WHERE id = ?').get(id);
    if (!row) throw new RetakeError('not-found', `No commitment with id ${id}.`);
    if (row.verdict !== null) throw new RetakeError('conflict', 'That commitment is already closed.');
    return row;
  }

  return {
    list,

    start(input: StartCommitmentInput): void {
      try {
        db.prepare(
          `INSERT INTO commitments (stage, lever, days, target, started_on, created_at)
           VALUES (@stage, @lever, @days, @target, @startedOn, @now)`,
        ).run({ ...input, now: new Date().toISOString() });
      } catch (err) {
        if (isUnique(err)) throw new RetakeError('conflict', 'This stage already has a lever you are working on. Give it a verdict first.');
        throw err;
      }
    },

    addAction({ commitmentId, date, text }: AddCommitmentActionInput): void {
      const row = open(commitmentId);
      if (date < row.started_on) throw new RetakeError('invalid-input', 'date: is before the commitment started');
      db.prepare('INSERT INTO commitment_actions (commitment_id, date, text, created_at) VALUES (?, ?, ?, ?)').run(
        commitmentId,
        date,
        text,
        new Date().toISOString(),
      );
    },

    /** A verdict may come early: evidence can arrive before the day does. */
    setVerdict({ commitmentId, verdict, note }: SetVerdictInput): void {
      open(commitmentId);
      db.prepare('UPDATE commitments SET verdict = ?, verdict_note = ? WHERE id = ?').run(verdict, note ?? '', commitmentId);
    },
  };
}

export type Commitments = ReturnType<typeof createCommitments>;
