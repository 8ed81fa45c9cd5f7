import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryPrint } from '../support/backup';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok, readyAttempt } from '../support/review';
import type { TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((c) => (chunks = c));
let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

const backupsDir = () => join(t.dataDir, 'backups');
/** Everything in the backups folder, hidden files included: an unfinished copy must leave none. */
const inBackupsFolder = () => (existsSync(backupsDir()) ? readdirSync(backupsDir()).sort() : []);

/** Sends `bytes` as the browser does: begin, pieces in order, finish. */
async function upload(name: string, bytes: Buffer, pieceBytes = 4096) {
  const { uploadId } = await ok(t, 'beginBackupUpload', { name, sizeBytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += pieceBytes) {
    await ok(t, 'appendBackupUpload', { uploadId, offset, data: new Uint8Array(bytes.subarray(offset, offset + pieceBytes)) });
  }
  return ok(t, 'finishBackupUpload', { uploadId });
}

describe('bringing an archive in from the browser', () => {
  it('copies it into the backups folder byte for byte, and it restores by name', async () => {
    await readyAttempt(t, chunks);
    const made = (await ok(t, 'createBackup', {}))!;
    const bytes = readFileSync(join(backupsDir(), made.fileName));
    const before = libraryPrint(t.dataDir);
    const copied = await upload('from-my-old-laptop.zip', bytes);
    expect(copied).toMatchObject({ fileName: 'from-my-old-laptop.zip', sizeBytes: bytes.length });
    expect(readFileSync(join(backupsDir(), copied.fileName))).toEqual(bytes);
    expect(inBackupsFolder()).toEqual(['from-my-old-laptop.zip', made.fileName].sort());
    expect((await ok(t, 'getBackupStatus', {})).backups.map((b) => b.fileName).sort()).toEqual(inBackupsFolder());

    await ok(t, 'deleteAttempt', { attemptId: (await ok(t, 'listAttempts', {}))[0]!.id });
    expect(await ok(t, 'restoreBackup', { fileName: copied.fileName })).toMatchObject({ attempts: 1 });
    expect(libraryPrint(t.dataDir).media).toEqual(before.media);
  });

  it('never replaces a backup already there, and makes any picked name a plain one', async () => {
    const bytes = Buffer.from('PK pretend archive');
    expect((await upload('same.zip', bytes)).fileName).toBe('same.zip');
    expect((await upload('same.zip', bytes)).fileName).toBe('same-2.zip');
    expect((await upload('../../etc/passwd', bytes)).fileName).toBe('etc-passwd.zip');
    expect((await upload('Backup (März).ZIP', bytes)).fileName).toBe('Backup -M-rz-.zip');
    expect((await upload('///', bytes)).fileName).toBe('uploaded-backup.zip');
    expect(inBackupsFolder().every((name) => !name.startsWith('.'))).toBe(true);
  });

  it('refuses pieces out of order, or more than the file holds, and leaves nothing behind', async () => {
    const { uploadId } = await ok(t, 'beginBackupUpload', { name: 'a.zip', sizeBytes: 10 });
    await ok(t, 'appendBackupUpload', { uploadId, offset: 0, data: new Uint8Array(6) });
    expect(await call(t, 'appendBackupUpload', { uploadId, offset: 0, data: new Uint8Array(4) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'The copy expected the piece at byte 6, not 0; pick the file again.' },
    });
    expect(await call(t, 'finishBackupUpload', { uploadId })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'The copy is not complete: 6 of 10 bytes arrived.' },
    });
    expect(await call(t, 'appendBackupUpload', { uploadId, offset: 6, data: new Uint8Array(5) })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(inBackupsFolder()).toEqual([]);
    expect(await call(t, 'appendBackupUpload', { uploadId, offset: 6, data: new Uint8Array(4) })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('drops a cancelled copy, and a new one drops an unfinished one', async () => {
    const first = await ok(t, 'beginBackupUpload', { name: 'a.zip', sizeBytes: 10 });
    await ok(t, 'appendBackupUpload', { uploadId: first.uploadId, offset: 0, data: new Uint8Array(3) });
    const second = await ok(t, 'beginBackupUpload', { name: 'b.zip', sizeBytes: 10 });
    expect(await call(t, 'appendBackupUpload', { uploadId: first.uploadId, offset: 3, data: new Uint8Array(3) })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(inBackupsFolder()).toHaveLength(1);
    await ok(t, 'cancelBackupUpload', second);
    expect(inBackupsFolder()).toEqual([]);
  });

  it('refuses a malformed upload id and an empty or oversized file', async () => {
    expect(await call(t, 'appendBackupUpload', { uploadId: '../x', offset: 0, data: new Uint8Array(1) })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(t, 'beginBackupUpload', { name: 'a.zip', sizeBytes: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(t, 'beginBackupUpload', { name: 'a.zip', sizeBytes: 2 ** 40 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(inBackupsFolder()).toEqual([]);
  });
});
