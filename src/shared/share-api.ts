import type { ContractTable } from './contract';
import { CreateReviewPackInput, ExportAttemptInput, ExportFile } from './exports';
import { FeedbackImport, ImportFeedbackInput } from './feedback';

/** Sharing an attempt: a review pack for a mentor, their feedback back in, and exports of one attempt. */
export const shareApi = {
  /** Writes the pack folder and its .zip under exports/; the host then saves the zip where the person chooses. */
  createReviewPack: { input: CreateReviewPackInput, output: ExportFile },
  /** Notes as WebVTT, or a Markdown summary, written under exports/. */
  exportAttempt: { input: ExportAttemptInput, output: ExportFile },
  /** A mentor's feedback file becomes notes marked as theirs; refused whole, changing nothing, when it does not fit. */
  importFeedback: { input: ImportFeedbackInput, output: FeedbackImport },
} satisfies ContractTable;
