import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Writes a file so that a reader, or a crash, sees either the old file or the whole new
 * one, never half of it: write a temporary file in the same folder (a rename is only
 * atomic within one file system), flush it to disk, then rename it over the target.
 */
export function writeFileAtomic(dir: string, name: string, text: string): string {
  if (basename(name) !== name || name.startsWith('.')) throw new Error(`Not a plain file name: ${JSON.stringify(name)}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, text, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  syncFolder(dir);
  return target;
}

/** Flushes the folder entry so the rename itself survives a power cut. Windows cannot open a folder; there NTFS journals it. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
