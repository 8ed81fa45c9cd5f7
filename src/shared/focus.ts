import { z } from 'zod';
import { Id } from './ids';

export const LIMITS_FOCUS = {
  text: 300,
  checkInNote: 1000,
  /** Think time shows at most this many, newest first, so the story stays in view. */
  shownWhileThinking: 3,
} as const;

/** A point for one question, or for every question ("always"). */
export const FocusScope = z.enum(['question', 'always']);
export type FocusScope = z.infer<typeof FocusScope>;

export const FOCUS_VERDICTS = ['fixed', 'partly', 'not-yet'] as const;
export const FocusVerdict = z.enum(FOCUS_VERDICTS);
export type FocusVerdict = z.infer<typeof FocusVerdict>;
export const FOCUS_VERDICT_LABELS: Record<FocusVerdict, string> = { fixed: 'Fixed', partly: 'Partly', 'not-yet': 'Not yet' };

export const FocusStatus = z.enum(['open', 'closed']);
export type FocusStatus = z.infer<typeof FocusStatus>;

export const FocusPoint = z.object({
  id: Id,
  /** Null for a point that applies to every question. */
  promptId: Id.nullable(),
  text: z.string(),
  status: FocusStatus,
  /** The attempt and note it was made from; null once they are deleted (the point stays). */
  sourceAttemptId: Id.nullable(),
  sourceNoteId: Id.nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type FocusPoint = z.infer<typeof FocusPoint>;

export const FocusCheckIn = z.object({
  focusPointId: Id,
  attemptId: Id,
  verdict: FocusVerdict,
  /** The moment in this attempt the verdict is about, if the person marked one. */
  atMs: z.number().int().nullable(),
  note: z.string(),
  updatedAt: z.string(),
});
export type FocusCheckIn = z.infer<typeof FocusCheckIn>;

/** One row of a review's check-in: the point and what was said about it on this attempt, if anything yet. */
export const CheckInItem = z.object({ point: FocusPoint, checkIn: FocusCheckIn.nullable() });
export type CheckInItem = z.infer<typeof CheckInItem>;

/** One row of compare's focus list: the point and its verdict on each side. */
export const FocusPairRow = z.object({ point: FocusPoint, before: FocusCheckIn.nullable(), after: FocusCheckIn.nullable() });
export type FocusPairRow = z.infer<typeof FocusPairRow>;

export const FocusEvent = z.object({
  focusPointId: Id,
  kind: z.enum(['opened', 'closed', 'reopened']),
  at: z.string(),
});
export type FocusEvent = z.infer<typeof FocusEvent>;

/** A question's points (its own and the "always" ones) and their openings and closings, oldest first. */
export const FocusHistory = z.object({ points: z.array(FocusPoint), events: z.array(FocusEvent) });
export type FocusHistory = z.infer<typeof FocusHistory>;

const Ms = z.number().int().min(0).max(24 * 3600 * 1000);
const pointText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS_FOCUS.text, `must be at most ${LIMITS_FOCUS.text} characters`);

export const CreateFocusPointInput = z
  .object({
    /** The attempt being reviewed: its question is the point's question. */
    attemptId: Id,
    /** The note it comes from; absent when it comes from the reflection. */
    noteId: Id.optional(),
    text: pointText,
    scope: FocusScope,
  })
  .strict();

export const ListFocusPointsInput = z
  .object({ promptId: Id, status: z.enum(['open', 'closed', 'all']).default('open') })
  .strict();

export const CheckInFocusInput = z
  .object({
    focusPointId: Id,
    attemptId: Id,
    verdict: FocusVerdict,
    atMs: Ms.nullable().optional(),
    note: z.string().max(LIMITS_FOCUS.checkInNote, `must be at most ${LIMITS_FOCUS.checkInNote} characters`).optional(),
  })
  .strict();

export const FocusPairInput = z.object({ beforeAttemptId: Id, afterAttemptId: Id }).strict();
export const FocusHistoryInput = z.object({ promptId: Id }).strict();
