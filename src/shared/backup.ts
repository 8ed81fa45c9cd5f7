import { z } from 'zod';
import { ChunkData } from './attempts';

/** A backup in the backups folder, addressed by its file name alone: never a path. */
export const BackupFileName = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*\.zip$/, 'must be the plain name of a .zip file in the backups folder');

export const BackupFile = z.object({
  fileName: BackupFileName,
  sizeBytes: z.number().int(),
  /** When the file was last written, ISO 8601. */
  madeAt: z.string(),
});
export type BackupFile = z.infer<typeof BackupFile>;

export const BackupStatus = z.object({
  /** When this library was last backed up (or restored from a backup), ISO 8601; null if never. */
  lastBackupAt: z.string().nullable(),
  /** True when there is something worth keeping and no backup for a while: the library offers one. */
  suggestBackup: z.boolean(),
  /** Where "Back up" writes, for the person to find it; shown, never sent back. */
  folder: z.string(),
  /** The library's own data folder, shown on the settings screen; never sent back. */
  dataFolder: z.string(),
  /** The host can show a save/open dialog (the desktop app), so any file can be chosen. */
  canChooseFile: z.boolean(),
  /** A backup or restore is running now. */
  busy: z.boolean(),
  backups: z.array(BackupFile),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const CreateBackupInput = z
  .object({
    /** Ask where to save (a dialog) instead of writing into the backups folder. */
    chooseFile: z.boolean().optional(),
  })
  .strict();
export type CreateBackupInput = z.infer<typeof CreateBackupInput>;

/** Which archive to restore: one in the backups folder, or one chosen in a dialog. */
export const RestoreBackupInput = z.union([
  z.object({ fileName: BackupFileName }).strict(),
  z.object({ chooseFile: z.literal(true) }).strict(),
]);
export type RestoreBackupInput = z.infer<typeof RestoreBackupInput>;

/** What a finished backup wrote. A cancelled dialog gives null. */
export const BackupResult = z
  .object({
    fileName: z.string(),
    sizeBytes: z.number().int(),
    madeAt: z.string(),
    files: z.number().int(),
  })
  .nullable();
export type BackupResult = z.infer<typeof BackupResult>;

export const RestoreResult = z
  .object({
    /** When the restored backup was made. */
    madeAt: z.string(),
    attempts: z.number().int(),
    /** The backup's schema was older and was migrated. */
    migratedFrom: z.number().int().nullable(),
  })
  .nullable();
export type RestoreResult = z.infer<typeof RestoreResult>;

/** Days without a backup after which the library offers one. */
export const BACKUP_SUGGEST_AFTER_DAYS = 7;

/** The largest archive a browser may bring in (a year of daily answers stays far below it). */
export const BACKUP_UPLOAD_MAX_BYTES = 64 * 1024 * 1024 * 1024;

/**
 * Bringing an archive from elsewhere into the backups folder, piece by piece: the browser can
 * read a file the person picks but has no path to give. The copy is then restored by name.
 */
export const BeginBackupUploadInput = z
  .object({
    /** The picked file's own name; kept when it is a plain .zip name, else a dated one is used. */
    name: z.string().max(255),
    sizeBytes: z.number().int().min(1).max(BACKUP_UPLOAD_MAX_BYTES),
  })
  .strict();
export type BeginBackupUploadInput = z.infer<typeof BeginBackupUploadInput>;

export const BackupUploadId = z.string().regex(/^[a-f0-9]{24}$/, 'not an upload id');

export const BackupUpload = z.object({ uploadId: BackupUploadId });
export type BackupUpload = z.infer<typeof BackupUpload>;

export const AppendBackupUploadInput = z
  .object({
    uploadId: BackupUploadId,
    /** Where this piece starts: exactly where the last one ended, so the copy is never garbled. */
    offset: z.number().int().min(0).max(BACKUP_UPLOAD_MAX_BYTES),
    data: ChunkData,
  })
  .strict();
export type AppendBackupUploadInput = z.infer<typeof AppendBackupUploadInput>;

export const BackupUploadIdInput = z.object({ uploadId: BackupUploadId }).strict();
export type BackupUploadIdInput = z.infer<typeof BackupUploadIdInput>;
