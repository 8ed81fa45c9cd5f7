/**
 * Looking at a whole library (every row, every media file) to compare before and after a
 * backup or restore, and writing archives by hand for the cases Retake must refuse.
 * Plain Node: no test-runner imports.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import Sqlite from 'better-sqlite3';
import { ZipFile } from 'yazl';

export interface LibraryPrint {
  /** Table name to its rows, each as JSON, sorted. */
  rows: Record<string, string[]>;
  /** Media path (relative to the data folder) to SHA-256. */
  media: Record<string, string>;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every row of every table, read through a connection of its own. */
export function databaseRows(file: string): Record<string, string[]> {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name`)
      .pluck()
      .all();
    return Object.fromEntries(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort()]));
  } finally {
    db.close();
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

export function libraryPrint(dataDir: string): LibraryPrint {
  const media = Object.fromEntries(
    filesUnder(join(dataDir, 'media'))
      .map((file) => [relative(dataDir, file), sha256(readFileSync(file))] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { rows: databaseRows(join(dataDir, 'retake.db')), media };
}

/** What sits at the top of the data folder: a refused restore must leave no staging folder behind. */
export function topEntries(dir: string): string[] {
  return readdirSync(dir).sort();
}

export interface ArchiveEntry {
  name: string;
  data: Buffer;
}

/** A zip of exactly these entries, in this order. */
export async function writeZip(path: string, entries: readonly ArchiveEntry[]): Promise<void> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(path));
  for (const entry of entries) zip.addBuffer(entry.data, entry.name);
  zip.end();
  await done;
}

/** Manifest lines for these entries, as Retake writes them. */
export function manifestFor(entries: readonly ArchiveEntry[], schemaVersion: number, extra: Record<string, unknown> = {}): ArchiveEntry {
  const files = entries.map((e) => ({ path: e.name, size: e.data.length, sha256: sha256(e.data) }));
  const manifest = { format: 'retake-backup', formatVersion: 1, schemaVersion, madeAt: new Date().toISOString(), files, ...extra };
  return { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) };
}

export const sizeOf = (file: string) => statSync(file).size;
