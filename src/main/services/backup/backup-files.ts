import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type BackupFile, BackupFileName } from '../../../shared/backup';
import { writeFileAtomic } from '../files/atomic-write';

const pad = (n: number) => String(n).padStart(2, '0');

/** "retake-backup-2026-03-04-1405.zip" in local time; a second one in the same minute gets "-2". */
export function freeBackupName(dir: string, at = new Date()): string {
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const taken = new Set(listNames(dir));
  for (let n = 1; ; n++) {
    const name = `retake-backup-${stamp}${n === 1 ? '' : `-${n}`}.zip`;
    if (!taken.has(name)) return name;
  }
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The archives in the backups folder, newest first; hidden temporary files are not listed. */
export function listBackupFiles(dir: string): BackupFile[] {
  const files: BackupFile[] = [];
  for (const name of listNames(dir)) {
    if (!BackupFileName.safeParse(name).success) continue;
    try {
      const stat = statSync(join(dir, name));
      if (stat.isFile()) files.push({ fileName: name, sizeBytes: stat.size, madeAt: stat.mtime.toISOString() });
    } catch {
      // Removed while listing.
    }
  }
  return files.sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

const HISTORY_FILE = 'backup-history.json';
const History = z.object({ lastBackupAt: z.string().datetime() });

/**
 * When this data folder's library was last backed up. Kept beside the library, not in its
 * database: the database inside a backup was copied before the backup finished.
 */
export function backupHistory(dataDir: string) {
  return {
    last(): string | null {
      try {
        const parsed = History.safeParse(JSON.parse(readFileSync(join(dataDir, HISTORY_FILE), 'utf8')));
        return parsed.success ? parsed.data.lastBackupAt : null;
      } catch {
        return null;
      }
    },
    record(at: string): void {
      writeFileAtomic(dataDir, HISTORY_FILE, JSON.stringify({ lastBackupAt: at }));
    },
  };
}
