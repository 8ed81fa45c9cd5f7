import type { Database } from 'better-sqlite3';
import type { Competency } from '../../../shared/competencies';
import type { MockQuestion } from '../../../shared/mock-interviews';

interface QuestionRow {
  id: number;
  text: string;
  competency: Competency;
  archived: number;
}

/** Prompts as a mock interview lists them, looked up by id in one query. */
export function createQuestionReader(db: Database) {
  const byIds = db.prepare<[string], QuestionRow>(
    'SELECT id, text, competency, archived FROM prompts WHERE id IN (SELECT value FROM json_each(?))',
  );
  return {
    /** The questions that exist, keyed by prompt id; an unknown id is simply absent. */
    byId(promptIds: readonly number[]): Map<number, MockQuestion> {
      const rows = byIds.all(JSON.stringify(promptIds));
      return new Map(rows.map((r) => [r.id, { promptId: r.id, text: r.text, competency: r.competency, archived: r.archived === 1 }]));
    },
  };
}

export type QuestionReader = ReturnType<typeof createQuestionReader>;
