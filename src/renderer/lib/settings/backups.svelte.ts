import type { RetakeBridge } from '../../../shared/api';
import type { BackupFile, BackupStatus, RestoreBackupInput } from '../../../shared/backup';
import { RetakeError } from '../../../shared/errors';
import type { RetakeEvent } from '../../../shared/events';
import { errorMessage } from '../errors';
import { formatBytes, formatDateTime, plural } from '../format';
import type { Notify } from '../toasts.svelte';

export type BackupsBridge = Pick<
  RetakeBridge,
  | 'getBackupStatus'
  | 'createBackup'
  | 'cancelBackup'
  | 'restoreBackup'
  | 'beginBackupUpload'
  | 'appendBackupUpload'
  | 'finishBackupUpload'
  | 'cancelBackupUpload'
  | 'getLogLocation'
  | 'onEvent'
>;

/** What a restore starts from: an archive in the backups folder, the desktop app's dialog, or a file picked in the browser. */
export type RestoreChoice = RestoreBackupInput | { file: File };

/** Pieces of a picked archive sent at a time: well inside one request's limit once base64 has grown it. */
export const UPLOAD_PIECE_BYTES = 4 * 1024 * 1024;

const CANCELLED_RESTORE = 'The restore was cancelled. Nothing was changed.';

/** What finished last, in words for the settings screen. */
export interface BackupOutcome {
  kind: 'backed-up' | 'restored' | 'cancelled';
  text: string;
}

/**
 * The settings screen's backup and restore: the status (when, where, which archives), one
 * backup or restore at a time with its progress, cancelling, and the confirmation a restore
 * needs before it replaces the library. Refusals arrive from main already in words.
 */
export class Backups {
  status = $state.raw<BackupStatus | null>(null);
  logPath = $state<string | null>(null);
  loadError = $state<string | null>(null);
  /** What is running now; null when idle. */
  running = $state<'backup' | 'restore' | null>(null);
  /** 0..1 once main has said; null before the first progress event. */
  fraction = $state<number | null>(null);
  /** The last failure (a refused archive, a full disk), readable as it is. */
  error = $state<string | null>(null);
  /** Which of the two the failure or outcome is about. */
  lastOperation = $state<'backup' | 'restore'>('backup');
  outcome = $state.raw<BackupOutcome | null>(null);
  /** The restore waiting for "Replace my library"; null when no question is open. */
  confirming = $state.raw<RestoreChoice | null>(null);
  cancelling = $state(false);
  /** While a picked file is copied into the backups folder, before the restore checks it. */
  copying = $state(false);
  #uploadId: string | null = null;
  #uploadCancelled = false;

  readonly #bridge: BackupsBridge;
  readonly #notify: Notify;

  constructor(bridge: BackupsBridge, notify: Notify) {
    this.#bridge = bridge;
    this.#notify = notify;
  }

  /** The archive a pending confirmation names, for its message. */
  get confirmingFile(): Pick<BackupFile, 'fileName'> & { madeAt: string | null } | null {
    const pending = this.confirming;
    if (!pending) return null;
    if ('file' in pending) return { fileName: pending.file.name, madeAt: null };
    if (!('fileName' in pending)) return null;
    return this.status?.backups.find((b) => b.fileName === pending.fileName) ?? null;
  }

  /** Loads the status and follows progress; returns what stops following. */
  start(): () => void {
    void this.load();
    return this.#bridge.onEvent((event) => this.#onEvent(event));
  }

  async load(): Promise<void> {
    try {
      const [status, log] = await Promise.all([this.#bridge.getBackupStatus({}), this.#bridge.getLogLocation({})]);
      this.status = status;
      this.logPath = log.path;
      this.loadError = null;
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  #onEvent(event: RetakeEvent): void {
    if (event.type === 'backup-progress' && event.operation === this.running) this.fraction = event.fraction;
  }

  async backUp(chooseFile = false): Promise<void> {
    if (this.running) return;
    await this.#run('backup', async () => {
      const result = await this.#bridge.createBackup(chooseFile ? { chooseFile: true } : {});
      if (result === null) return;
      const text = `Backed up ${plural(result.files, 'file')} (${formatBytes(result.sizeBytes)}) to ${result.fileName}.`;
      this.outcome = { kind: 'backed-up', text };
      this.#notify.success(text);
    });
  }

  /** Asks first: a restore replaces the whole library. */
  askRestore(input: RestoreChoice): void {
    if (this.running) return;
    this.error = null;
    this.confirming = input;
  }

  dismissRestore(): void {
    this.confirming = null;
  }

  async confirmRestore(): Promise<void> {
    const input = this.confirming;
    if (!input || this.running) return;
    this.confirming = null;
    await this.#run('restore', async () => {
      const result = await this.#bridge.restoreBackup('file' in input ? { fileName: await this.#copyIn(input.file) } : input);
      if (result === null) return;
      const migrated = result.migratedFrom === null ? '' : ' It was made by an older Retake and has been brought up to date.';
      const text = `Restored the backup from ${formatDateTime(result.madeAt)}: ${plural(result.attempts, 'attempt')}.${migrated}`;
      this.outcome = { kind: 'restored', text };
      // The library was replaced: every screen reloads, so the word rides across that.
      this.#notify.show(text, { kind: 'success', carry: true, durationMs: 8000 });
    });
  }

  /**
   * Copies a picked archive into the backups folder piece by piece, with its progress; returns its
   * name there. The restore then checks it like any other.
   */
  async #copyIn(file: File): Promise<string> {
    this.copying = true;
    this.#uploadCancelled = false;
    try {
      const { uploadId } = await this.#bridge.beginBackupUpload({ name: file.name, sizeBytes: file.size });
      this.#uploadId = uploadId;
      for (let offset = 0; offset < file.size; offset += UPLOAD_PIECE_BYTES) {
        if (this.#uploadCancelled) throw new RetakeError('conflict', CANCELLED_RESTORE);
        const data = new Uint8Array(await file.slice(offset, offset + UPLOAD_PIECE_BYTES).arrayBuffer());
        const { bytes } = await this.#bridge.appendBackupUpload({ uploadId, offset, data });
        this.fraction = bytes / file.size;
      }
      if (this.#uploadCancelled) throw new RetakeError('conflict', CANCELLED_RESTORE);
      const copied = await this.#bridge.finishBackupUpload({ uploadId });
      return copied.fileName;
    } catch (error) {
      if (this.#uploadId) await this.#bridge.cancelBackupUpload({ uploadId: this.#uploadId }).catch(() => undefined);
      throw error;
    } finally {
      this.#uploadId = null;
      this.copying = false;
      this.fraction = null;
    }
  }

  /** Stops the running backup (nothing is left behind) or a restore still copying or checking the archive. */
  async cancel(): Promise<void> {
    if (!this.running || this.cancelling) return;
    this.cancelling = true;
    try {
      if (this.copying) this.#uploadCancelled = true;
      else await this.#bridge.cancelBackup({});
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.cancelling = false;
    }
  }

  async #run(operation: 'backup' | 'restore', work: () => Promise<void>): Promise<void> {
    this.running = operation;
    this.lastOperation = operation;
    this.fraction = null;
    this.error = null;
    this.outcome = null;
    try {
      await work();
    } catch (error) {
      if (error instanceof RetakeError && /cancelled/i.test(error.message)) {
        this.outcome = { kind: 'cancelled', text: operation === 'backup' ? 'The backup was cancelled; nothing was written.' : CANCELLED_RESTORE };
      } else {
        this.error = errorMessage(error);
      }
    } finally {
      this.running = null;
      this.fraction = null;
      await this.load();
    }
  }
}
