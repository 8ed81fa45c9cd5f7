import type { Database } from 'better-sqlite3';
import { RetakeError } from '../../../shared/errors';
import type { CreateStoryInput, Story, UpdateStoryInput } from '../../../shared/library';
import { promptIdsByStory, setStoryPrompts } from './story-links';

interface StoryRow {
  id: number;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  updated_at: string;
}

/** STAR story outlines, each linked to the prompts it answers. Most recently edited first. */
export function createStoryLibrary(db: Database) {
  const select = db.prepare<{ id: number | null }, StoryRow>(
    `SELECT id, title, situation, task, action, result, updated_at FROM stories
     WHERE @id IS NULL OR id = @id ORDER BY updated_at DESC, id DESC`,
  );

  function read(id: number | null): Story[] {
    const prompts = promptIdsByStory(db);
    return select.all({ id }).map((row) => ({
      id: row.id,
      title: row.title,
      situation: row.situation,
      task: row.task,
      action: row.action,
      result: row.result,
      promptIds: prompts.get(row.id) ?? [],
      updatedAt: row.updated_at,
    }));
  }

  function get(id: number): Story {
    const [story] = read(id);
    if (!story) throw new RetakeError('not-found', `No story with id ${id}.`);
    return story;
  }

  return {
    list: (): Story[] => read(null),

    create: db.transaction((input: CreateStoryInput): Story => {
      const now = new Date().toISOString();
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO stories (title, situation, task, action, result, created_at, updated_at)
           VALUES (@title, @situation, @task, @action, @result, @now, @now)`,
        )
        .run({
          title: input.title,
          situation: input.situation,
          task: input.task,
          action: input.action,
          result: input.result,
          now,
        });
      const id = Number(lastInsertRowid);
      setStoryPrompts(db, id, input.promptIds);
      return get(id);
    }),

    update: db.transaction((input: UpdateStoryInput): Story => {
      get(input.id);
      db.prepare(
        `UPDATE stories SET title = coalesce(@title, title), situation = coalesce(@situation, situation),
                            task = coalesce(@task, task), action = coalesce(@action, action),
                            result = coalesce(@result, result), updated_at = @now
         WHERE id = @id`,
      ).run({
        id: input.id,
        title: input.title ?? null,
        situation: input.situation ?? null,
        task: input.task ?? null,
        action: input.action ?? null,
        result: input.result ?? null,
        now: new Date().toISOString(),
      });
      if (input.promptIds) setStoryPrompts(db, input.id, input.promptIds);
      return get(input.id);
    }),

    delete(id: number): void {
      const { changes } = db.prepare('DELETE FROM stories WHERE id = ?').run(id);
      if (changes === 0) throw new RetakeError('not-found', `No story with id ${id}.`);
    },
  };
}

export type StoryLibrary = ReturnType<typeof createStoryLibrary>;
