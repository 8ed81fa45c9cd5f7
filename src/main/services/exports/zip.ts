import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

export interface ZipEntry {
  /** The path inside the archive: forward slashes, relative, no "." or ".." segments. */
  name: string;
  /** A file on disk, or the bytes themselves. */
  source: { file: string } | { data: Uint8Array };
  /** Already compressed media is stored as is. */
  compress: boolean;
}

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * True for a name that stays inside whatever folder the archive is unpacked into (no
 * zip-slip): relative, forward slashes only, each segment plain and not "." or "..".
 */
export function isSafeEntryName(name: string): boolean {
  const segments = name.split('/');
  return segments.length <= 4 && segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..' && !s.endsWith('.'));
}

/** Streams the entries into a new zip at `target` (the caller makes that a temporary path and renames it). */
export async function writeZip(target: string, entries: readonly ZipEntry[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    if (!isSafeEntryName(entry.name)) throw new Error(`Refusing zip entry name ${JSON.stringify(entry.name)}`);
    if ('file' in entry.source) zip.addFile(entry.source.file, entry.name, { compress: entry.compress });
    else zip.addBuffer(Buffer.from(entry.source.data), entry.name, { compress: entry.compress });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(target, { flags: 'wx', mode: 0o644 }));
}
