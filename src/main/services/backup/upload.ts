import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AppendBackupUploadInput,
  type BackupFile,
  BackupFileName,
  type BackupUpload,
  type BeginBackupUploadInput,
  type BackupUploadIdInput,
} from '../../../shared/backup';
import { RetakeError } from '../../../shared/errors';
import { syncFolder } from '../files/atomic-write';
import { isNoRoom } from '../no-room';

interface Upload {
  id: string;
  name: string;
  sizeBytes: number;
  /** A hidden file in the backups folder: never listed, never restorable, until finished. */
  file: string;
  fd: number;
  written: number;
}

/** A plain .zip name for the copy: the picked file's own when it is one, else a cleaned-up one. */
function plainName(picked: string): string {
  if (BackupFileName.safeParse(picked).success) return picked;
  const stem = picked
    .replace(/\.zip$/i, '')
    .replace(/[^A-Za-z0-9 ._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 120);
  const cleaned = `${stem}.zip`;
  return stem !== '' && BackupFileName.safeParse(cleaned).success ? cleaned : 'uploaded-backup.zip';
}

/** The name, or the first "name-2.zip", "name-3.zip"… not yet in the folder: a copy never replaces a backup. */
function freeName(dir: string, name: string): string {
  if (!existsSync(join(dir, name))) return name;
  const stem = name.slice(0, -'.zip'.length);
  for (let n = 2; ; n++) {
    const next = `${stem}-${n}.zip`;
    if (!existsSync(join(dir, next))) return next;
  }
}

/**
 * Copies an archive the person picked in a browser into the backups folder, piece by piece in
 * order, so it can then be restored by name with every check a restore makes. One copy at a time;
 * a new one drops an unfinished one (a page reloaded halfway). Nothing is restored here.
 */
export function createBackupUploads(backupsDir: string) {
  let current: Upload | null = null;

  function drop(upload: Upload): void {
    try {
      closeSync(upload.fd);
    } catch {
      // Already closed by a failed write.
    }
    rmSync(upload.file, { force: true });
    if (current === upload) current = null;
  }

  function uploadFor(uploadId: string): Upload {
    if (current?.id !== uploadId) throw new RetakeError('not-found', 'That copy is no longer in progress; pick the file again.');
    return current;
  }

  return {
    begin({ name, sizeBytes }: BeginBackupUploadInput): BackupUpload {
      if (current) drop(current);
      mkdirSync(backupsDir, { recursive: true });
      const id = randomBytes(12).toString('hex');
      const file = join(backupsDir, `.upload-${id}.part`);
      current = { id, name, sizeBytes, file, fd: openSync(file, 'wx', 0o600), written: 0 };
      return { uploadId: id };
    },

    append({ uploadId, offset, data }: AppendBackupUploadInput): { bytes: number } {
      const upload = uploadFor(uploadId);
      if (offset !== upload.written) {
        throw new RetakeError('invalid-input', `The copy expected the piece at byte ${upload.written}, not ${offset}; pick the file again.`);
      }
      if (upload.written + data.byteLength > upload.sizeBytes) {
        drop(upload);
        throw new RetakeError('invalid-input', 'More arrived than the file holds; pick the file again.');
      }
      try {
        writeSync(upload.fd, data);
      } catch (err) {
        drop(upload);
        if (isNoRoom(err)) throw new RetakeError('failed', 'There is not enough space on the disk for a copy of this backup. Nothing was changed.');
        throw new RetakeError('failed', `The backup could not be copied into the backups folder (${(err as Error).message}). Nothing was changed.`);
      }
      upload.written += data.byteLength;
      return { bytes: upload.written };
    },

    finish({ uploadId }: BackupUploadIdInput): BackupFile {
      const upload = uploadFor(uploadId);
      if (upload.written !== upload.sizeBytes) {
        throw new RetakeError('invalid-input', `The copy is not complete: ${upload.written} of ${upload.sizeBytes} bytes arrived.`);
      }
      try {
        fsyncSync(upload.fd);
        closeSync(upload.fd);
        const fileName = freeName(backupsDir, plainName(upload.name));
        const target = join(backupsDir, fileName);
        renameSync(upload.file, target);
        syncFolder(backupsDir);
        current = null;
        const stat = statSync(target);
        return { fileName, sizeBytes: stat.size, madeAt: stat.mtime.toISOString() };
      } catch (err) {
        drop(upload);
        if (isNoRoom(err)) throw new RetakeError('failed', 'There is not enough space on the disk for a copy of this backup. Nothing was changed.');
        throw err;
      }
    },

    cancel({ uploadId }: BackupUploadIdInput): void {
      if (current?.id === uploadId) drop(current);
    },

    /** Shutdown: an unfinished copy is dropped. */
    close(): void {
      if (current) drop(current);
    },
  };
}
