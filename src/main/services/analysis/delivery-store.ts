import type { Database } from 'better-sqlite3';
import { DeliveryFigures } from '../../../shared/delivery';
import type { DeliveryTrack } from './delivery-track';

interface DeliveryRow {
  attempt_id: number;
  level_cdb: Buffer;
  pitch_dhz: Buffer;
  nuclei_ms: Buffer;
  clipped_frames: Buffer;
  whole: string;
}

const bytesOf = (array: Int16Array | Uint16Array | Uint32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** A copy on a fresh buffer: SQLite's Buffer may sit at an offset no typed array can start at. */
function arrayOf<T>(bytes: Buffer, make: (buffer: ArrayBuffer) => T): T {
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** Each attempt's delivery track and whole-answer figures; an attempt finalised before delivery was measured has no row. */
export function createDeliveryStore(db: Database) {
  const byAttempt = db.prepare<[number], DeliveryRow>('SELECT * FROM delivery WHERE attempt_id = ?');
  const exists = db.prepare<[number], number>('SELECT 1 FROM delivery WHERE attempt_id = ?').pluck();
  const wholeByAttempt = db.prepare<[number], string>('SELECT whole FROM delivery WHERE attempt_id = ?').pluck();
  const wholeByPrompt = db.prepare<[number], Pick<DeliveryRow, 'attempt_id' | 'whole'>>(
    'SELECT d.attempt_id, d.whole FROM attempts a JOIN delivery d ON d.attempt_id = a.id WHERE a.prompt_id = ?',
  );
  // INSERT … SELECT: an attempt deleted while its audio was being analysed gets no row (and no FK error).
  const upsert = db.prepare(
    `INSERT INTO delivery (attempt_id, level_cdb, pitch_dhz, nuclei_ms, clipped_frames, whole)
     SELECT @attemptId, @level, @pitch, @nuclei, @clipped, @whole
     WHERE EXISTS (SELECT 1 FROM attempts WHERE id = @attemptId)
     ON CONFLICT (attempt_id) DO UPDATE SET
       level_cdb = excluded.level_cdb, pitch_dhz = excluded.pitch_dhz,
       nuclei_ms = excluded.nuclei_ms, clipped_frames = excluded.clipped_frames, whole = excluded.whole`,
  );

  return {
    get(attemptId: number): DeliveryTrack | null {
      const row = byAttempt.get(attemptId);
      if (!row) return null;
      const level = arrayOf(row.level_cdb, (b) => new Int16Array(b));
      const pitch = arrayOf(row.pitch_dhz, (b) => new Uint16Array(b));
      return {
        levelDb: Float32Array.from(level, (c) => c / 100),
        pitchHz: Float32Array.from(pitch, (d) => d / 10),
        nucleiMs: arrayOf(row.nuclei_ms, (b) => new Uint32Array(b)),
        clippedFrames: arrayOf(row.clipped_frames, (b) => new Uint32Array(b)),
      };
    },

    /** Whether the attempt's delivery has been measured, without reading its track. */
    has: (attemptId: number): boolean => exists.get(attemptId) !== undefined,

    /** One answer's whole-answer figures (a mock interview's, say); null until measured. */
    whole(attemptId: number): DeliveryFigures | null {
      const json = wholeByAttempt.get(attemptId);
      return json === undefined ? null : DeliveryFigures.parse(JSON.parse(json));
    },

    /** The whole-answer figures of every attempt of one question, by attempt id, in one read. */
    wholeOfPrompt(promptId: number): Map<number, DeliveryFigures> {
      return new Map(wholeByPrompt.all(promptId).map((row) => [row.attempt_id, DeliveryFigures.parse(JSON.parse(row.whole))]));
    },

    /** Stores (or replaces, when an attempt is finalised again) the track and the whole answer's figures. */
    save(attemptId: number, track: DeliveryTrack, whole: DeliveryFigures): void {
      upsert.run({
        whole: JSON.stringify(whole),
        attemptId,
        level: bytesOf(Int16Array.from(track.levelDb, (db) => Math.round(db * 100))),
        pitch: bytesOf(Uint16Array.from(track.pitchHz, (hz) => Math.min(65535, Math.round(hz * 10)))),
        nuclei: bytesOf(track.nucleiMs),
        clipped: bytesOf(track.clippedFrames),
      });
    },
  };
}

export type DeliveryStore = ReturnType<typeof createDeliveryStore>;
