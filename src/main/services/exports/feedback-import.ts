import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { RetakeError } from '../../../shared/errors';
import { FeedbackFile, type FeedbackImport } from '../../../shared/feedback';
import type { ReviewableAttempt } from '../attempts/reviewable';
import { requireTimes, type NoteStore } from '../review/note-store';

const MAX_REASON = 600;

/** "comments.0.startMs: Too small…; mentor: must not be empty", short enough to read in a toast. */
function describe(error: z.ZodError): string {
  const text = error.issues
    .slice(0, 4)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON)}…` : text;
}

/** Reads and checks the whole file before anything is written; any refusal names its reason. */
export function readFeedback(text: string, attempt: ReviewableAttempt): { file: FeedbackFile; mine: FeedbackFile['comments']; others: number } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RetakeError('invalid-input', 'That file is not a Retake feedback file: it is not JSON.');
  }
  const parsed = FeedbackFile.safeParse(json);
  if (!parsed.success) throw new RetakeError('invalid-input', `That file is not a Retake feedback file: ${describe(parsed.error)}.`);
  const file = parsed.data;

  const ref = file.attempts.find((a) => a.attemptId === attempt.id);
  if (!ref || ref.startedAt !== attempt.startedAt) {
    throw new RetakeError('conflict', `This feedback from ${file.mentor} is about another recording, not this one: open that attempt's review to import it.`);
  }
  const known = new Set(file.attempts.map((a) => a.attemptId));
  const stray = file.comments.find((c) => !known.has(c.attemptId));
  if (stray) throw new RetakeError('invalid-input', `That file is damaged: comment ${stray.id} is about an attempt the pack does not hold.`);
  const ids = new Set(file.comments.map((c) => c.id));
  if (ids.size !== file.comments.length) throw new RetakeError('invalid-input', 'That file is damaged: two comments share one id.');

  const mine = file.comments.filter((c) => c.attemptId === attempt.id);
  for (const c of mine) {
    try {
      requireTimes(attempt, c.startMs, c.endMs);
    } catch (err) {
      throw new RetakeError('invalid-input', `That file does not fit this recording: comment ${c.id}: ${(err as Error).message}`);
    }
  }
  return { file, mine, others: file.comments.length - mine.length };
}

/** A mentor's feedback becomes their notes on the attempt, all in one transaction; a comment seen before is skipped. */
export function createFeedbackImporter(db: Database, notes: NoteStore) {
  return db.transaction((attempt: ReviewableAttempt, text: string): FeedbackImport => {
    const { file, mine, others } = readFeedback(text, attempt);
    const added = notes.insertMentor(
      attempt.id,
      file.mentor,
      mine.map((c) => ({ key: `${file.packId}:${c.id}`, startMs: c.startMs, endMs: c.endMs, category: c.category, text: c.text })),
    );
    return { mentor: file.mentor, added, alreadyImported: mine.length - added, forOtherAttempt: others };
  });
}
