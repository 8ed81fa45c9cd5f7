import type { RetakeBridge } from '../../../shared/api';
import type { BackupFile, BackupStatus, RestoreBackupInput } from '../../../shared/backup';
import { RetakeError } from '../../../shared/errors';
import type { RetakeEvent } from '../../../shared/events';
import { errorMessage } from '../errors';
import { formatBytes, formatDateTime, plural } from '../format';
import type { Notify } from '../toasts.svelte';

export type BackupsBridge = Pick<RetakeBridge, 'getBackupStatus' | 'createBackup' | 'cancelBackup' | 'restoreBackup' | 'getLogLocation' | 'onEvent'>;

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
  confirming = $state.raw<RestoreBackupInput | null>(null);
  cancelling = $state(false);

  readonly #bridge: BackupsBridge;
  readonly #notify: Notify;

  constructor(bridge: BackupsBridge, notify: Notify) {
    this.#bridge = bridge;
    this.#notify = notify;
  }

  /** The archive a pending confirmation names, for its message. */
  get confirmingFile(): BackupFile | null {
    const pending = this.confirming;
    if (!pending || !('fileName' in pending)) return null;
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
  askRestore(input: RestoreBackupInput): void {
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
      const result = await this.#bridge.restoreBackup(input);
      if (result === null) return;
      const migrated = result.migratedFrom === null ? '' : ' It was made by an older Retake and has been brought up to date.';
      const text = `Restored the backup from ${formatDateTime(result.madeAt)}: ${plural(result.attempts, 'attempt')}.${migrated}`;
      this.outcome = { kind: 'restored', text };
      // The library was replaced: every screen reloads, so the word rides across that.
      this.#notify.show(text, { kind: 'success', carry: true, durationMs: 8000 });
    });
  }

  /** Stops the running backup (nothing is left behind) or a restore still checking the archive. */
  async cancel(): Promise<void> {
    if (!this.running || this.cancelling) return;
    this.cancelling = true;
    try {
      await this.#bridge.cancelBackup({});
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
        this.outcome = { kind: 'cancelled', text: operation === 'backup' ? 'The backup was cancelled; nothing was written.' : 'The restore was cancelled. Nothing was changed.' };
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
