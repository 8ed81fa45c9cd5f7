import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Competency } from '../../../shared/competencies';
import { RetakeError } from '../../../shared/errors';
import type { CreatePromptInput, ListPromptsInput, Prompt, PromptSource, UpdatePromptInput } from '../../../shared/library';
import { storyIdsByPrompt } from './story-links';

interface PromptRow {
  id: number;
  text: string;
  competency: Competency;
  source: PromptSource;
  archived: number;
  attempt_count: number;
  last_practiced_at: string | null;
}

const SELECT = `
  SELECT p.id, p.text, p.competency, p.source, p.archived,
         count(a.id) AS attempt_count, max(a.started_at) AS last_practiced_at
  FROM prompts p LEFT JOIN attempts a ON a.prompt_id = p.id
  WHERE (@id IS NULL OR p.id = @id) AND (@includeArchived OR p.archived = 0)
  GROUP BY p.id
  ORDER BY p.id`;

/**
 * The question library. Built-in prompts can be archived but not reworded: their wording
 * is shipped data, keyed for reseeding, and past attempts at them should keep showing the
 * question that was actually answered. To change one, archive it and add a custom prompt.
 */
export function createPromptLibrary(db: Database) {
  const select = db.prepare<{ id: number | null; includeArchived: number }, PromptRow>(SELECT);

  function read(id: number | null, includeArchived: boolean): Prompt[] {
    const stories = storyIdsByPrompt(db);
    return select.all({ id, includeArchived: includeArchived ? 1 : 0 }).map((row) => ({
      id: row.id,
      text: row.text,
      competency: row.competency,
      source: row.source,
      archived: row.archived === 1,
      attemptCount: row.attempt_count,
      lastPracticedAt: row.last_practiced_at,
      storyIds: stories.get(row.id) ?? [],
    }));
  }

  function get(id: number): Prompt {
    const [prompt] = read(id, true);
    if (!prompt) throw new RetakeError('not-found', `No prompt with id ${id}.`);
    return prompt;
  }

  return {
    get,

    list(input: z.output<typeof ListPromptsInput>): Prompt[] {
      return read(null, input.includeArchived ?? false);
    },

    create(input: z.output<typeof CreatePromptInput>): Prompt {
      const { lastInsertRowid } = db
        .prepare(`INSERT INTO prompts (text, competency, source, created_at) VALUES (?, ?, 'custom', ?)`)
        .run(input.text, input.competency, new Date().toISOString());
      return get(Number(lastInsertRowid));
    },

    update(input: z.output<typeof UpdatePromptInput>): Prompt {
      const current = get(input.id);
      if (current.source === 'built-in' && (input.text !== undefined || input.competency !== undefined)) {
        throw new RetakeError(
          'conflict',
          'Built-in prompts cannot be reworded or moved. Archive it and add your own version as a custom prompt.',
        );
      }
      db.prepare(
        `UPDATE prompts SET text = coalesce(@text, text), competency = coalesce(@competency, competency),
                            archived = coalesce(@archived, archived)
         WHERE id = @id`,
      ).run({
        id: input.id,
        text: input.text ?? null,
        competency: input.competency ?? null,
        archived: input.archived === undefined ? null : Number(input.archived),
      });
      return get(input.id);
    },
  };
}

export type PromptLibrary = ReturnType<typeof createPromptLibrary>;
