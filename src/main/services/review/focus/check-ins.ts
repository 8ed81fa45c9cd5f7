import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Attempt } from '../../../../shared/attempts';
import { RetakeError } from '../../../../shared/errors';
import type { CheckInFocusInput, CheckInItem, FocusCheckIn, FocusPoint } from '../../../../shared/focus';
import { requireReviewable, requireWithin } from '../../attempts/reviewable';
import type { AttemptStore } from '../../attempts/store';
import type { FocusPoints } from './points';
import { type CheckInRow, type FocusPointRow, toCheckIn, toFocusPoint } from './rows';

/** How many check-ins in a row must say "fixed" before a point closes by itself. */
const FIXED_IN_A_ROW = 2;

/**
 * A point is asked about on an attempt when it is for that attempt's question (or for every
 * question), was made no later than the attempt started, and was not made from that very
 * attempt. Open points are asked; closed ones still show where this attempt has a check-in.
 */
const APPLIES = `(p.prompt_id = @promptId OR p.prompt_id IS NULL)
  AND p.created_at <= @startedAt
  AND (p.source_attempt_id IS NULL OR p.source_attempt_id != @attemptId)`;

/** Check-ins: one verdict per point per attempt, and the rule that closes a point fixed twice in a row. */
export function createFocusCheckIns(db: Database, attempts: AttemptStore, points: FocusPoints) {
  const asked = db.prepare<{ promptId: number; startedAt: string; attemptId: number }, FocusPointRow>(
    `SELECT p.* FROM focus_points p
     WHERE ${APPLIES}
       AND (p.status = 'open' OR EXISTS (SELECT 1 FROM focus_check_ins c WHERE c.focus_point_id = p.id AND c.attempt_id = @attemptId))
     ORDER BY p.created_at DESC, p.id DESC`,
  );
  const applies = db
    .prepare<{ promptId: number; startedAt: string; attemptId: number; id: number }, number>(`SELECT 1 FROM focus_points p WHERE p.id = @id AND ${APPLIES}`)
    .pluck();
  const one = db.prepare<[number, number], CheckInRow>('SELECT * FROM focus_check_ins WHERE focus_point_id = ? AND attempt_id = ?');
  // Latest attempt first; only attempts started since the point was (re)opened count.
  const recentVerdicts = db.prepare<[number, string], string>(
    `SELECT c.verdict FROM focus_check_ins c JOIN attempts a ON a.id = c.attempt_id
     WHERE c.focus_point_id = ? AND a.started_at >= ?
     ORDER BY a.started_at DESC, a.id DESC LIMIT ${FIXED_IN_A_ROW}`,
  ).pluck();

  const checkInOf = (pointId: number, attemptId: number): FocusCheckIn | null => {
    const row = one.get(pointId, attemptId);
    return row ? toCheckIn(row) : null;
  };

  const params = (attempt: Attempt) => ({ promptId: attempt.promptId, startedAt: attempt.startedAt, attemptId: attempt.id });

  /** Closes the point when its latest check-ins all say fixed; reopens one whose closing verdict was taken back. */
  function settle(row: FocusPointRow, at: string): void {
    const verdicts = recentVerdicts.all(row.id, row.opened_at);
    const fixed = verdicts.length === FIXED_IN_A_ROW && verdicts.every((v) => v === 'fixed');
    if (fixed && row.status === 'open') {
      db.prepare(`UPDATE focus_points SET status = 'closed', closed_at = ? WHERE id = ?`).run(at, row.id);
      points.event(row.id, 'closed', at);
    } else if (!fixed && row.status === 'closed') {
      db.prepare(`UPDATE focus_points SET status = 'open', closed_at = NULL WHERE id = ?`).run(row.id);
      points.event(row.id, 'reopened', at);
    }
  }

  return {
    checkInOf,

    /** What this attempt's review asks about, newest point first; an unfinalised attempt is asked nothing. */
    forAttempt(attemptId: number): CheckInItem[] {
      const attempt = attempts.get(attemptId);
      if (attempt.status !== 'ready' && attempt.status !== 'recovered') return [];
      return asked.all(params(attempt)).map((row) => ({ point: toFocusPoint(row), checkIn: checkInOf(row.id, attempt.id) }));
    },

    checkIn: db.transaction((input: z.output<typeof CheckInFocusInput>): FocusPoint => {
      const attempt = requireReviewable(attempts, input.attemptId);
      const row = points.row(input.focusPointId);
      if (!row) throw new RetakeError('not-found', `No focus point with id ${input.focusPointId}.`);
      if (applies.get({ ...params(attempt), id: row.id }) === undefined) {
        throw new RetakeError('conflict', `Focus point ${row.id} is not one attempt ${attempt.id} can check in on.`);
      }
      const atMs = input.atMs ?? null;
      if (atMs !== null) requireWithin(attempt, atMs, 'The check-in moment');
      const now = new Date().toISOString();
      db.prepare(
        `INSERT INTO focus_check_ins (focus_point_id, attempt_id, verdict, at_ms, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (focus_point_id, attempt_id) DO UPDATE
         SET verdict = excluded.verdict, at_ms = excluded.at_ms, note = excluded.note, updated_at = excluded.updated_at`,
      ).run(row.id, attempt.id, input.verdict, atMs, input.note?.trim() ?? '', now);
      settle(row, now);
      return points.get(row.id);
    }),
  };
}

export type FocusCheckIns = ReturnType<typeof createFocusCheckIns>;
