import { linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';

/** How big the library gets: the size the issue was measured at. */
export const SCALE = {
  attempts: Number(process.env.RETAKE_BENCH_ATTEMPTS ?? 10_000),
  notesPerAttempt: 10,
  /** One question has this many attempts: the progress chart's size. */
  busiestQuestion: 200,
} as const;

// A small vocabulary, so common words match tens of thousands of notes, as a real library's do.
const WORDS = (
  'the answer result action situation task numbers team pause filler camera voice slow fast clear story ' +
  'impact manager customer deadline conflict project metric revenue launch review feedback stakeholder ' +
  'example detail structure confident rambled umm eye contact posture smile energy pace closing opening'
).split(' ');
const CATEGORIES = ['strength', 'content', 'delivery', 'body-language'] as const;

/** A deterministic pseudo-random stream, so every run seeds the same library. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SeededLibrary {
  /** The question with `SCALE.busiestQuestion` attempts. */
  busiestPromptId: number;
  /** A ready attempt of the busiest question in the middle of the library, with notes. */
  sampleAttemptId: number;
}

/**
 * Every clone gets the template's files as hard links (no copies): every read that checks an
 * attempt's files finds them as it would in a real library, and the calls that read them answer.
 * A failed attempt keeps its original as the `.part` file "Try again" needs.
 */
function linkMedia(dataDir: string, templateAttemptId: number, ids: readonly number[], failed: ReadonlySet<number>): void {
  const templateDir = join(dataDir, 'media', String(templateAttemptId));
  const files = readdirSync(templateDir);
  for (const id of ids) {
    const dir = join(dataDir, 'media', String(id));
    mkdirSync(dir, { recursive: true });
    if (failed.has(id)) linkSync(join(templateDir, 'answer.webm'), join(dir, 'recording.webm.part'));
    else for (const file of files) linkSync(join(templateDir, file), join(dir, file));
  }
}

/**
 * Fills a data folder the app has created (and closed) with `SCALE.attempts` attempts cloned
 * from one real finalised attempt, each with its figures, marks, ratings and notes; one in
 * five has a reflection. Written with SQL in one transaction: going through the recorder ten
 * thousand times would measure ffmpeg, not the queries.
 */
export function seedLibrary(dataDir: string, templateAttemptId: number): SeededLibrary {
  const db = new Sqlite(join(dataDir, 'retake.db'));
  const next = random(15);
  try {
    db.pragma('foreign_keys = ON');
    const promptIds = db.prepare<[], number>('SELECT id FROM prompts ORDER BY id').pluck().all();
    const busiestPromptId = promptIds[1]!;
    const others = promptIds.filter((id) => id !== busiestPromptId);
    const template = db.prepare('SELECT * FROM attempts WHERE id = ?').get(templateAttemptId) as Record<string, unknown>;
    const metrics = db.prepare('SELECT * FROM metrics WHERE attempt_id = ?').get(templateAttemptId) as Record<string, unknown>;
    const delivery = db.prepare('SELECT * FROM delivery WHERE attempt_id = ?').get(templateAttemptId) as Record<string, unknown>;
    const insertAttempt = db.prepare(
      `INSERT INTO attempts (prompt_id, mode, status, started_at, ended_at, duration_ms, target_seconds, size_bytes, has_poster)
       VALUES (@prompt_id, @mode, @status, @started_at, @ended_at, @duration_ms, @target_seconds, @size_bytes, @has_poster)`,
    );
    const insertMetrics = db.prepare(
      `INSERT INTO metrics (attempt_id, speaking_ms, pauses_over_1s, pauses_over_2s, longest_pause_ms, time_to_first_word_ms, pauses)
       VALUES (@attempt_id, @speaking_ms, @pauses_over_1s, @pauses_over_2s, @longest_pause_ms, @time_to_first_word_ms, @pauses)`,
    );
    // Without its delivery row an attempt's review would try to measure a recording the clone does not have.
    const insertDelivery = db.prepare(
      `INSERT INTO delivery (attempt_id, level_cdb, pitch_dhz, nuclei_ms, clipped_frames, whole)
       VALUES (@attempt_id, @level_cdb, @pitch_dhz, @nuclei_ms, @clipped_frames, @whole)`,
    );
    const insertNote = db.prepare('INSERT INTO notes (attempt_id, start_ms, category, text, created_at) VALUES (?, ?, ?, ?, ?)');
    const insertSection = db.prepare('INSERT INTO sections (attempt_id, section, start_ms) VALUES (?, ?, ?)');
    const insertRating = db.prepare('INSERT INTO ratings (attempt_id, criterion, score) VALUES (?, ?, ?)');
    const insertReflection = db.prepare('INSERT INTO reflections (attempt_id, text, updated_at) VALUES (?, ?, ?)');
    const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    const durationMs = Number(template.duration_ms);
    const start = Date.UTC(2024, 0, 1);
    let sampleAttemptId = 0;
    const failedIds: number[] = [];
    const seededIds: number[] = [];

    db.transaction(() => {
      for (let i = 0; i < SCALE.attempts; i++) {
        const promptId = i % Math.floor(SCALE.attempts / SCALE.busiestQuestion) === 0 ? busiestPromptId : others[i % others.length]!;
        const startedAt = new Date(start + i * 3_600_000).toISOString();
        const status = i % 97 === 0 ? 'failed' : i % 53 === 0 ? 'recovered' : 'ready';
        const { lastInsertRowid } = insertAttempt.run({ ...template, prompt_id: promptId, status, started_at: startedAt, ended_at: startedAt });
        const id = Number(lastInsertRowid);
        seededIds.push(id);
        if (status === 'failed') failedIds.push(id);
        if (i === Math.floor(SCALE.attempts / 2)) sampleAttemptId = id;
        insertMetrics.run({ ...metrics, attempt_id: id });
        insertDelivery.run({ ...delivery, attempt_id: id });
        insertSection.run(id, 'situation', 0);
        insertSection.run(id, 'action', Math.floor(durationMs / 2));
        insertRating.run(id, 'structure', 1 + (i % 5));
        insertRating.run(id, 'clarity', 1 + ((i * 3) % 5));
        for (let n = 0; n < SCALE.notesPerAttempt; n++) {
          insertNote.run(id, Math.floor(next() * durationMs), CATEGORIES[n % 4], sentence(6 + Math.floor(next() * 10)), startedAt);
        }
        if (i % 5 === 0) insertReflection.run(id, sentence(30), startedAt);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    linkMedia(dataDir, templateAttemptId, seededIds, new Set(failedIds));
    return { busiestPromptId, sampleAttemptId };
  } finally {
    db.close();
  }
}
