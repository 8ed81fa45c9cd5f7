import { z } from 'zod';
import { BackupResult, BackupStatus, CreateBackupInput, RestoreBackupInput, RestoreResult } from './backup';
import { NoInput, type ContractTable } from './contract';

/** Backing the whole library up to one archive, and restoring it from one. */
export const backupApi = {
  /** When the last backup was made, whether to offer one, and the archives in the backups folder. */
  getBackupStatus: { input: NoInput, output: BackupStatus },
  /** Writes a whole-library archive; progress arrives as backup-progress events. Null if a dialog was cancelled. */
  createBackup: { input: CreateBackupInput, output: BackupResult },
  /** Stops a running backup (no archive is left) or a restore that has not yet replaced anything. */
  cancelBackup: { input: NoInput, output: z.void() },
  /**
   * Verifies the archive completely, then replaces the library with it; the current one is kept
   * aside until the restored one has opened. Windows reload on library-replaced. Null if a dialog was cancelled.
   */
  restoreBackup: { input: RestoreBackupInput, output: RestoreResult },
} satisfies ContractTable;
