import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { Attempt, AttemptStatus, ListAttemptsInput, MediaProblem, RecordingMode, RecoveryCause } from '../../../shared/attempts';
import { RetakeError } from '../../../shared/errors';
import { attemptFiles } from '../media/attempt-files';

interface AttemptRow {
  id: number;
  prompt_id: number;
  prompt_text: string;
  story_id: number | null;
  mode: RecordingMode;
  status: AttemptStatus;
  failure_reason: string | null;
  started_at: string;
  ended_at: string | null;
  duration_ms: number | null;
  target_seconds: number;
  size_bytes: number | null;
  has_poster: number;
  recovery_unseen: number;
  recovery_cause: RecoveryCause | null;
  number: number;
  long_pauses: number | null;
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/**
 * Whether the files the row promises are there: a finished recording with its waveform, or
 * the original of a failed one (which "Try again" needs). Two stats per attempt, so a
 * hand-deleted file is noticed wherever the attempt is shown.
 */
function mediaProblemOf(row: AttemptRow, mediaDir: string): MediaProblem | null {
  const files = attemptFiles(mediaDir, row.id);
  if (row.status === 'ready' || row.status === 'recovered') {
    const size = sizeOf(files.answer);
    if (size === null) return 'missing';
    return (row.size_bytes !== null && size !== row.size_bytes) || sizeOf(files.peaks) === null ? 'damaged' : null;
  }
  return row.status === 'failed' && sizeOf(files.part) === null ? 'missing' : null;
}

const toAttempt = (row: AttemptRow, mediaDir: string): Attempt => ({
  id: row.id,
  promptId: row.prompt_id,
  promptText: row.prompt_text,
  storyId: row.story_id,
  mode: row.mode,
  status: row.status,
  failureReason: row.failure_reason,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  durationMs: row.duration_ms,
  targetSeconds: row.target_seconds,
  sizeBytes: row.size_bytes,
  hasPoster: row.has_poster === 1,
  recoveryUnseen: row.recovery_unseen === 1,
  recoveryCause: row.recovery_cause,
  number: row.number,
  longPauses: row.long_pauses,
  mediaProblem: mediaProblemOf(row, mediaDir),
});

interface ListBindings {
  promptId: number | null;
  status: AttemptStatus | null;
  afterStartedAt: string | null;
  afterId: number | null;
  limit: number;
}

export interface NewAttempt {
  promptId: number;
  storyId: number | null;
  mode: RecordingMode;
  targetSeconds: number;
  clientId: string;
}

export interface FinalisedFacts {
  durationMs: number;
  sizeBytes: number;
  hasPoster: boolean;
}

/** The attempts table: every read and every status change an attempt goes through. */
export function createAttemptStore(db: Database, mediaDir: string) {
  // `number`: its place among its question's attempts, counted on attempts_by_prompt for the rows of one page only
  // (a row value, so the count walks one range of the index rather than all of the question's entries).
  const FROM = `FROM attempts a JOIN prompts p ON p.id = a.prompt_id LEFT JOIN metrics m ON m.attempt_id = a.id`;
  const COLUMNS = `SELECT a.*, p.text AS prompt_text, m.pauses_over_2s AS long_pauses,
      (SELECT count(*) FROM attempts b WHERE b.prompt_id = a.prompt_id AND (b.started_at, b.id) <= (a.started_at, a.id)) AS number
    ${FROM}`;
  // Every attempt of one question (progress, compare): numbered by position, not by a count per row,
  // which made this read quadratic in the question's attempts (8 ms at 200 of them).
  const wholeQuestion = db.prepare<{ promptId: number }, Omit<AttemptRow, 'number'>>(
    `SELECT a.*, p.text AS prompt_text, m.pauses_over_2s AS long_pauses ${FROM}
     WHERE a.prompt_id = @promptId ORDER BY a.started_at DESC, a.id DESC`,
  );
  const byId = db.prepare<[number], AttemptRow>(`${COLUMNS} WHERE a.id = ?`);
  // Newest first, optionally one question's or one status's, from a cursor: the (started_at, id)
  // of the last attempt already shown. A cursor, not an offset, so attempts added or deleted
  // between pages neither shift one onto the next page twice nor past it unseen. One statement
  // per shape, so each has an index to walk in order (attempts_by_start, _by_prompt,
  // _by_status_start) and stops at the LIMIT instead of sorting every attempt.
  const page = (where: string) =>
    db.prepare<ListBindings, AttemptRow>(
      `${COLUMNS} WHERE ${where} AND (@afterStartedAt IS NULL OR a.started_at < @afterStartedAt
                                      OR (a.started_at = @afterStartedAt AND a.id < @afterId))
       ORDER BY a.started_at DESC, a.id DESC LIMIT @limit`,
    );
  const pages = {
    all: page('1'),
    prompt: page('a.prompt_id = @promptId'),
    status: page('a.status = @status'),
    promptAndStatus: page('a.prompt_id = @promptId AND a.status = @status'),
  };

  function find(id: number): Attempt | null {
    const row = byId.get(id);
    return row ? toAttempt(row, mediaDir) : null;
  }

  function get(id: number): Attempt {
    const attempt = find(id);
    if (!attempt) throw new RetakeError('not-found', `No attempt with id ${id}.`);
    return attempt;
  }

  return {
    find,
    get,

    /** Newest first; `after` continues from the last attempt of the previous page. */
    list(input: ListAttemptsInput): Attempt[] {
      if (input.promptId !== undefined && input.status === undefined && input.after === undefined && input.limit === undefined) {
        const rows = wholeQuestion.all({ promptId: input.promptId });
        return rows.map((row, i) => toAttempt({ ...row, number: rows.length - i }, mediaDir));
      }
      const statement =
        input.promptId === undefined
          ? input.status === undefined
            ? pages.all
            : pages.status
          : input.status === undefined
            ? pages.prompt
            : pages.promptAndStatus;
      return statement
        .all({
          promptId: input.promptId ?? null,
          status: input.status ?? null,
          afterStartedAt: input.after?.startedAt ?? null,
          afterId: input.after?.id ?? null,
          limit: input.limit ?? -1,
        })
        .map((row) => toAttempt(row, mediaDir));
    },

    /** Ids of attempts in any of the given states, oldest first. */
    idsWithStatus(statuses: readonly AttemptStatus[]): number[] {
      return db
        .prepare<[string], number>('SELECT id FROM attempts WHERE status IN (SELECT value FROM json_each(?)) ORDER BY id')
        .pluck()
        .all(JSON.stringify(statuses));
    },

    insertRecording(a: NewAttempt): number {
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO attempts (prompt_id, story_id, mode, status, started_at, target_seconds, client_id)
           VALUES (?, ?, ?, 'recording', ?, ?, ?)`,
        )
        .run(a.promptId, a.storyId, a.mode, new Date().toISOString(), a.targetSeconds, a.clientId);
      return Number(lastInsertRowid);
    },

    /** Recording is over; keeps an end time already set by an earlier stop. */
    markFinalizing(id: number, endedAt: string): void {
      db.prepare(`UPDATE attempts SET status = 'finalizing', ended_at = coalesce(ended_at, ?) WHERE id = ?`).run(endedAt, id);
    },

    /** `outcome`: ready for a normal stop, else why the recording was recovered. */
    markFinalised(id: number, outcome: 'ready' | RecoveryCause, facts: FinalisedFacts): void {
      const recovered = outcome !== 'ready';
      db.prepare(
        `UPDATE attempts SET status = ?, failure_reason = NULL, duration_ms = ?, size_bytes = ?, has_poster = ?,
                             recovery_unseen = ?, recovery_cause = ?
         WHERE id = ?`,
      ).run(recovered ? 'recovered' : 'ready', facts.durationMs, facts.sizeBytes, Number(facts.hasPoster), Number(recovered), recovered ? outcome : null, id);
    },

    /** Keeps why it was being recovered, so "Try again" ends as recovered, not as a normal stop. */
    markFailed(id: number, reason: string, cause: RecoveryCause | null = null): void {
      db.prepare(`UPDATE attempts SET status = 'failed', failure_reason = ?, recovery_cause = ? WHERE id = ?`).run(reason, cause, id);
    },

    acknowledgeRecovery(id: number): void {
      db.prepare('UPDATE attempts SET recovery_unseen = 0 WHERE id = ?').run(id);
    },

    /** Removes the row; its notes, marks, ratings, reflection and figures go with it (ON DELETE CASCADE). */
    delete(id: number): void {
      db.prepare('DELETE FROM attempts WHERE id = ?').run(id);
    },
  };
}

export type AttemptStore = ReturnType<typeof createAttemptStore>;
