import type { Database } from 'better-sqlite3';
import { Pause, type SpeechMetrics } from '../../../shared/review';

interface MetricsRow {
  attempt_id: number;
  speaking_ms: number;
  pauses_over_1s: number;
  pauses_over_2s: number;
  longest_pause_ms: number;
  time_to_first_word_ms: number | null;
  pauses: string;
}

const PauseList = Pause.array();

const toMetrics = (row: MetricsRow): SpeechMetrics => ({
  speakingMs: row.speaking_ms,
  pausesOver1s: row.pauses_over_1s,
  pausesOver2s: row.pauses_over_2s,
  longestPauseMs: row.longest_pause_ms,
  timeToFirstWordMs: row.time_to_first_word_ms,
  pauses: PauseList.parse(JSON.parse(row.pauses)),
});

/** Each attempt's measured speech figures; an attempt finalised before they existed has no row. */
export function createMetricsStore(db: Database) {
  const byAttempt = db.prepare<[number], MetricsRow>('SELECT * FROM metrics WHERE attempt_id = ?');
  const byPrompt = db.prepare<[number], MetricsRow>(
    'SELECT m.* FROM attempts a JOIN metrics m ON m.attempt_id = a.id WHERE a.prompt_id = ?',
  );
  // INSERT … SELECT: an attempt deleted while its audio was being analysed gets no row (and no FK error).
  const upsert = db.prepare(
    `INSERT INTO metrics (attempt_id, speaking_ms, pauses_over_1s, pauses_over_2s, longest_pause_ms, time_to_first_word_ms, pauses)
     SELECT @attemptId, @speakingMs, @pausesOver1s, @pausesOver2s, @longestPauseMs, @timeToFirstWordMs, @pauses
     WHERE EXISTS (SELECT 1 FROM attempts WHERE id = @attemptId)
     ON CONFLICT (attempt_id) DO UPDATE SET
       speaking_ms = excluded.speaking_ms, pauses_over_1s = excluded.pauses_over_1s, pauses_over_2s = excluded.pauses_over_2s,
       longest_pause_ms = excluded.longest_pause_ms, time_to_first_word_ms = excluded.time_to_first_word_ms,
       pauses = excluded.pauses`,
  );

  return {
    get(attemptId: number): SpeechMetrics | null {
      const row = byAttempt.get(attemptId);
      return row ? toMetrics(row) : null;
    },

    /** The figures of every attempt of one question, by attempt id, in one read. */
    ofPrompt(promptId: number): Map<number, SpeechMetrics> {
      return new Map(byPrompt.all(promptId).map((row) => [row.attempt_id, toMetrics(row)]));
    },

    /** Stores (or replaces, when an attempt is finalised again) the figures. */
    save(attemptId: number, metrics: SpeechMetrics): void {
      upsert.run({ attemptId, ...metrics, pauses: JSON.stringify(metrics.pauses) });
    },
  };
}

export type MetricsStore = ReturnType<typeof createMetricsStore>;
