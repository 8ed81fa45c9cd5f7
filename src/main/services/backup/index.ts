import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BACKUP_SUGGEST_AFTER_DAYS, type BackupStatus } from '../../../shared/backup';
import type { backupApi } from '../../../shared/backup-api';
import { RetakeError } from '../../../shared/errors';
import { MIGRATIONS } from '../db/migrations';
import { createEventHub } from '../events';
import type { Logger } from '../log/logger';
import type { CallContext, Handlers, HandlersOf, RetakeServices } from '../retake';
import { backupHistory, freeBackupName, listBackupFiles } from './backup-files';
import { extractBackup } from './read-backup';
import { swapLibrary } from './swap-library';
import { createBackupUploads } from './upload';
import { writeBackup } from './write-backup';

/** The host's file dialogs (the desktop app); the web host has none. Paths never reach the renderer. */
export interface FileChooser {
  /** Where to save a new backup; null when the person cancels. */
  saveBackup(defaultName: string): Promise<string | null>;
  /** Which archive to restore; null when the person cancels. */
  openBackup(): Promise<string | null>;
}

export interface BackupOptions {
  dataDir: string;
  /** Where "Back up" writes and whose archives "Restore" lists. */
  backupsDir: string;
  chooseFile?: FileChooser;
  log: Logger;
}

export type LibraryHandlers = Omit<Handlers, keyof typeof backupApi>;
type BackupHandlers = HandlersOf<typeof backupApi>;

/** One opened library: everything but backup and restore, which replace it as a whole. */
export interface OpenedLibrary extends Omit<RetakeServices, 'handlers'> {
  readonly handlers: LibraryHandlers;
  /** Resolves once no finalising is queued or running. */
  settled(): Promise<void>;
  /** A consistent copy of the live database (SQLite's online backup) in `file`. */
  snapshotDatabase(file: string): Promise<unknown>;
}

const SELF: CallContext = { clientId: 'backup' };
const DAY_MS = 24 * 60 * 60 * 1000;

interface Job {
  controller: AbortController;
  /** False once a restore has begun replacing files: from then on it runs to the end. */
  cancellable: boolean;
  done: Promise<unknown>;
}

/**
 * Adds backup and restore around a library that `open` opens. A restore checks the whole
 * archive first, then closes the library, swaps the files and opens it again in place, so
 * the hosts keep the one services object they were given. Should the restored library not
 * open, the previous one is put back and opened instead.
 */
export function withBackups(options: BackupOptions, open: () => OpenedLibrary): RetakeServices & { settled(): Promise<void> } {
  const { dataDir, backupsDir, chooseFile, log } = options;
  const mediaDir = join(dataDir, 'media');
  const history = backupHistory(dataDir);
  const uploads = createBackupUploads(backupsDir);
  const events = createEventHub(log);
  let library = open();
  let unsubscribe = library.onEvent((event) => events.emit(event));
  let replacing = false;
  let job: Job | null = null;

  const current = (): OpenedLibrary => {
    if (replacing) throw new RetakeError('conflict', 'Retake is restoring a backup; try again in a moment.');
    return library;
  };

  const delegated = Object.fromEntries(
    Object.keys(library.handlers).map((method) => [
      method,
      (input: unknown, ctx: CallContext) => (current().handlers[method as keyof LibraryHandlers] as (i: unknown, c: CallContext) => unknown)(input, ctx),
    ]),
  ) as LibraryHandlers;

  function exclusive<T>(run: (job: Job) => Promise<T>): Promise<T> {
    if (job) throw new RetakeError('conflict', 'A backup or restore is already running; wait for it or cancel it.');
    const started: Job = { controller: new AbortController(), cancellable: true, done: Promise.resolve() };
    job = started;
    const result = run(started).finally(() => {
      job = null;
    });
    started.done = result.catch(() => undefined);
    return result;
  }

  const progress = (operation: 'backup' | 'restore') => (fraction: number) => events.emit({ type: 'backup-progress', operation, fraction });

  async function replaceLibrary(staged: string): Promise<void> {
    replacing = true;
    unsubscribe();
    try {
      await library.close();
      const swap = swapLibrary(dataDir, staged);
      try {
        library = open();
        swap.commit();
      } catch (err) {
        swap.undo();
        library = open();
        throw new RetakeError('failed', `The backup could not be opened (${(err as Error).message}). Your library was put back as it was.`);
      }
    } finally {
      unsubscribe = library.onEvent((event) => events.emit(event));
      replacing = false;
    }
  }

  const backupHandlers: BackupHandlers = {
    async getBackupStatus(): Promise<BackupStatus> {
      const lastBackupAt = history.last();
      const stale = lastBackupAt === null || Date.now() - Date.parse(lastBackupAt) > BACKUP_SUGGEST_AFTER_DAYS * DAY_MS;
      // Newest first: one row says whether anything was recorded since the last backup.
      const newest = stale ? (await current().handlers.listAttempts({ limit: 1 }, SELF))[0] : undefined;
      const recordedSince = newest !== undefined && (lastBackupAt === null || Date.parse(newest.startedAt) > Date.parse(lastBackupAt));
      return {
        lastBackupAt,
        suggestBackup: stale && recordedSince,
        folder: backupsDir,
        dataFolder: dataDir,
        canChooseFile: chooseFile !== undefined,
        busy: job !== null,
        backups: listBackupFiles(backupsDir),
      };
    },

    createBackup: ({ chooseFile: choose }) =>
      exclusive(async ({ controller }) => {
        const name = freeBackupName(backupsDir);
        const target = choose ? await chooser().saveBackup(name) : join(backupsDir, name);
        if (target === null) return null;
        const written = await writeBackup({
          snapshotDatabase: (file) => current().snapshotDatabase(file),
          mediaDir,
          target,
          signal: controller.signal,
          onProgress: progress('backup'),
          log,
        });
        history.record(written.madeAt);
        return { fileName: basename(target), ...written };
      }),

    cancelBackup() {
      if (job?.cancellable) job.controller.abort();
    },

    beginBackupUpload: (input) => uploads.begin(input),
    appendBackupUpload: (input) => uploads.append(input),
    finishBackupUpload: (input) => uploads.finish(input),
    cancelBackupUpload: (input) => uploads.cancel(input),

    restoreBackup: (input) =>
      exclusive(async (running) => {
        const archive = 'fileName' in input ? join(backupsDir, input.fileName) : await chooser().openBackup();
        if (archive === null) return null;
        const attempts = await current().handlers.listAttempts({}, SELF);
        if (attempts.some((a) => a.status === 'recording')) {
          throw new RetakeError('conflict', 'A recording is in progress; stop it before restoring a backup.');
        }
        const staged = join(dataDir, `.restore-${randomBytes(6).toString('hex')}`);
        mkdirSync(staged);
        try {
          const known = MIGRATIONS.length;
          const extracted = await extractBackup(archive, staged, { knownSchema: known, signal: running.controller.signal, onProgress: progress('restore') }).catch(
            (err: unknown) => {
              if (running.controller.signal.aborted) throw new RetakeError('conflict', 'The restore was cancelled. Nothing was changed.');
              throw err;
            },
          );
          running.cancellable = false;
          await replaceLibrary(staged);
          history.record(extracted.manifest.madeAt);
          events.emit({ type: 'library-replaced' });
          const version = extracted.manifest.schemaVersion;
          return { madeAt: extracted.manifest.madeAt, attempts: extracted.attempts, migratedFrom: version < known ? version : null };
        } finally {
          rmSync(staged, { recursive: true, force: true });
        }
      }),
  };

  function chooser(): FileChooser {
    if (!chooseFile) throw new RetakeError('invalid-input', 'Choosing a file needs the desktop app; here, backups live in the backups folder.');
    return chooseFile;
  }

  let closing: Promise<void> | null = null;
  return {
    handlers: { ...delegated, ...backupHandlers },
    log,
    onEvent: (listener) => events.on(listener),
    mediaPath: (attemptId, kind) => (replacing ? null : library.mediaPath(attemptId, kind)),
    exportLocation: (id) => (replacing ? null : library.exportLocation(id)),
    clientGone: (clientId) => (replacing ? Promise.resolve() : library.clientGone(clientId)),
    settled: () => library.settled(),
    close() {
      closing ??= (async () => {
        if (job?.cancellable) job.controller.abort();
        await job?.done;
        uploads.close();
        unsubscribe();
        await library.close();
      })();
      return closing;
    },
  };
}

/**
 * Restores an archive into a folder with no library yet (a new computer, a library that went
 * away), before anything opens it. The same checks as a restore in place; nothing is written
 * into the folder unless all of them pass.
 */
export async function restoreIntoNewFolder(archive: string, dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(join(dataDir, 'retake.db'))) throw new RetakeError('conflict', `${dataDir} already holds a library; restore from inside Retake to replace it.`);
  const staged = join(dataDir, `.restore-${randomBytes(6).toString('hex')}`);
  mkdirSync(staged);
  try {
    await extractBackup(archive, staged, { knownSchema: MIGRATIONS.length, signal: new AbortController().signal, onProgress: () => {} });
    swapLibrary(dataDir, staged).commit();
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}
