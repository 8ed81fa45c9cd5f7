import { z } from 'zod';
import { Id } from './ids';
import { LIMITS } from './limits';

export const AttemptStatus = z.enum(['recording', 'finalizing', 'ready', 'recovered', 'failed']);
export type AttemptStatus = z.infer<typeof AttemptStatus>;

/** Why a recording was recovered: its window or tab closed while Retake ran on, or Retake itself stopped. */
export const RecoveryCause = z.enum(['window-closed', 'app-stopped']);
export type RecoveryCause = z.infer<typeof RecoveryCause>;

/** A finished attempt's recording was deleted or changed by hand outside Retake. */
export const MediaProblem = z.enum(['missing', 'damaged']);
export type MediaProblem = z.infer<typeof MediaProblem>;

export const RecordingMode = z.enum(['video', 'audio']);
export type RecordingMode = z.infer<typeof RecordingMode>;

export const Attempt = z.object({
  id: Id,
  promptId: Id,
  promptText: z.string(),
  storyId: Id.nullable(),
  mode: RecordingMode,
  status: AttemptStatus,
  /** Why finalising failed, in words a user can act on; null unless failed. */
  failureReason: z.string().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  /** Probed from the finalised file, never trusted from the renderer. */
  durationMs: z.number().int().nullable(),
  targetSeconds: z.number().int(),
  sizeBytes: z.number().int().nullable(),
  hasPoster: z.boolean(),
  /** True until the user has seen the notice that this attempt was recovered. */
  recoveryUnseen: z.boolean(),
  /** Set when status is recovered (null for recoveries older than this field). */
  recoveryCause: RecoveryCause.nullable(),
  /** Its place among its question's attempts, oldest first: "Attempt 3". */
  number: z.number().int().positive(),
  /** Pauses over 2 s, once measured: a figure that tells attempts of one question apart. */
  longPauses: z.number().int().nullable(),
  /** Checked on every read: its notes and ratings stay, and the library offers to remove it. */
  mediaProblem: MediaProblem.nullable(),
});
export type Attempt = z.infer<typeof Attempt>;

export const MimeType = z
  .string()
  .max(100)
  .regex(/^(video|audio)\/webm(;.*)?$/, 'recordings must be WebM');

export const StartAttemptInput = z
  .object({
    promptId: Id,
    storyId: Id.nullable().optional(),
    mode: RecordingMode,
    mimeType: MimeType,
    targetSeconds: z.number().int().min(10).max(LIMITS.targetSecondsMax),
  })
  .strict();
export type StartAttemptInput = z.infer<typeof StartAttemptInput>;

/** Bytes sent in one call (a recording's chunk, a piece of a backup being copied in): some, and not too many. */
export const ChunkData = z
  .instanceof(Uint8Array)
  .refine((d) => d.byteLength > 0, 'chunk is empty')
  .refine((d) => d.byteLength <= LIMITS.chunkBytes, `chunk is larger than ${LIMITS.chunkBytes} bytes`);

export const AppendChunkInput = z
  .object({
    attemptId: Id,
    /** Starts at 0 and rises by one; a gap or repeat is refused so the file is never garbled. */
    seq: z.number().int().min(0).max(10_000_000),
    data: ChunkData,
  })
  .strict();
export type AppendChunkInput = z.infer<typeof AppendChunkInput>;

export const AppendChunkResult = z.object({ bytes: z.number().int() });
export type AppendChunkResult = z.infer<typeof AppendChunkResult>;

export const AttemptIdInput = z.object({ attemptId: Id }).strict();
export type AttemptIdInput = z.infer<typeof AttemptIdInput>;

/** Where a page of attempts continues: the last attempt of the page before (newest first). */
export const AttemptCursor = z.object({ startedAt: z.string().max(40), id: Id }).strict();
export type AttemptCursor = z.infer<typeof AttemptCursor>;

export const ListAttemptsInput = z
  .object({
    promptId: Id.optional(),
    status: AttemptStatus.optional(),
    after: AttemptCursor.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type ListAttemptsInput = z.infer<typeof ListAttemptsInput>;

export const Peaks = z.object({
  durationMs: z.number().int(),
  /** Buckets per second of `peaks`. */
  rate: z.number().int(),
  /** Max |amplitude| per bucket, 0..1. */
  peaks: z.array(z.number()),
});
export type Peaks = z.infer<typeof Peaks>;
