import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { RetakeError } from '../../../../shared/errors';
import type { CreateFocusPointInput, FocusPoint, ListFocusPointsInput } from '../../../../shared/focus';
import { requireReviewable } from '../../attempts/reviewable';
import type { AttemptStore } from '../../attempts/store';
import { type FocusPointRow, toFocusPoint } from './rows';

/**
 * The focus points themselves: made from a note or the reflection, listed for a question,
 * reopened and deleted. Every opening and closing is also written to focus_events.
 */
export function createFocusPoints(db: Database, attempts: AttemptStore) {
  const byId = db.prepare<[number], FocusPointRow>('SELECT * FROM focus_points WHERE id = ?');
  const forPrompt = db.prepare<{ promptId: number; status: string }, FocusPointRow>(
    `SELECT * FROM focus_points
     WHERE (prompt_id = @promptId OR prompt_id IS NULL) AND (@status = 'all' OR status = @status)
     ORDER BY created_at DESC, id DESC`,
  );
  const noteOf = db.prepare<[number], { attempt_id: number }>('SELECT attempt_id FROM notes WHERE id = ?');
  const addEvent = db.prepare<[number, string, string]>('INSERT INTO focus_events (focus_point_id, kind, at) VALUES (?, ?, ?)');

  function get(id: number): FocusPoint {
    const row = byId.get(id);
    if (!row) throw new RetakeError('not-found', `No focus point with id ${id}.`);
    return toFocusPoint(row);
  }

  return {
    get,
    /** The raw row, for the check-in's "since it was last opened". */
    row: (id: number): FocusPointRow | undefined => byId.get(id),
    event: (id: number, kind: 'opened' | 'closed' | 'reopened', at: string) => addEvent.run(id, kind, at),

    create: db.transaction((input: z.output<typeof CreateFocusPointInput>): FocusPoint => {
      const attempt = requireReviewable(attempts, input.attemptId);
      if (input.noteId !== undefined) {
        const note = noteOf.get(input.noteId);
        if (!note) throw new RetakeError('not-found', `No note with id ${input.noteId}.`);
        if (note.attempt_id !== attempt.id) throw new RetakeError('invalid-input', `Note ${input.noteId} is not on attempt ${attempt.id}.`);
      }
      const now = new Date().toISOString();
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO focus_points (prompt_id, text, status, source_attempt_id, source_note_id, created_at, opened_at)
           VALUES (?, ?, 'open', ?, ?, ?, ?)`,
        )
        .run(input.scope === 'always' ? null : attempt.promptId, input.text, attempt.id, input.noteId ?? null, now, now);
      const id = Number(lastInsertRowid);
      addEvent.run(id, 'opened', now);
      return get(id);
    }),

    list: (input: z.output<typeof ListFocusPointsInput>): FocusPoint[] => forPrompt.all(input).map(toFocusPoint),

    /** Opens a closed point again; only check-ins from now on count towards closing it. Opening an open point changes nothing. */
    reopen: db.transaction((id: number): FocusPoint => {
      const point = get(id);
      if (point.status === 'open') return point;
      const now = new Date().toISOString();
      db.prepare(`UPDATE focus_points SET status = 'open', closed_at = NULL, opened_at = ? WHERE id = ?`).run(now, id);
      addEvent.run(id, 'reopened', now);
      return get(id);
    }),

    delete: db.transaction((id: number): FocusPoint => {
      const point = get(id);
      db.prepare('DELETE FROM focus_points WHERE id = ?').run(id);
      return point;
    }),
  };
}

export type FocusPoints = ReturnType<typeof createFocusPoints>;
