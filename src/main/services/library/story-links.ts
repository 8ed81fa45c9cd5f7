import type { Database } from 'better-sqlite3';
import { RetakeError } from '../../../shared/errors';

/** The story_prompts link table, read from either side. */
function linksBy(db: Database, side: 'story_id' | 'prompt_id'): Map<number, number[]> {
  const other = side === 'story_id' ? 'prompt_id' : 'story_id';
  const rows = db
    .prepare<[], { key: number; value: number }>(`SELECT ${side} AS key, ${other} AS value FROM story_prompts ORDER BY ${other}`)
    .all();
  const map = new Map<number, number[]>();
  for (const { key, value } of rows) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

export const storyIdsByPrompt = (db: Database) => linksBy(db, 'prompt_id');
export const promptIdsByStory = (db: Database) => linksBy(db, 'story_id');

/** Replaces a story's prompt links; every prompt must exist (checked first, so nothing changes on error). */
export function setStoryPrompts(db: Database, storyId: number, promptIds: readonly number[]): void {
  const unique = [...new Set(promptIds)];
  const missing = db
    .prepare<[string], number>('SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM prompts)')
    .pluck()
    .all(JSON.stringify(unique));
  if (missing.length > 0) throw new RetakeError('not-found', `No prompt with id ${missing.join(', ')}.`);
  db.prepare('DELETE FROM story_prompts WHERE story_id = ?').run(storyId);
  const link = db.prepare('INSERT INTO story_prompts (story_id, prompt_id) VALUES (?, ?)');
  for (const promptId of unique) link.run(storyId, promptId);
}
