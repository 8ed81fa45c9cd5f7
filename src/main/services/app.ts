import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createDeliveryStore } from './analysis/delivery-store';
import { createMetricsStore } from './analysis/metrics-store';
import { createReviewMedia } from './attempts/review-media';
import { sweepDeletedMedia } from './attempts/remove';
import { createAttemptStore } from './attempts/store';
import { type FileChooser, type LibraryHandlers, type OpenedLibrary, withBackups } from './backup';
import { createBodyLanguage } from './body-language';
import { lockDataFolder } from './data-lock';
import { openDatabase } from './db/open';
import { createDiagnosticsHandlers } from './diagnostics';
import { createJournalHandlers } from './journal';
import { createEventHub } from './events';
import { createShareHandlers } from './exports';
import { locateExport } from './exports/export-files';
import { createJobQueue } from './job-queue';
import { createPromptLibrary } from './library/prompt-library';
import { createFileLogger, logFileIn, type Logger } from './log/logger';
import { seedBuiltInPrompts } from './library/seed';
import { createSettingsStore } from './library/settings';
import { createStoryLibrary } from './library/stories';
import { createMockInterviewHandlers } from './mock-interviews';
import { createFinaliser } from './recorder/finaliser';
import { createRecorder } from './recorder/attempt-recorder';
import type { RetakeServices } from './retake';
import { createReviewHandlers } from './review';
import { createFocusHandlers } from './review/focus';

export interface OpenRetakeOptions {
  /** Holds retake.db, media/, exports/ and logs/; created if missing. */
  dataDir: string;
  /** Holds prompts.json: the repo's resources/ in development, the packaged copy in a release. */
  resourcesDir: string;
  /** Where failures are written; by default `<dataDir>/logs/retake.log`. A host passes its own to share it. */
  log?: Logger;
  /** Where backups are written; <dataDir>/backups unless the host picks a place off this disk. */
  backupsDir?: string;
  /** The desktop app's save/open dialogs. */
  chooseFile?: FileChooser;
  /**
   * Measure each video attempt's body language in the background once it is final, and resume
   * what a previous run left unfinished (default). Off, an attempt is measured only when its
   * body language is first asked for: tests of other features keep their CPU and their events.
   */
  bodyLanguageInBackground?: boolean;
}

export interface OpenedRetake extends RetakeServices {
  /** Resolves once no finalising is queued or running. */
  settled(): Promise<void>;
}

/** Opens the data folder with backup and restore around it: the services both hosts bind. */
export function openRetake(options: OpenRetakeOptions): OpenedRetake {
  const log = options.log ?? createFileLogger({ file: logFileIn(options.dataDir) });
  const backupsDir = options.backupsDir ?? join(options.dataDir, 'backups');
  return withBackups({ dataDir: options.dataDir, backupsDir, chooseFile: options.chooseFile, log }, () => openLibrary(options, log));
}

/**
 * Opens the library in the data folder and wires every service into the handler table.
 * Attempts a previous run left recording or finalising are finalised in the background.
 */
function openLibrary(options: OpenRetakeOptions, log: Logger): OpenedLibrary {
  const mediaDir = join(options.dataDir, 'media');
  const exportsDir = join(options.dataDir, 'exports');
  mkdirSync(mediaDir, { recursive: true });
  // Before anything is read: recovery below treats every recording in the folder as orphaned.
  const unlock = lockDataFolder(options.dataDir);
  let db: Database;
  try {
    db = openDatabase(join(options.dataDir, 'retake.db'));
  } catch (err) {
    unlock();
    throw err;
  }
  try {
    seedBuiltInPrompts(db, options.resourcesDir);
  } catch (err) {
    db.close();
    unlock();
    throw err;
  }

  const events = createEventHub(log);
  const queue = createJobQueue(log);
  const attempts = createAttemptStore(db, mediaDir);
  const prompts = createPromptLibrary(db);
  const stories = createStoryLibrary(db);
  const settings = createSettingsStore(db);
  const review = createReviewMedia(attempts, mediaDir);
  const metrics = createMetricsStore(db);
  const delivery = createDeliveryStore(db);
  const finaliser = createFinaliser({ store: attempts, metrics, delivery, mediaDir, events, queue, log });
  const recorder = createRecorder({ db, store: attempts, mediaDir, events, finaliser, log });
  const reviewHandlers = createReviewHandlers({ db, attempts, prompts, metrics, delivery, mediaDir, events, log });
  const background = options.bodyLanguageInBackground !== false;
  const bodyLanguage = createBodyLanguage({ db, attempts, mediaDir, events, log });
  events.on((event) => {
    if (event.type === 'attempt-deleted') bodyLanguage.attemptDeleted(event.attemptId);
    else if (event.type === 'attempt-updated' && background) bodyLanguage.attemptUpdated(event.attempt);
  });

  const handlers: LibraryHandlers = {
    listPrompts: (input) => prompts.list(input),
    createPrompt: (input) => prompts.create(input),
    updatePrompt: (input) => prompts.update(input),
    listStories: () => stories.list(),
    createStory: (input) => stories.create(input),
    updateStory: (input) => stories.update(input),
    deleteStory: ({ id }) => stories.delete(id),
    getSettings: () => settings.get(),
    updateSettings: (input) => settings.update(input),
    listAttempts: (input) => attempts.list(input),
    getAttempt: ({ attemptId }) => attempts.get(attemptId),
    startAttempt: (input, ctx) => recorder.start(input, ctx.clientId),
    appendChunk: (input) => recorder.append(input),
    stopAttempt: ({ attemptId }) => recorder.stop(attemptId),
    retryFinalise: ({ attemptId }) => recorder.retryFinalise(attemptId),
    getPeaks: ({ attemptId }) => review.peaks(attemptId),
    acknowledgeRecovery: ({ attemptId }) => {
      attempts.get(attemptId); // not-found for an unknown id
      attempts.acknowledgeRecovery(attemptId);
      const attempt = attempts.get(attemptId);
      events.emit({ type: 'attempt-updated', attempt });
      return attempt;
    },
    ...reviewHandlers,
    ...createJournalHandlers(db, options.dataDir),
    ...createFocusHandlers({ db, attempts, prompts }),
    ...bodyLanguage.handlers,
    ...createDiagnosticsHandlers(log),
    ...createMockInterviewHandlers({ db, attempts, metrics, delivery, recorder, deleteAttempt: (id, ctx) => reviewHandlers.deleteAttempt({ attemptId: id }, ctx) }),
    ...createShareHandlers({ db, attempts, media: review, metrics, mediaDir, exportsDir, resourcesDir: options.resourcesDir }),
  };

  recorder.recoverInterrupted();
  sweepDeletedMedia(db, mediaDir, log);
  if (background) bodyLanguage.resume();

  let closing: Promise<void> | null = null;
  return {
    handlers,
    log,
    onEvent: (listener) => events.on(listener),
    mediaPath: (attemptId, kind) => review.path(attemptId, kind),
    exportLocation: (id) => locateExport(exportsDir, id),
    clientGone: (clientId) => recorder.clientGone(clientId),
    settled: () => queue.idle(),
    snapshotDatabase: (file) => db.backup(file),
    close() {
      closing ??= (async () => {
        recorder.closeAll();
        await Promise.all([queue.idle(), bodyLanguage.close()]);
        db.close();
        unlock();
      })();
      return closing;
    },
  };
}
