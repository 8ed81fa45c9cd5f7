import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { ClearSectionInput, SectionMark, SetSectionInput, StarSection } from '../../../shared/review';
import { STAR_SECTIONS } from '../../../shared/review';
import { groupByAttempt } from './group-by-attempt';
import { requireReviewable, requireWithin } from '../attempts/reviewable';
import type { AttemptStore } from '../attempts/store';

/** In the order they occur in the recording; marks at the same time keep STAR order. */
function inOrder(rows: readonly { section: StarSection; start_ms: number }[]): SectionMark[] {
  return rows
    .map((row) => ({ section: row.section, startMs: row.start_ms }))
    .sort((a, b) => a.startMs - b.startMs || STAR_SECTIONS.indexOf(a.section) - STAR_SECTIONS.indexOf(b.section));
}

/**
 * Where the Situation, Task, Action and Result of an answer begin: at most one mark each.
 * Their order is not enforced: an answer that tells the result first is worth seeing as such.
 */
export function createSectionStore(db: Database, attempts: AttemptStore) {
  const byAttempt = db.prepare<[number], { section: StarSection; start_ms: number }>(
    'SELECT section, start_ms FROM sections WHERE attempt_id = ?',
  );

  const byPrompt = db.prepare<[number], { attempt_id: number; section: StarSection; start_ms: number }>(
    'SELECT s.attempt_id, s.section, s.start_ms FROM attempts a JOIN sections s ON s.attempt_id = a.id WHERE a.prompt_id = ?',
  );

  function list(attemptId: number): SectionMark[] {
    return inOrder(byAttempt.all(attemptId));
  }

  return {
    list,

    /** The marks of every attempt of one question, by attempt id, in one read; an attempt without marks is absent. */
    ofPrompt(promptId: number): Map<number, SectionMark[]> {
      return groupByAttempt(byPrompt.all(promptId), inOrder);
    },

    /** Places the mark, moving it if it was already set. */
    set: db.transaction((input: z.output<typeof SetSectionInput>): SectionMark[] => {
      const attempt = requireReviewable(attempts, input.attemptId);
      requireWithin(attempt, input.startMs, `The ${input.section} mark`);
      db.prepare(
        `INSERT INTO sections (attempt_id, section, start_ms) VALUES (?, ?, ?)
         ON CONFLICT (attempt_id, section) DO UPDATE SET start_ms = excluded.start_ms`,
      ).run(attempt.id, input.section, input.startMs);
      return list(attempt.id);
    }),

    /** Removes the mark; clearing one that is not set is not an error, the outcome is the same. */
    clear: db.transaction((input: z.output<typeof ClearSectionInput>): SectionMark[] => {
      const attempt = requireReviewable(attempts, input.attemptId);
      db.prepare('DELETE FROM sections WHERE attempt_id = ? AND section = ?').run(attempt.id, input.section);
      return list(attempt.id);
    }),
  };
}

export type SectionStore = ReturnType<typeof createSectionStore>;
