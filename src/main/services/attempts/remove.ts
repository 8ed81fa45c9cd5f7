import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { RetakeError } from '../../../shared/errors';
import type { SpeechFigures } from '../analysis/speech-figures';
import type { EventHub } from '../events';
import type { Logger } from '../log/logger';
import { removeQuietly } from '../remove-quietly';
import { attemptFiles } from '../media/attempt-files';
import type { AttemptStore } from './store';

/**
 * Deleting an attempt: the rows first, in one transaction, then the media folder. A folder
 * that outlives its row (the app died in between, a file was locked) is harmless: attempt
 * ids are never reused (AUTOINCREMENT) and media is only ever served through a row. It is
 * swept at the next start.
 */
export function createAttemptRemover(deps: {
  db: Database;
  store: AttemptStore;
  speech: SpeechFigures;
  mediaDir: string;
  events: EventHub;
  log: Logger;
}) {
  const { db, store, speech, mediaDir, events, log } = deps;

  const deleteRows = db.transaction((attemptId: number) => {
    const { status } = store.get(attemptId); // not-found for an unknown id
    if (status === 'recording' || status === 'finalizing') {
      throw new RetakeError('conflict', `Attempt ${attemptId} is ${status}; it can be deleted once it is finalised.`);
    }
    store.delete(attemptId);
  });

  return {
    async delete(attemptId: number): Promise<void> {
      store.get(attemptId); // not-found at once, without waiting
      // A review opening may be measuring the recording; let it finish rather than pull the file from under ffmpeg.
      await speech.idle(attemptId);
      deleteRows(attemptId);
      removeQuietly(attemptFiles(mediaDir, attemptId).dir, log);
      events.emit({ type: 'attempt-deleted', attemptId });
    },
  };
}

export type AttemptRemover = ReturnType<typeof createAttemptRemover>;

/**
 * At startup: removes media folders whose attempt was deleted. Only ids the database has
 * issued count, so the folders of a data folder whose database was replaced are left alone.
 */
export function sweepDeletedMedia(db: Database, mediaDir: string, log: Logger): void {
  const issued = db.prepare<[], number>(`SELECT seq FROM sqlite_sequence WHERE name = 'attempts'`).pluck().get() ?? 0;
  const exists = db.prepare<[number], number>('SELECT 1 FROM attempts WHERE id = ?').pluck();
  for (const name of readdirSync(mediaDir)) {
    const id = /^[1-9]\d{0,15}$/.test(name) ? Number(name) : null;
    if (id !== null && id <= issued && exists.get(id) === undefined) removeQuietly(join(mediaDir, name), log);
  }
}
