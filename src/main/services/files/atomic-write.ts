import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Refuses anything but a plain file name: no folders, no "..", no hidden temp-like names. */
export function requirePlainName(name: string): void {
  if (basename(name) !== name || name.startsWith('.') || name === '') throw new Error(`Not a plain file name: ${JSON.stringify(name)}`);
}

/** A temporary name beside `target`, hidden and unique, so a crash leaves nothing that looks finished. */
export const tempBeside = (target: string) => join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes a file so that a reader, or a crash, sees either the old file or the whole new
 * one, never half of it: write a temporary file in the same folder (a rename is only
 * atomic within one file system), flush it to disk, then rename it over the target.
 */
export function writeFileAtomic(dir: string, name: string, data: string | Uint8Array): string {
  requirePlainName(name);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  const temp = tempBeside(target);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      if (typeof data === 'string') writeSync(fd, data, null, 'utf8');
      else writeSync(fd, data);
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

/**
 * The same promise for something written by a stream or another tool: `write` fills the
 * temporary path it is given; only once it resolves is that flushed and renamed into place.
 * A folder works too (each file in it is flushed by `write`'s caller, the rename is the commit).
 */
export async function publishAtomic(target: string, write: (tempPath: string) => Promise<void> | void): Promise<string> {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempBeside(target);
  try {
    await write(temp);
    syncPath(temp);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { recursive: true, force: true });
    throw err;
  }
  syncFolder(dirname(target));
  return target;
}

/** Copies a file and flushes the copy to disk (inside a folder that publishAtomic then renames into place). */
export function copyFileFlushed(from: string, to: string): void {
  copyFileSync(from, to, constants.COPYFILE_EXCL);
  syncPath(to);
}

/** Windows cannot open a folder to flush it; there NTFS journals the rename. */
function syncPath(path: string): void {
  if (process.platform === 'win32' && statSync(path).isDirectory()) return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes the folder entry so the rename itself survives a power cut. */
export function syncFolder(dir: string): void {
  syncPath(dir);
}
