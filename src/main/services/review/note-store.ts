import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { RetakeError } from '../../../shared/errors';
import type { CreateNoteInput, Note, NoteCategory, UpdateNoteInput } from '../../../shared/review';
import { requireReviewable, requireWithin, type ReviewableAttempt } from '../attempts/reviewable';
import type { AttemptStore } from '../attempts/store';

interface NoteRow {
  id: number;
  attempt_id: number;
  start_ms: number;
  end_ms: number | null;
  category: NoteCategory;
  text: string;
  created_at: string;
  mentor: string | null;
}

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  attemptId: row.attempt_id,
  startMs: row.start_ms,
  endMs: row.end_ms,
  category: row.category,
  text: row.text,
  createdAt: row.created_at,
  mentor: row.mentor,
});

export interface MentorComment {
  key: string;
  startMs: number;
  endMs: number | null;
  category: NoteCategory;
  text: string;
}

/** Zod checked the shape and each time on its own; this checks them against the recording. */
export function requireTimes(attempt: ReviewableAttempt, startMs: number, endMs: number | null): void {
  requireWithin(attempt, startMs, 'The note start');
  if (endMs === null) return;
  if (endMs <= startMs) throw new RetakeError('invalid-input', `A range must end after it starts (${startMs} ms to ${endMs} ms).`);
  requireWithin(attempt, endMs, 'The note end');
}

/**
 * Timestamped self-critique on a finalised attempt: a point or a range. Each change runs
 * in one transaction that checks everything before writing, so a refused call changes nothing.
 */
export function createNoteStore(db: Database, attempts: AttemptStore) {
  const byId = db.prepare<[number], NoteRow>('SELECT * FROM notes WHERE id = ?');
  const byAttempt = db.prepare<[number], NoteRow>('SELECT * FROM notes WHERE attempt_id = ? ORDER BY start_ms, id');

  function get(id: number): Note {
    const row = byId.get(id);
    if (!row) throw new RetakeError('not-found', `No note with id ${id}.`);
    return toNote(row);
  }

  return {
    /** The attempt's notes in the order they occur in the recording. */
    list: (attemptId: number): Note[] => byAttempt.all(attemptId).map(toNote),

    create: db.transaction((input: z.output<typeof CreateNoteInput>): Note => {
      const attempt = requireReviewable(attempts, input.attemptId);
      const endMs = input.endMs ?? null;
      requireTimes(attempt, input.startMs, endMs);
      const { lastInsertRowid } = db
        .prepare(`INSERT INTO notes (attempt_id, start_ms, end_ms, category, text, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(attempt.id, input.startMs, endMs, input.category, input.text, new Date().toISOString());
      return get(Number(lastInsertRowid));
    }),

    /**
     * A mentor's comments, already validated against the attempt by the caller, in the
     * caller's transaction. A key seen before is skipped. Returns how many were added.
     */
    insertMentor(attemptId: number, mentor: string, comments: readonly MentorComment[]): number {
      const insert = db.prepare(
        `INSERT INTO notes (attempt_id, start_ms, end_ms, category, text, created_at, mentor, mentor_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      );
      const now = new Date().toISOString();
      let added = 0;
      for (const c of comments) added += insert.run(attemptId, c.startMs, c.endMs, c.category, c.text, now, mentor, c.key).changes;
      return added;
    },

    /** Changes only what the input names; the times are checked as they will be stored. */
    update: db.transaction((input: z.output<typeof UpdateNoteInput>): Note => {
      const note = get(input.id);
      const attempt = requireReviewable(attempts, note.attemptId);
      const merged: Note = {
        ...note,
        startMs: input.startMs ?? note.startMs,
        // Undefined keeps the end; null turns a range into a point.
        endMs: input.endMs === undefined ? note.endMs : input.endMs,
        category: input.category ?? note.category,
        text: input.text ?? note.text,
      };
      requireTimes(attempt, merged.startMs, merged.endMs);
      db.prepare('UPDATE notes SET start_ms = ?, end_ms = ?, category = ?, text = ? WHERE id = ?').run(
        merged.startMs,
        merged.endMs,
        merged.category,
        merged.text,
        note.id,
      );
      return get(note.id);
    }),

    /** Returns the note as it was, so the caller can offer undo by creating it again. */
    delete: db.transaction((id: number): Note => {
      const note = get(id);
      db.prepare('DELETE FROM notes WHERE id = ?').run(id);
      return note;
    }),
  };
}

export type NoteStore = ReturnType<typeof createNoteStore>;
