import type { Database } from 'better-sqlite3';
import { RetakeError } from '../../../shared/errors';
import type { CreateMockSetInput, MockMode, MockSet } from '../../../shared/mock-interviews';
import type { QuestionReader } from './questions';

interface SetRow {
  id: number;
  name: string | null;
  think_seconds: number;
  cap_seconds: number;
  mode: MockMode;
  created_at: string;
  runs: number;
}

/**
 * Sets: the questions and settings of a mock interview. A set never changes after it is
 * made, except its name, so every run of it asked the same and can be compared.
 */
export function createMockSetStore(db: Database, questions: QuestionReader) {
  const select = db.prepare<{ id: number | null; named: number }, SetRow>(
    `SELECT s.*, (SELECT count(*) FROM mock_interviews i WHERE i.set_id = s.id) AS runs
     FROM mock_sets s WHERE (@id IS NULL OR s.id = @id) AND (@named = 0 OR s.name IS NOT NULL)
     ORDER BY s.created_at DESC, s.id DESC`,
  );
  const promptIdsOf = db.prepare<[number], number>('SELECT prompt_id FROM mock_set_questions WHERE set_id = ? ORDER BY position').pluck();

  function toSet(row: SetRow): MockSet {
    const ids = promptIdsOf.all(row.id);
    const known = questions.byId(ids);
    return {
      id: row.id,
      name: row.name,
      thinkSeconds: row.think_seconds,
      capSeconds: row.cap_seconds,
      mode: row.mode,
      createdAt: row.created_at,
      runs: row.runs,
      questions: ids.map((id) => known.get(id)!),
    };
  }

  function get(id: number): MockSet {
    const row = select.get({ id, named: 0 });
    if (!row) throw new RetakeError('not-found', `No mock interview set with id ${id}.`);
    return toSet(row);
  }

  /** The prompt worded as the opening, or a new custom one: the opening is a question like any other. */
  function openingPrompt(text: string): number {
    const existing = db
      .prepare<[string], number>('SELECT id FROM prompts WHERE archived = 0 AND lower(trim(text)) = lower(?) ORDER BY id LIMIT 1')
      .pluck()
      .get(text);
    if (existing !== undefined) return existing;
    const { lastInsertRowid } = db
      .prepare(`INSERT INTO prompts (text, competency, source, created_at) VALUES (?, 'communication', 'custom', ?)`)
      .run(text, new Date().toISOString());
    return Number(lastInsertRowid);
  }

  return {
    get,
    listNamed: (): MockSet[] => select.all({ id: null, named: 1 }).map(toSet),

    create(input: CreateMockSetInput): MockSet {
      const known = questions.byId(input.promptIds);
      for (const id of input.promptIds) {
        const q = known.get(id);
        if (!q) throw new RetakeError('not-found', `No question with id ${id}.`);
        if (q.archived) throw new RetakeError('conflict', `“${q.text}” is archived; restore it in Questions or leave it out.`);
      }
      const id = db.transaction(() => {
        const opening = input.openingText ? openingPrompt(input.openingText) : null;
        const ids = opening === null ? input.promptIds : [opening, ...input.promptIds.filter((p) => p !== opening)];
        if (ids.length < 3) throw new RetakeError('invalid-input', 'An interview has at least 3 questions; the opening is already one of them.');
        const { lastInsertRowid } = db
          .prepare('INSERT INTO mock_sets (name, think_seconds, cap_seconds, mode, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(input.name ?? null, input.thinkSeconds, input.capSeconds, input.mode, new Date().toISOString());
        const setId = Number(lastInsertRowid);
        const insert = db.prepare('INSERT INTO mock_set_questions (set_id, position, prompt_id) VALUES (?, ?, ?)');
        ids.forEach((promptId, i) => insert.run(setId, i + 1, promptId));
        return setId;
      })();
      return get(id);
    },

    rename(id: number, name: string): MockSet {
      get(id); // not-found first
      db.prepare('UPDATE mock_sets SET name = ? WHERE id = ?').run(name, id);
      return get(id);
    },
  };
}

export type MockSetStore = ReturnType<typeof createMockSetStore>;
