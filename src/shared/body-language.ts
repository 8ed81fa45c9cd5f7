import { z } from 'zod';
import { Id } from './ids';

/**
 * One analysed video frame: where the face was and what it did at `ms`. Positions and sizes
 * are relative to the frame, so they mean the same at any camera resolution.
 */
export const BodyFace = z.object({
  /** Centre of the face box from the frame's centre: -1 at the left/top edge, 1 at the right/bottom. */
  x: z.number().min(-1).max(1),
  y: z.number().min(-1).max(1),
  /** Face box height as a share of the frame's height. */
  size: z.number().min(0).max(2),
  /** Mean brightness inside the face box, 0 (black) to 1 (white). */
  light: z.number().min(0).max(1),
  /** Head turn estimated from the landmarks, in degrees: yaw + to the frame's right, pitch + down. */
  yaw: z.number().min(-90).max(90),
  pitch: z.number().min(-90).max(90),
  /** The expression model's probability of a smile ("happy"), 0..1. */
  smile: z.number().min(0).max(1),
  /** How far the landmarks moved since the previous frame, in face heights per second; null without one. */
  motion: z.number().min(0).nullable(),
});
export type BodyFace = z.infer<typeof BodyFace>;

export const BodySample = z.object({
  ms: z.number().int().min(0),
  /** Null when no face was found in the frame. */
  face: BodyFace.nullable(),
});
export type BodySample = z.infer<typeof BodySample>;

/**
 * `queued`/`running`: the background analysis has yet to finish (it resumes after a restart);
 * `no-video`: an audio-only attempt, nothing to measure; `cancelled`: the user stopped it.
 */
export const BodyLanguageStatus = z.enum(['queued', 'running', 'done', 'failed', 'cancelled', 'no-video']);
export type BodyLanguageStatus = z.infer<typeof BodyLanguageStatus>;

export const BodyLanguage = z.object({
  attemptId: Id,
  status: BodyLanguageStatus,
  /** 0..1 while running. */
  progress: z.number().min(0).max(1),
  /** Why it failed, in words a user can read; null unless failed. */
  error: z.string().nullable(),
  /** Time between samples; null until done. */
  sampleMs: z.number().int().positive().nullable(),
  /** Every analysed frame in time order; empty until done. The figures are worked out from these. */
  samples: z.array(BodySample),
});
export type BodyLanguage = z.infer<typeof BodyLanguage>;

/**
 * One answer's body language in a few numbers, for compare's table, the progress charts and a
 * mock interview's review; worked out in main from the stored samples of a finished analysis.
 */
export const BodySummary = z.object({
  /** Share of the answer with a face found, 0..1. */
  faceShare: z.number().min(0).max(1),
  /** Of the frames with a face: share centred, well sized and lit (null without a face). */
  framedShare: z.number().min(0).max(1).nullable(),
  /** …share with the head towards the camera, an estimate. */
  lookingShare: z.number().min(0).max(1).nullable(),
  smileShare: z.number().min(0).max(1).nullable(),
  /** Median head movement in face heights per second. */
  movement: z.number().min(0).nullable(),
});
export type BodySummary = z.infer<typeof BodySummary>;
