import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Sqlite from 'better-sqlite3';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { RetakeError } from '../../../shared/errors';
import { isNoRoom } from '../no-room';
import { schemaDifference } from './known-schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_NAME, Manifest, MANIFEST_MAX_BYTES, MANIFEST_NAME } from './manifest';

export interface ExtractOptions {
  /** The newest schema this Retake knows; a backup from a newer one is refused. */
  knownSchema: number;
  signal: AbortSignal;
  onProgress(fraction: number): void;
}

export interface ExtractedBackup {
  manifest: Manifest;
  attempts: number;
}

/** Every refusal says why and that nothing was touched. */
const refused = (reason: string) => new RetakeError('invalid-input', `This backup cannot be restored: ${reason}. Nothing was changed.`);
const tooNew = (what: string) =>
  new RetakeError('conflict', `This backup was made by a newer version of Retake (${what}). Update Retake to restore it. Nothing was changed.`);

/**
 * Checks an archive completely and unpacks it into `into` (an empty folder): every entry must
 * be one the manifest lists, with its size and SHA-256; the database inside must pass SQLite's
 * integrity check and carry the schema version the manifest states. Only then may a caller
 * swap the unpacked library in. Any failure is a RetakeError with the reason.
 */
export async function extractBackup(archive: string, into: string, options: ExtractOptions): Promise<ExtractedBackup> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(archive, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') throw new RetakeError('not-found', 'That backup file no longer exists.');
    throw refused(`it is not a zip archive, or it is damaged or cut short (${(err as Error).message})`);
  }
  try {
    const entries = await listEntries(zip);
    const manifest = await readManifest(zip, entries, options.knownSchema);
    await unpack(zip, entries, manifest, into, options);
    const attempts = checkDatabase(join(into, DATABASE_NAME), manifest.schemaVersion);
    options.onProgress(1);
    return { manifest, attempts };
  } finally {
    zip.close();
  }
}

async function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.has(entry.fileName)) throw refused(`it holds ${entry.fileName} twice`);
      if (entry.isEncrypted()) throw refused(`${entry.fileName} is encrypted`);
      entries.set(entry.fileName, entry);
    }
  } catch (err) {
    if (err instanceof RetakeError) throw err;
    throw refused(`it is damaged (${(err as Error).message})`);
  }
  return entries;
}

async function readManifest(zip: ZipFile, entries: Map<string, Entry>, knownSchema: number): Promise<Manifest> {
  const entry = entries.get(MANIFEST_NAME);
  if (!entry) throw refused('it is not a Retake backup (it has no manifest)');
  if (entry.uncompressedSize > MANIFEST_MAX_BYTES) throw refused('its manifest is far too large to be a Retake backup');
  const bytes = await readAll(zip, entry);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refused('its manifest is not readable');
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) throw refused('it is not a Retake backup');
  if (typeof head.formatVersion === 'number' && head.formatVersion > BACKUP_FORMAT_VERSION) {
    throw tooNew(`archive format ${head.formatVersion}; this version reads up to ${BACKUP_FORMAT_VERSION}`);
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > knownSchema) {
    throw tooNew(`library schema ${head.schemaVersion}; this version knows up to ${knownSchema}`);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused(`its manifest is malformed (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'})`);
  }
  const manifest = parsed.data;
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (listed.has(file.path)) throw refused(`its manifest lists ${file.path} twice`);
    listed.add(file.path);
    const stored = entries.get(file.path);
    if (!stored) throw refused(`${file.path} is missing from the archive`);
    if (stored.uncompressedSize !== file.size) throw refused(`${file.path} has the wrong size`);
  }
  if (!listed.has(DATABASE_NAME)) throw refused('it holds no database');
  for (const name of entries.keys()) {
    if (name !== MANIFEST_NAME && !listed.has(name)) throw refused(`it holds a file its manifest does not list (${name.slice(0, 120)})`);
  }
  return manifest;
}

async function unpack(zip: ZipFile, entries: Map<string, Entry>, manifest: Manifest, into: string, options: ExtractOptions): Promise<void> {
  const root = resolve(into);
  const total = Math.max(1, manifest.files.reduce((n, f) => n + f.size, 0));
  let done = 0;
  for (const file of manifest.files) {
    options.signal.throwIfAborted();
    const target = resolve(root, ...file.path.split('/'));
    // ArchivePath already allows nothing else; this holds even if that rule is ever loosened.
    if (!target.startsWith(root + sep)) throw refused(`${file.path} would be written outside the library`);
    mkdirSync(dirname(target), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        hash.update(chunk);
        size += chunk.length;
        next(null, chunk);
      },
    });
    try {
      const input = await zip.openReadStreamPromise(entries.get(file.path)!);
      await pipeline(input, tap, createWriteStream(target, { flags: 'wx' }), { signal: options.signal });
    } catch (err) {
      if (options.signal.aborted) throw err;
      if (isNoRoom(err)) throw new RetakeError('failed', 'There is not enough space on the disk to unpack this backup. Nothing was changed.');
      throw refused(`${file.path} is damaged (${(err as Error).message})`);
    }
    if (size !== file.size || hash.digest('hex') !== file.sha256) throw refused(`${file.path} does not match its checksum`);
    done += file.size;
    options.onProgress(Math.min(0.99, done / total));
  }
}

/** The unpacked database must be a sound SQLite file of the schema its manifest states. */
function checkDatabase(file: string, schemaVersion: number): number {
  let db: Sqlite.Database;
  try {
    db = new Sqlite(file, { fileMustExist: true });
  } catch (err) {
    throw refused(`its database cannot be opened (${(err as Error).message})`);
  }
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw refused(`its database is damaged (${String(check)})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== schemaVersion) throw refused(`its database is schema ${version}, not the ${schemaVersion} its manifest states`);
    const difference = schemaDifference(db, version);
    if (difference !== null) throw refused(`its database ${difference}`);
    return db.prepare<[], number>('SELECT count(*) FROM attempts').pluck().get() ?? 0;
  } catch (err) {
    if (err instanceof RetakeError) throw err;
    throw refused(`its database is damaged (${(err as Error).message})`);
  } finally {
    db.close();
  }
}

async function readAll(zip: ZipFile, entry: Entry): Promise<Buffer> {
  try {
    const input = await zip.openReadStreamPromise(entry);
    const parts: Buffer[] = [];
    for await (const part of input) parts.push(part as Buffer);
    return Buffer.concat(parts);
  } catch (err) {
    throw refused(`its manifest is damaged (${(err as Error).message})`);
  }
}
