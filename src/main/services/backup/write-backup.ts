import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Sqlite from 'better-sqlite3';
import { ZipFile } from 'yazl';
import { RetakeError } from '../../../shared/errors';
import { syncFolder } from '../files/atomic-write';
import type { Logger } from '../log/logger';
import { isNoRoom } from '../no-room';
import { ArchivePath, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_NAME, MANIFEST_NAME, type Manifest, type ManifestFile } from './manifest';

export interface WriteBackupOptions {
  /** Copies the live database to the file with SQLite's online backup, while it stays in use. */
  snapshotDatabase(file: string): Promise<unknown>;
  mediaDir: string;
  /** The .zip to create; it appears only once complete. */
  target: string;
  signal: AbortSignal;
  onProgress(fraction: number): void;
  log: Logger;
}

export interface WrittenBackup {
  sizeBytes: number;
  madeAt: string;
  files: number;
}

interface Source {
  path: string;
  file: string;
  size: number;
  /** Recordings and posters are compressed already; deflating them again costs time for nothing. */
  compress: boolean;
}

/**
 * Writes one archive holding a consistent copy of the database and every media file of
 * the attempts in it, with a manifest (size and SHA-256 of each file, schema version) as
 * its last entry. Everything goes to a hidden temporary file beside the target, which is
 * flushed and renamed into place only when complete, so a cancel, a full disk or a crash
 * never leaves half an archive under the target's name.
 */
export async function writeBackup(options: WriteBackupOptions): Promise<WrittenBackup> {
  const { target, signal } = options;
  const dir = dirname(target);
  const stem = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}`);
  const temp = `${stem}.tmp`;
  const snapshot = `${stem}.db`;
  try {
    mkdirSync(dir, { recursive: true });
    await options.snapshotDatabase(snapshot);
    signal.throwIfAborted();
    const { schemaVersion, attemptIds } = readSnapshot(snapshot);
    const sources: Source[] = [
      { path: DATABASE_NAME, file: snapshot, size: statSync(snapshot).size, compress: true },
      ...mediaSources(options.mediaDir, attemptIds),
    ];
    const files = await writeZip(sources, temp, schemaVersion, options);
    flushFile(temp);
    renameSync(temp, target);
    syncFolder(dir);
    return { sizeBytes: statSync(target).size, madeAt: new Date().toISOString(), files };
  } catch (err) {
    rmSync(temp, { force: true });
    throw asBackupError(err, signal, dir, options.log);
  } finally {
    rmSync(snapshot, { force: true });
    rmSync(`${snapshot}-journal`, { force: true });
  }
}

/** A snapshot is a plain file on its own: no WAL beside it. Returns what the archive needs from it. */
function readSnapshot(file: string): { schemaVersion: number; attemptIds: number[] } {
  const db = new Sqlite(file);
  try {
    db.pragma('journal_mode = DELETE');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new RetakeError('failed', `The library's database failed its own check (${String(check)}); it was not backed up.`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const attemptIds = db.prepare<[], number>('SELECT id FROM attempts ORDER BY id').pluck().all();
    return { schemaVersion, attemptIds };
  } finally {
    db.close();
  }
}

/** The files of the attempts the snapshot holds; a folder deleted by hand is simply absent. */
function mediaSources(mediaDir: string, attemptIds: readonly number[]): Source[] {
  const sources: Source[] = [];
  for (const id of attemptIds) {
    const folder = join(mediaDir, String(id));
    let names: string[];
    try {
      names = readdirSync(folder, { withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => d.name);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const path = `media/${id}/${name}`;
      if (!ArchivePath.safeParse(path).success) continue; // a stray temporary file
      const file = join(folder, name);
      sources.push({ path, file, size: statSync(file).size, compress: name === 'peaks' });
    }
  }
  return sources;
}

/**
 * Streams every source through a hash into the zip, then adds the manifest. The size and
 * checksum are of the bytes actually archived, so a file still growing (a recording in
 * progress) is described exactly as it was copied.
 */
async function writeZip(sources: readonly Source[], temp: string, schemaVersion: number, options: WriteBackupOptions): Promise<number> {
  const { signal } = options;
  const total = Math.max(1, sources.reduce((n, s) => n + s.size, 0));
  let copied = 0;
  let reported = -1;
  const progress = (bytes: number) => {
    copied += bytes;
    const fraction = Math.min(0.99, copied / total);
    if (fraction - reported >= 0.01) {
      reported = fraction;
      options.onProgress(fraction);
    }
  };

  const zip = new ZipFile();
  const output = zip.outputStream as NodeJS.ReadableStream & { destroy(err?: Error): void };
  zip.on('error', (err: Error) => output.destroy(err));
  const written = pipeline(output, createWriteStream(temp, { flags: 'wx' }), { signal });
  const described = sources.map(
    (source) =>
      new Promise<ManifestFile>((resolve, reject) => {
        zip.addReadStreamLazy(source.path, { compress: source.compress, mtime: new Date() }, (callback) => {
          const hash = createHash('sha256');
          let size = 0;
          const tap = new Transform({
            transform(chunk: Buffer, _encoding, done) {
              hash.update(chunk);
              size += chunk.length;
              progress(chunk.length);
              done(null, chunk);
            },
            flush(done) {
              resolve({ path: source.path, size, sha256: hash.digest('hex') });
              done();
            },
          });
          const input = createReadStream(source.file, { signal });
          input.on('error', (err) => {
            reject(err);
            tap.destroy(err);
          });
          callback(null, input.pipe(tap));
        });
      }),
  );
  // The pipeline fails first when the disk fills; the descriptions then never complete.
  const files = await Promise.race([Promise.all(described), written.then(() => Promise.reject(new Error('The archive ended early.')))]);
  const manifest: Manifest = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion, madeAt: new Date().toISOString(), files };
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_NAME, { compress: true });
  zip.end();
  await written;
  options.onProgress(1);
  return files.length;
}

function flushFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function asBackupError(err: unknown, signal: AbortSignal, dir: string, log: Logger): RetakeError {
  if (signal.aborted) return new RetakeError('conflict', 'The backup was cancelled; no archive was left behind.');
  if (err instanceof RetakeError) return err;
  if (isNoRoom(err)) return new RetakeError('failed', `The backup could not be written: the disk holding ${dir} is full. Nothing was left behind; free some space and try again.`);
  log.error('backup', 'writing a backup failed', err);
  return new RetakeError('failed', `The backup could not be written: ${(err as Error).message}`);
}
