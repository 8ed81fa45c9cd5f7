import { z } from 'zod';
import { Attempt } from './attempts';
import { BodyLanguage } from './body-language';

/** Pushed from main to every renderer: Electron over IPC, the web host over Server-Sent Events. */
export const RetakeEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('attempt-updated'), attempt: Attempt }),
  /** The attempt, its review and its media are gone; views showing it drop it. */
  z.object({ type: z.literal('attempt-deleted'), attemptId: z.number().int() }),
  /** Finalising progress, 0..1. */
  z.object({ type: z.literal('finalize-progress'), attemptId: z.number().int(), progress: z.number() }),
  /** The body-language analysis changed state (queued, done, failed…); carries the whole of it. */
  z.object({ type: z.literal('body-language-updated'), bodyLanguage: BodyLanguage }),
  /** Body-language analysis progress, 0..1. */
  z.object({ type: z.literal('body-language-progress'), attemptId: z.number().int(), progress: z.number() }),
  /** Raised by the web client itself, never by main: the host stopped or refused this page's token. */
  z.object({ type: z.literal('session-expired') }),
  /** A backup being written or a backup being checked before a restore, 0..1. */
  z.object({ type: z.literal('backup-progress'), operation: z.enum(['backup', 'restore']), fraction: z.number() }),
  /** A restore replaced the whole library: every view reloads. */
  z.object({ type: z.literal('library-replaced') }),
]);
export type RetakeEvent = z.infer<typeof RetakeEvent>;

export { EVENT_CHANNEL } from './channels';
