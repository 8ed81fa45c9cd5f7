import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractBackup } from '../../src/main/services/backup/read-backup';
import { openDatabase } from '../../src/main/services/db/open';
import { MIGRATIONS } from '../../src/main/services/db/migrations';
import type { BackupResult } from '../../src/shared/backup';
import type { RetakeEvent } from '../../src/shared/events';
import { type ArchiveEntry, databaseRows, libraryPrint, manifestFor, topEntries, writeZip } from '../support/backup';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { INTERVIEW } from '../support/journal';
import { call, ok, readyAttempt } from '../support/review';
import { makeTempDir, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((c) => (chunks = c));
let t: TestRetake;
let events: RetakeEvent[];
useTestRetake((opened, collected) => {
  t = opened;
  events = collected;
});
let scratch: string;
beforeEach(() => {
  scratch = makeTempDir('retake-backup-test-');
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const KNOWN = MIGRATIONS.length;
const backupsDir = () => join(t.dataDir, 'backups');

/** An attempt with a note and a rating, and a journal entry: something of everything. */
async function fillLibrary() {
  const attempt = await readyAttempt(t, chunks);
  const note = await ok(t, 'createNote', { attemptId: attempt.id, startMs: 500, category: 'delivery', text: 'Slow down here' });
  await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'clarity', score: 4 });
  const interview = await ok(t, 'createInterview', INTERVIEW);
  return { attempt, note, interview };
}

async function backUp(): Promise<NonNullable<BackupResult>> {
  const result = await ok(t, 'createBackup', {});
  if (!result) throw new Error('no backup was written');
  return result;
}

/** Unpacks an archive with the same checks a restore makes, into a fresh folder. */
async function unpacked(archive: string): Promise<string> {
  const into = join(scratch, `unpacked-${Math.random().toString(36).slice(2)}`);
  mkdirSync(into);
  await extractBackup(archive, into, { knownSchema: KNOWN, signal: new AbortController().signal, onProgress: () => {} });
  return into;
}

describe('backing up', () => {
  it('writes a consistent archive while writes go on, and keeps every committed row', async () => {
    await fillLibrary();
    const committed = databaseRows(join(t.dataDir, 'retake.db'));
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await ok(t, 'createPrompt', { text: `Asked while backing up ${written++}`, competency: 'teamwork' });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await backUp();
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);
    expect(existsSync(join(backupsDir(), result.fileName))).toBe(true);

    const copy = await unpacked(join(backupsDir(), result.fileName));
    const db = new Sqlite(join(copy, 'retake.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('user_version', { simple: true })).toBe(KNOWN);
    db.close();
    const archived = databaseRows(join(copy, 'retake.db'));
    for (const [table, rows] of Object.entries(committed)) {
      expect(archived[table], table).toEqual(expect.arrayContaining(rows));
    }
    expect(libraryPrint(copy).media).toEqual(libraryPrint(t.dataDir).media);
    const progress = events.filter((e) => e.type === 'backup-progress');
    expect(progress.at(-1)).toEqual({ type: 'backup-progress', operation: 'backup', fraction: 1 });
    // Only the finished archive is left: no temporary file, no database snapshot.
    expect(topEntries(backupsDir())).toEqual([result.fileName]);

    const status = await ok(t, 'getBackupStatus', {});
    expect(status).toMatchObject({ lastBackupAt: expect.any(String), suggestBackup: false, busy: false, canChooseFile: false });
    expect(status.backups.map((b) => b.fileName)).toEqual([result.fileName]);
  });

  it('offers a backup once there is something to keep and none was made', async () => {
    expect((await ok(t, 'getBackupStatus', {})).suggestBackup).toBe(false);
    await readyAttempt(t, chunks);
    expect(await ok(t, 'getBackupStatus', {})).toMatchObject({ lastBackupAt: null, suggestBackup: true, dataFolder: t.dataDir });
  });

  it('offers one after a week only when something was recorded since', async () => {
    await readyAttempt(t, chunks);
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString();
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
    // The newest attempt was recorded before that backup: nothing new to keep.
    writeFileSync(join(t.dataDir, 'backup-history.json'), JSON.stringify({ lastBackupAt: new Date().toISOString() }));
    expect((await ok(t, 'getBackupStatus', {})).suggestBackup).toBe(false);
    writeFileSync(join(t.dataDir, 'backup-history.json'), JSON.stringify({ lastBackupAt: eightDaysAgo }));
    expect((await ok(t, 'getBackupStatus', {})).suggestBackup).toBe(true);
    // A week old, but every attempt is older still.
    const db = new Sqlite(join(t.dataDir, 'retake.db'));
    db.prepare('UPDATE attempts SET started_at = ?').run(new Date(Date.now() - 9 * 24 * 60 * 60 * 1000).toISOString());
    db.close();
    expect((await ok(t, 'getBackupStatus', {})).suggestBackup).toBe(false);
    // Recent but not a week: not yet.
    writeFileSync(join(t.dataDir, 'backup-history.json'), JSON.stringify({ lastBackupAt: yesterday }));
    await readyAttempt(t, chunks);
    expect((await ok(t, 'getBackupStatus', {})).suggestBackup).toBe(false);
  });

  it('leaves nothing behind when cancelled', async () => {
    await fillLibrary();
    const running = call(t, 'createBackup', {});
    await ok(t, 'cancelBackup', {});
    const reply = await running;
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/cancelled/) } });
    expect(existsSync(backupsDir()) ? topEntries(backupsDir()) : []).toEqual([]);
    expect((await ok(t, 'getBackupStatus', {})).lastBackupAt).toBeNull();
  });

  it('refuses a second backup while one runs', async () => {
    await fillLibrary();
    const first = call(t, 'createBackup', {});
    expect(await call(t, 'createBackup', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await first).toMatchObject({ ok: true });
  });
});

describe('restoring', () => {
  it('brings back every row and every media byte, in place', async () => {
    const { attempt, note } = await fillLibrary();
    const before = libraryPrint(t.dataDir);
    const { fileName } = await backUp();

    await ok(t, 'deleteNote', { id: note.id });
    await ok(t, 'createPrompt', { text: 'Added after the backup', competency: 'leadership' });
    await ok(t, 'deleteAttempt', { attemptId: attempt.id });
    expect(libraryPrint(t.dataDir)).not.toEqual(before);

    const restored = await ok(t, 'restoreBackup', { fileName });
    expect(restored).toMatchObject({ attempts: 1, migratedFrom: null });
    expect(libraryPrint(t.dataDir)).toEqual(before);
    expect(events.some((e) => e.type === 'library-replaced')).toBe(true);
    // The same services object works on the restored library.
    const review = await ok(t, 'getReview', { attemptId: attempt.id });
    expect(review.notes.map((n) => n.text)).toEqual(['Slow down here']);
    expect(t.services.mediaPath(attempt.id, 'video')).toBe(join(t.dataDir, 'media', String(attempt.id), 'answer.webm'));
    expect(topEntries(t.dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
    // And it survives a restart.
    await t.reopen();
    expect(libraryPrint(t.dataDir)).toEqual(before);
  });

  it('migrates a backup from an older Retake', async () => {
    const old = join(scratch, 'old.db');
    const db = openDatabase(old, MIGRATIONS.slice(0, 2));
    db.prepare(`INSERT INTO prompts (text, competency, source, created_at) VALUES ('From an old Retake', 'teamwork', 'custom', ?)`).run(new Date().toISOString());
    db.pragma('journal_mode = DELETE');
    db.close();
    const files: ArchiveEntry[] = [{ name: 'retake.db', data: readFileSync(old) }];
    mkdirSync(backupsDir(), { recursive: true });
    await writeZip(join(backupsDir(), 'old.zip'), [...files, manifestFor(files, 2)]);

    expect(await ok(t, 'restoreBackup', { fileName: 'old.zip' })).toMatchObject({ attempts: 0, migratedFrom: 2 });
    const prompts = await ok(t, 'listPrompts', {});
    expect(prompts.map((p) => p.text)).toContain('From an old Retake');
  });

  describe('refuses, changing nothing,', () => {
    let good: string;
    beforeEach(async () => {
      await fillLibrary();
      good = join(backupsDir(), (await backUp()).fileName);
    });

    async function expectRefused(fileName: string, code: string, message: RegExp) {
      const before = libraryPrint(t.dataDir);
      const top = topEntries(t.dataDir);
      const reply = await call(t, 'restoreBackup', { fileName });
      expect(reply).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
      if (!reply.ok) expect(reply.error.message).toMatch(/Nothing was changed/);
      expect(libraryPrint(t.dataDir)).toEqual(before);
      expect(topEntries(t.dataDir)).toEqual(top);
      expect((await ok(t, 'listAttempts', {})).length).toBe(1);
    }

    const copyAs = (name: string) => {
      const path = join(backupsDir(), name);
      copyFileSync(good, path);
      return path;
    };

    /** The good backup's database changed by `change`, archived alone as `name` with a manifest stating `schema`. */
    async function withDatabase(name: string, change: (db: Sqlite.Database) => void, schema = KNOWN): Promise<void> {
      const copy = await unpacked(good);
      const db = new Sqlite(join(copy, 'retake.db'));
      change(db);
      db.close();
      const files: ArchiveEntry[] = [{ name: 'retake.db', data: readFileSync(join(copy, 'retake.db')) }];
      await writeZip(join(backupsDir(), name), [...files, manifestFor(files, schema)]);
    }

    it('a truncated archive', async () => {
      const path = copyAs('truncated.zip');
      truncateSync(path, Math.floor(readFileSync(path).length * 0.6));
      await expectRefused('truncated.zip', 'invalid-input', /damaged or cut short/);
    });

    it('an archive with a damaged file', async () => {
      const path = copyAs('damaged.zip');
      const bytes = readFileSync(path);
      // Inside the recording, which is stored uncompressed: only the checksum can tell.
      const at = bytes.indexOf(Buffer.from('answer.webm')) + 400;
      bytes[at] = bytes[at]! ^ 0xff;
      writeFileSync(path, bytes);
      await expectRefused('damaged.zip', 'invalid-input', /does not match its checksum|damaged/);
    });

    it('a zip that is not a Retake backup', async () => {
      await writeZip(join(backupsDir(), 'foreign.zip'), [{ name: 'holiday.jpg', data: Buffer.from('not ours') }]);
      await expectRefused('foreign.zip', 'invalid-input', /not a Retake backup/);
    });

    it('a file that is not a zip at all', async () => {
      writeFileSync(join(backupsDir(), 'text.zip'), 'just some text');
      await expectRefused('text.zip', 'invalid-input', /not a zip archive/);
    });

    it('a backup from a newer Retake', async () => {
      await withDatabase('newer.zip', (db) => db.pragma(`user_version = ${KNOWN + 1}`), KNOWN + 1);
      await expectRefused('newer.zip', 'conflict', new RegExp(`newer version of Retake .*schema ${KNOWN + 1}`));
    });

    it('an entry that would be written outside the library (zip slip)', async () => {
      const db: ArchiveEntry = { name: 'retake.db', data: readFileSync(join(await unpacked(good), 'retake.db')) };
      const sneaky: ArchiveEntry = { name: 'zz/zz/zz/escaped.txt', data: Buffer.from('got out') };
      const path = join(backupsDir(), 'slip.zip');
      await writeZip(path, [db, sneaky, manifestFor([db, sneaky], KNOWN)]);
      // yazl will not write "..", so put it in by hand: same length, in every header and the manifest.
      const bytes = readFileSync(path);
      writeFileSync(path, Buffer.from(bytes.toString('latin1').replaceAll('zz/zz/zz/escaped.txt', '../../../escaped.txt'), 'latin1'));
      await expectRefused('slip.zip', 'invalid-input', /cannot be restored/);
      for (let dir = t.dataDir, i = 0; i < 4; i++, dir = dirname(dir)) expect(existsSync(join(dir, 'escaped.txt'))).toBe(false);
    });

    it('a database carrying a trigger Retake never made', async () => {
      // Planted by whoever made the file: it would run inside every later write to the library.
      await withDatabase('trigger.zip', (db) =>
        db.exec('CREATE TRIGGER drop_new_attempts AFTER INSERT ON attempts BEGIN DELETE FROM attempts WHERE id = NEW.id; END'),
      );
      await expectRefused('trigger.zip', 'invalid-input', /trigger "drop_new_attempts" that Retake does not make/);
    });

    it('a database whose table was swapped for a view', async () => {
      await withDatabase('view.zip', (db) => {
        db.pragma('foreign_keys = OFF');
        db.exec('DROP TABLE settings; CREATE VIEW settings AS SELECT 1 AS id');
      });
      await expectRefused('view.zip', 'invalid-input', /view "settings" that Retake does not make/);
    });

    it('an archive holding a file its manifest does not list', async () => {
      const db: ArchiveEntry = { name: 'retake.db', data: readFileSync(join(await unpacked(good), 'retake.db')) };
      await writeZip(join(backupsDir(), 'extra.zip'), [db, { name: 'media/1/answer.webm', data: Buffer.from('x') }, manifestFor([db], KNOWN)]);
      await expectRefused('extra.zip', 'invalid-input', /does not list/);
    });
  });
});
