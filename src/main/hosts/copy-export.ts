import { cpSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { copyFileFlushed, publishAtomic } from '../services/files/atomic-write';
import type { ExportLocation } from '../services/exports/export-files';

/** "<stem>", or "<stem>-2", "<stem>-3"… : the first folder name not taken beside the chosen file. */
function freeFolder(dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? stem : `${stem}-${n}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Copies an export to where the person chose, whole or not at all. A review pack's folder
 * goes beside its zip under the zip's name, so the page can be opened without unzipping;
 * an existing folder is never overwritten (the dialog only asked about the zip).
 * Returns the paths written.
 */
export async function copyExport(location: ExportLocation, target: string): Promise<string[]> {
  const written = [await publishAtomic(target, (temp) => copyFileFlushed(location.file, temp))];
  if (location.folder !== null) {
    const stem = basename(target, extname(target)) || basename(location.folder);
    const folder = freeFolder(dirname(target), stem);
    written.push(await publishAtomic(folder, (temp) => cpSync(location.folder!, temp, { recursive: true, errorOnExist: true, force: false })));
  }
  return written;
}
