import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Competency } from '../../../shared/competencies';
import { LIMITS } from '../../../shared/limits';

const PromptFile = z
  .object({
    version: z.literal(1),
    prompts: z
      .array(
        z
          .object({
            key: z.string().regex(/^[a-z0-9-]+$/),
            competency: Competency,
            text: z.string().trim().min(1).max(LIMITS.promptText),
          })
          .strict(),
      )
      .min(1)
      .refine((ps) => new Set(ps.map((p) => p.key)).size === ps.length, 'prompt keys must be unique'),
  })
  .strict();

function readBuiltInPrompts(resourcesDir: string) {
  const file = join(resourcesDir, 'prompts.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`Could not read the built-in prompts from ${file}: ${(err as Error).message}`);
  }
  const parsed = PromptFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a valid prompt list:\n${z.prettifyError(parsed.error)}`);
  return parsed.data.prompts;
}

/**
 * Adds the built-in prompts the database does not have yet, keyed by their stable key:
 * rerunning never duplicates, and prompts added to the file in a later release appear.
 * Existing rows are left alone so a user's archiving survives.
 */
export function seedBuiltInPrompts(db: Database, resourcesDir: string): void {
  const prompts = readBuiltInPrompts(resourcesDir);
  const insert = db.prepare(
    `INSERT INTO prompts (text, competency, source, seed_key, created_at)
     VALUES (?, ?, 'built-in', ?, ?) ON CONFLICT (seed_key) DO NOTHING`,
  );
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const p of prompts) insert.run(p.text, p.competency, p.key, now);
  })();
}
