import { z } from 'zod';
import {
  AppendBackupUploadInput,
  BackupFile,
  BackupResult,
  BackupStatus,
  BackupUpload,
  BackupUploadIdInput,
  BeginBackupUploadInput,
  CreateBackupInput,
  RestoreBackupInput,
  RestoreResult,
} from './backup';
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
  /** Starts copying a picked archive into the backups folder (the browser's way in); one at a time. */
  beginBackupUpload: { input: BeginBackupUploadInput, output: BackupUpload },
  /** Appends the next piece of the copy, at the offset where the last ended. */
  appendBackupUpload: { input: AppendBackupUploadInput, output: z.object({ bytes: z.number().int() }) },
  /** All pieces are in: the copy takes its name in the backups folder, ready to restore by name. */
  finishBackupUpload: { input: BackupUploadIdInput, output: BackupFile },
  /** Drops an unfinished copy; nothing is left in the backups folder. */
  cancelBackupUpload: { input: BackupUploadIdInput, output: z.void() },
} satisfies ContractTable;
