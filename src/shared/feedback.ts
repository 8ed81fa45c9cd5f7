import { z } from 'zod';
import { Id } from './ids';
import { NoteCategory } from './review';

/** A mentor's feedback file: what the review pack's page saves and "Import feedback" reads. */
export const LIMITS_FEEDBACK = {
  /** Far above what a person types in one sitting; a bigger file is not one of ours. */
  fileBytes: 1024 * 1024,
  comments: 500,
  text: 2000,
  mentorName: 80,
} as const;

export const FEEDBACK_FORMAT = 'retake-feedback';
export const PACK_FORMAT = 'retake-review-pack';

const Ms = z.number().int().min(0).max(24 * 3600 * 1000);
/** Made by the pack's page; unique within its pack, so a second import of the same comment is known. */
const CommentId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be letters, digits, - or _');
export const PackId = z.string().regex(/^[a-f0-9]{32}$/, 'must be the pack id the page was made with');

export const FeedbackComment = z
  .object({
    id: CommentId,
    attemptId: Id,
    startMs: Ms,
    endMs: Ms.nullable(),
    category: NoteCategory,
    text: z.string().trim().min(1, 'must not be empty').max(LIMITS_FEEDBACK.text),
  })
  .strict()
  .refine((c) => c.endMs === null || c.endMs > c.startMs, { message: 'a range must end after it starts', path: ['endMs'] });
export type FeedbackComment = z.infer<typeof FeedbackComment>;

export const PackAttemptRef = z.object({ attemptId: Id, startedAt: z.string().max(40) }).strict();

export const FeedbackFile = z
  .object({
    format: z.literal(FEEDBACK_FORMAT),
    version: z.literal(1),
    packId: PackId,
    mentor: z.string().trim().min(1, 'must not be empty').max(LIMITS_FEEDBACK.mentorName),
    savedAt: z.string().max(40),
    attempts: z.array(PackAttemptRef).min(1).max(2),
    comments: z.array(FeedbackComment).max(LIMITS_FEEDBACK.comments),
  })
  .strict();
export type FeedbackFile = z.infer<typeof FeedbackFile>;

export const ImportFeedbackInput = z
  .object({
    attemptId: Id,
    /** The file's text, read by the renderer from a file the person picked. */
    text: z.string().max(LIMITS_FEEDBACK.fileBytes, `the feedback file is larger than ${LIMITS_FEEDBACK.fileBytes / 1024} KB`),
  })
  .strict();

export const FeedbackImport = z.object({
  mentor: z.string(),
  added: z.number().int(),
  /** Comments already imported from this file before: importing twice adds nothing. */
  alreadyImported: z.number().int(),
  /** Comments in the file about the pack's other attempt (import them from that attempt's review). */
  forOtherAttempt: z.number().int(),
});
export type FeedbackImport = z.infer<typeof FeedbackImport>;
