import { join } from 'node:path';
import Sqlite from 'better-sqlite3';

/**
 * Finished audio attempts written into the host's database through a second connection (the
 * recorder would take seconds each), alternating over the first `questions` questions, an hour
 * apart. Newest is the last; every fifth failed.
 */
export function seedAttempts(dataDir: string, count: number, questions = 2): { promptIds: number[] } {
  const db = new Sqlite(join(dataDir, 'retake.db'));
  try {
    const promptIds = db.prepare<[number], number>('SELECT id FROM prompts ORDER BY id LIMIT ?').pluck().all(questions);
    const insert = db.prepare(
      `INSERT INTO attempts (prompt_id, mode, status, failure_reason, started_at, duration_ms, target_seconds, size_bytes)
       VALUES (?, 'audio', ?, ?, ?, 3000, 120, 1000)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const failed = i % 5 === 4;
        insert.run(promptIds[i % promptIds.length], failed ? 'failed' : 'ready', failed ? 'The recording could not be read.' : null, new Date(Date.UTC(2025, 0, 1, 9) + i * 3_600_000).toISOString());
      }
    })();
    return { promptIds };
  } finally {
    db.close();
  }
}
