import { z } from 'zod';
import { Id } from './ids';

/**
 * An export is addressed by its file name inside the data folder's exports/, and only a
 * name of this shape: plain, lower-case, one known extension. No path ever crosses.
 */
export const EXPORT_NAME = /^retake-[a-z0-9][a-z0-9-]{0,99}\.(zip|vtt|md|csv)$/;
export const ExportId = z.string().regex(EXPORT_NAME, 'not an export of this app');
export type ExportId = z.infer<typeof ExportId>;

/** A file Retake wrote under exports/, ready for the host to hand to the person (a save dialog, or a download). */
export const ExportFile = z.object({
  id: ExportId,
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int(),
});
export type ExportFile = z.infer<typeof ExportFile>;

export const AttemptExportFormat = z.enum(['webvtt', 'markdown']);
export type AttemptExportFormat = z.infer<typeof AttemptExportFormat>;
export const ExportAttemptInput = z.object({ attemptId: Id, format: AttemptExportFormat }).strict();

export const LIMITS_PACK = { notes: 2000 } as const;

export const CreateReviewPackInput = z
  .object({
    /** One attempt (a review) or two (a compare: the earlier first). */
    attemptIds: z.array(Id).min(1).max(2),
    /** The notes the person chose to share; each must be on one of the attempts. */
    noteIds: z.array(Id).max(LIMITS_PACK.notes),
  })
  .strict()
  .refine((p) => new Set(p.attemptIds).size === p.attemptIds.length, { message: 'an attempt is named twice', path: ['attemptIds'] });

/** What became of a save: the person may cancel a save dialog. */
export const SaveOutcome = z.object({ saved: z.boolean() });
export type SaveOutcome = z.infer<typeof SaveOutcome>;
