import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { SetReflectionInput } from '../../../shared/review';
import { requireReviewable } from '../attempts/reviewable';
import type { AttemptStore } from '../attempts/store';

/** What the person wrote about an attempt as a whole. Blank text removes it, so search never finds an empty one. */
export function createReflectionStore(db: Database, attempts: AttemptStore) {
  const byAttempt = db.prepare<[number], string>('SELECT text FROM reflections WHERE attempt_id = ?').pluck();

  return {
    /** The reflection, or '' when there is none. */
    get: (attemptId: number): string => byAttempt.get(attemptId) ?? '',

    /** Stored as typed (a half-written line keeps its trailing space); only blank text counts as none. */
    set: db.transaction((input: z.output<typeof SetReflectionInput>): void => {
      const attempt = requireReviewable(attempts, input.attemptId);
      if (input.text.trim() === '') {
        db.prepare('DELETE FROM reflections WHERE attempt_id = ?').run(attempt.id);
        return;
      }
      db.prepare(
        `INSERT INTO reflections (attempt_id, text, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (attempt_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
      ).run(attempt.id, input.text, new Date().toISOString());
    }),
  };
}

export type ReflectionStore = ReturnType<typeof createReflectionStore>;
