import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { AppendChunkInput, AppendChunkResult, Attempt, StartAttemptInput } from '../../../shared/attempts';
import { RetakeError } from '../../../shared/errors';
import type { AttemptStore } from '../attempts/store';
import type { EventHub } from '../events';
import type { Logger } from '../log/logger';
import { attemptFiles } from '../media/attempt-files';
import { continuesEbmlMagic } from '../media/recording-input';
import { isNoRoom } from '../no-room';
import type { FinalOutcome, Finaliser } from './finaliser';
import { PartFile } from './part-file';

/** A recording in progress in this process. */
interface Session {
  file: PartFile;
  nextSeq: number;
  clientId: string;
}

/**
 * The chunk sink. An attempt exists on disk (row and empty .part file) before its first
 * byte; chunks are appended strictly in sequence; stopping hands the file to the
 * finaliser. Whatever reached disk is never thrown away: a client that goes, or an app
 * that dies, leaves a file that is finalised as "recovered".
 */
export function createRecorder(deps: { db: Database; store: AttemptStore; mediaDir: string; events: EventHub; finaliser: Finaliser; log: Logger }) {
  const { db, store, mediaDir, events, finaliser, log } = deps;
  const sessions = new Map<number, Session>();

  const announce = (attemptId: number): Attempt => {
    const attempt = store.get(attemptId);
    events.emit({ type: 'attempt-updated', attempt });
    return attempt;
  };

  /** Ends the session of a recording attempt and queues its finalising. */
  function finish(attemptId: number, session: Session, outcome: FinalOutcome): Promise<void> {
    sessions.delete(attemptId);
    session.file.close();
    store.markFinalizing(attemptId, new Date().toISOString());
    announce(attemptId);
    return finaliser.finalise(attemptId, outcome);
  }

  /** Like a stop; should even the database be unable to take that, the row stays recording and is recovered at the next start. */
  function endForLackOfRoom(attemptId: number, session: Session): void {
    try {
      finish(attemptId, session, 'ready').catch((err: unknown) => log.error('recorder', `saving attempt ${attemptId} after a full disk failed`, err));
    } catch (err) {
      log.error('recorder', `attempt ${attemptId} could not be marked stopped on a full disk`, err);
    }
  }

  function sessionFor(attemptId: number): Session {
    const session = sessions.get(attemptId);
    if (session) return session;
    const { status } = store.get(attemptId); // not-found for an unknown id
    throw new RetakeError('conflict', `Attempt ${attemptId} is ${status}, not recording.`);
  }

  const exists = (table: 'prompts' | 'stories', id: number) =>
    db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

  return {
    start(input: StartAttemptInput, clientId: string): Attempt {
      if (!exists('prompts', input.promptId)) throw new RetakeError('not-found', `No prompt with id ${input.promptId}.`);
      if (input.storyId != null && !exists('stories', input.storyId)) {
        throw new RetakeError('not-found', `No story with id ${input.storyId}.`);
      }
      // One transaction: if the file cannot be created, no row claims a recording.
      const [attemptId, file] = db.transaction((): [number, PartFile] => {
        const id = store.insertRecording({
          promptId: input.promptId,
          storyId: input.storyId ?? null,
          mode: input.mode,
          targetSeconds: input.targetSeconds,
          clientId,
        });
        const files = attemptFiles(mediaDir, id);
        rmSync(files.dir, { recursive: true, force: true }); // Leftovers of a database that was reset.
        mkdirSync(files.dir, { recursive: true });
        return [id, PartFile.create(files.part)];
      })();
      sessions.set(attemptId, { file, nextSeq: 0, clientId });
      return announce(attemptId);
    },

    append(input: AppendChunkInput): AppendChunkResult {
      const session = sessionFor(input.attemptId);
      if (input.seq !== session.nextSeq) {
        const problem = input.seq < session.nextSeq ? 'was already received' : 'arrived early: chunks must arrive in order';
        throw new RetakeError('conflict', `Chunk ${input.seq} of attempt ${input.attemptId} ${problem}; expected chunk ${session.nextSeq}.`);
      }
      // Chromium can hand over the header's first byte as a chunk of its own, so check the file's first four bytes, not chunk 0's.
      if (!continuesEbmlMagic(session.file.size, input.data)) {
        throw new RetakeError('invalid-input', `Attempt ${input.attemptId} is not a WebM recording: it does not begin with the EBML header. Chunk ${input.seq} was not saved.`);
      }
      try {
        session.file.append(input.data);
      } catch (err) {
        if (!isNoRoom(err)) throw new RetakeError('failed', `Could not save chunk ${input.seq} to disk: ${(err as Error).message}`);
        // Nothing later can be written either: end the recording at the last whole chunk and save that.
        const kept = session.file.size;
        endForLackOfRoom(input.attemptId, session);
        throw new RetakeError(
          'failed',
          `The disk is full, so the recording stopped after about ${input.seq} s; the ${megabytes(kept)} that reached the disk are kept and being saved.`,
        );
      }
      session.nextSeq += 1;
      return { bytes: session.file.size };
    },

    /** Returns at once, with the attempt finalizing; the result arrives as an event. */
    stop(attemptId: number): Attempt {
      void finish(attemptId, sessionFor(attemptId), 'ready');
      return store.get(attemptId);
    },

    /** "Try again" on a failed attempt: finalise it anew from the original file, kept for this. */
    retryFinalise(attemptId: number): Attempt {
      const attempt = store.get(attemptId); // not-found for an unknown id
      if (attempt.status !== 'failed') {
        throw new RetakeError('conflict', `Attempt ${attemptId} is ${attempt.status}; only an attempt that failed to save can be tried again.`);
      }
      if (!existsSync(attemptFiles(mediaDir, attemptId).part)) {
        throw new RetakeError('not-found', 'The original recording is no longer in the media folder, so there is nothing to try again with.');
      }
      store.markFinalizing(attemptId, new Date().toISOString());
      void finaliser.finalise(attemptId, attempt.recoveryCause ?? 'ready');
      return announce(attemptId);
    },

    /** Finalises, as recovered, everything this client was recording; resolves when done. */
    async clientGone(clientId: string): Promise<void> {
      const gone = [...sessions].filter(([, s]) => s.clientId === clientId);
      await Promise.all(gone.map(([id, session]) => finish(id, session, 'window-closed')));
    },

    /** At startup: finalise, as recovered, whatever a previous run left unfinished. */
    recoverInterrupted(): void {
      for (const id of store.idsWithStatus(['recording', 'finalizing'])) {
        store.markFinalizing(id, lastWrite(attemptFiles(mediaDir, id).part));
        void finaliser.finalise(id, 'app-stopped');
      }
    },

    /** Shutdown: flush and close open files. Their attempts stay "recording" and are recovered next start. */
    closeAll(): void {
      for (const session of sessions.values()) session.file.close();
      sessions.clear();
    },
  };
}

export type Recorder = ReturnType<typeof createRecorder>;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** When the last byte reached disk: the best end time for an interrupted recording. */
function lastWrite(file: string): string {
  try {
    return statSync(file).mtime.toISOString();
  } catch {
    return new Date().toISOString();
  }
}
