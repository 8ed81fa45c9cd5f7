import type { Database } from 'better-sqlite3';
import { BodySample, type BodyLanguageStatus, type BodySummary } from '../../../shared/body-language';
import { bodySummary } from '../../../shared/body-language-figures';

interface Row {
  attempt_id: number;
  status: BodyLanguageStatus;
  error: string | null;
  sample_ms: number | null;
  samples: string | null;
}

export interface StoredBodyLanguage {
  status: BodyLanguageStatus;
  error: string | null;
  sampleMs: number | null;
  samples: BodySample[];
}

const Samples = BodySample.array();

/** Each attempt's body-language analysis: its state, and its samples once done. */
export function createBodyLanguageStore(db: Database) {
  const byAttempt = db.prepare<[number], Row>('SELECT * FROM body_language WHERE attempt_id = ?');
  const doneOfPrompt = db.prepare<[number], { attempt_id: number; sample_ms: number; samples: string }>(
    `SELECT b.attempt_id, b.sample_ms, b.samples FROM body_language b JOIN attempts a ON a.id = b.attempt_id
     WHERE a.prompt_id = ? AND b.status = 'done'`,
  );
  const unfinished = db.prepare<[], number>(`SELECT attempt_id FROM body_language WHERE status IN ('queued', 'running') ORDER BY attempt_id`).pluck();
  // INSERT … SELECT: an attempt deleted meanwhile gets no row (and no foreign-key error).
  const upsert = db.prepare(
    `INSERT INTO body_language (attempt_id, status, error, sample_ms, samples, updated_at)
     SELECT @attemptId, @status, @error, @sampleMs, @samples, @now
     WHERE EXISTS (SELECT 1 FROM attempts WHERE id = @attemptId)
     ON CONFLICT (attempt_id) DO UPDATE SET
       status = excluded.status, error = excluded.error, sample_ms = excluded.sample_ms,
       samples = excluded.samples, updated_at = excluded.updated_at`,
  );
  const put = (attemptId: number, status: BodyLanguageStatus, fields: { error?: string; sampleMs?: number; samples?: BodySample[] } = {}) =>
    upsert.run({
      attemptId,
      status,
      error: fields.error ?? null,
      sampleMs: fields.sampleMs ?? null,
      samples: fields.samples ? JSON.stringify(fields.samples) : null,
      now: new Date().toISOString(),
    });

  return {
    /** Null when no analysis was ever queued for the attempt. */
    get(attemptId: number): StoredBodyLanguage | null {
      const row = byAttempt.get(attemptId);
      if (!row) return null;
      // Read back through the schema: a damaged row fails loudly here, not in a chart.
      return { status: row.status, error: row.error, sampleMs: row.sample_ms, samples: row.samples ? Samples.parse(JSON.parse(row.samples)) : [] };
    },
    /** A finished analysis in a few numbers; null until done. */
    summary(attemptId: number): BodySummary | null {
      const row = byAttempt.get(attemptId);
      return row?.status === 'done' && row.sample_ms && row.samples ? bodySummary(Samples.parse(JSON.parse(row.samples)), row.sample_ms) : null;
    },
    /** The summaries of every attempt of one question with a finished analysis, by attempt id, in one read. */
    summariesOfPrompt(promptId: number): Map<number, BodySummary> {
      return new Map(doneOfPrompt.all(promptId).map((row) => [row.attempt_id, bodySummary(Samples.parse(JSON.parse(row.samples)), row.sample_ms)]));
    },
    /** Attempts whose analysis was queued or running when the app last stopped. */
    unfinished: (): number[] => unfinished.all(),
    setStatus(attemptId: number, status: Exclude<BodyLanguageStatus, 'done' | 'failed'>): void {
      put(attemptId, status);
    },
    fail(attemptId: number, error: string): void {
      put(attemptId, 'failed', { error });
    },
    finish(attemptId: number, sampleMs: number, samples: BodySample[]): void {
      put(attemptId, 'done', { sampleMs, samples });
    },
  };
}

export type BodyLanguageStore = ReturnType<typeof createBodyLanguageStore>;
