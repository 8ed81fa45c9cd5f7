import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { RetakeEvent } from '../../src/shared/events';
import { Backups } from '../../src/renderer/lib/settings/backups.svelte';
import { Toasts } from '../../src/renderer/lib/toasts.svelte';
import { manifestFor, writeZip } from '../support/backup';
import { inProcessBridge } from '../support/in-process-bridge';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { readyAttempt } from '../support/review';
import type { TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((c) => (chunks = c));
let t: TestRetake;
let events: RetakeEvent[];
useTestRetake((opened, collected) => {
  t = opened;
  events = collected;
});
let bridge: RetakeBridge;
let toasts: Toasts;
let backups: Backups;
beforeEach(() => {
  bridge = inProcessBridge(t.services);
  toasts = new Toasts();
  backups = new Backups(bridge, toasts);
});

const backupsDir = () => join(t.dataDir, 'backups');

describe('Backups (settings)', () => {
  it('says where things are and that nothing was backed up yet', async () => {
    const stop = backups.start();
    await expect.poll(() => backups.status).not.toBeNull();
    expect(backups.status).toMatchObject({ lastBackupAt: null, dataFolder: t.dataDir, folder: backupsDir(), backups: [] });
    expect(backups.logPath).toEqual(expect.any(String));
    expect(backups.loadError).toBeNull();
    stop();
  });

  it('backs up with progress, then shows the archive and when it was made', async () => {
    await readyAttempt(t, chunks);
    const stop = backups.start();
    const seen: (number | null)[] = [];
    const off = bridge.onEvent(() => seen.push(backups.fraction));
    const running = backups.backUp();
    expect(backups.running).toBe('backup');
    await running;
    off();
    stop();
    expect(seen.some((f) => f !== null && f > 0)).toBe(true);
    expect(backups.running).toBeNull();
    expect(backups.error).toBeNull();
    expect(backups.outcome).toMatchObject({ kind: 'backed-up', text: expect.stringMatching(/^Backed up \d+ files? \(.+\) to retake-backup-.+\.zip\.$/) });
    expect(backups.status?.lastBackupAt).toEqual(expect.any(String));
    expect(backups.status?.backups).toHaveLength(1);
    expect(toasts.items.map((i) => i.kind)).toEqual(['success']);
  });

  it('asks before a restore, and a dismissed question changes nothing', async () => {
    const attempt = await readyAttempt(t, chunks);
    await backups.backUp();
    const fileName = backups.status!.backups[0]!.fileName;
    backups.askRestore({ fileName });
    expect(backups.confirming).toEqual({ fileName });
    expect(backups.confirmingFile?.fileName).toBe(fileName);
    backups.dismissRestore();
    expect(backups.confirming).toBeNull();
    await backups.confirmRestore();
    expect(events.some((e) => e.type === 'library-replaced')).toBe(false);
    expect((await bridge.listAttempts({})).map((a) => a.id)).toEqual([attempt.id]);
  });

  it('restores after the confirmation and says so across the reload', async () => {
    const attempt = await readyAttempt(t, chunks);
    await backups.backUp();
    await bridge.deleteAttempt({ attemptId: attempt.id });
    expect(await bridge.listAttempts({})).toEqual([]);
    backups.askRestore({ fileName: backups.status!.backups[0]!.fileName });
    await backups.confirmRestore();
    expect(backups.error).toBeNull();
    expect(backups.outcome).toMatchObject({ kind: 'restored', text: expect.stringMatching(/^Restored the backup from .+: 1 attempt\.$/) });
    expect(events.some((e) => e.type === 'library-replaced')).toBe(true);
    expect((await bridge.listAttempts({})).map((a) => a.id)).toEqual([attempt.id]);
    expect(toasts.items.at(-1)).toMatchObject({ kind: 'success', carry: true });
  });

  it('shows a refused archive in words and leaves the library as it was', async () => {
    const attempt = await readyAttempt(t, chunks);
    mkdirSync(backupsDir(), { recursive: true });
    const entries = [{ name: 'notes.txt', data: Buffer.from('not a library') }];
    await writeZip(join(backupsDir(), 'foreign.zip'), [...entries, { ...manifestFor(entries, 1), data: Buffer.from('{"format":"something-else"}') }]);
    await backups.load();
    backups.askRestore({ fileName: 'foreign.zip' });
    await backups.confirmRestore();
    expect(backups.error).toBe('This backup cannot be restored: it is not a Retake backup. Nothing was changed.');
    expect(backups.lastOperation).toBe('restore');
    expect(backups.outcome).toBeNull();
    expect(backups.running).toBeNull();
    expect((await bridge.listAttempts({})).map((a) => a.id)).toEqual([attempt.id]);
    expect(readdirSync(t.dataDir).filter((n) => n.startsWith('.restore-') || n.startsWith('.before-restore-'))).toEqual([]);
  });

  it('cancels a backup and leaves no archive', async () => {
    await readyAttempt(t, chunks);
    await backups.load();
    const running = backups.backUp();
    await backups.cancel();
    await running;
    expect(backups.outcome).toEqual({ kind: 'cancelled', text: 'The backup was cancelled; nothing was written.' });
    expect(backups.error).toBeNull();
    expect(existsSync(backupsDir()) ? readdirSync(backupsDir()) : []).toEqual([]);
    expect(backups.status?.lastBackupAt).toBeNull();
  });

  it('restores a file picked in the browser: copied in with progress, then checked and restored', async () => {
    const attempt = await readyAttempt(t, chunks);
    await backups.backUp();
    const made = backups.status!.backups[0]!.fileName;
    const picked = new File([readFileSync(join(backupsDir(), made))], 'from old laptop.zip', { type: 'application/zip' });
    await bridge.deleteAttempt({ attemptId: attempt.id });
    backups.askRestore({ file: picked });
    expect(backups.confirmingFile).toEqual({ fileName: 'from old laptop.zip', madeAt: null });
    const copying: boolean[] = [];
    const running = backups.confirmRestore();
    copying.push(backups.copying);
    await running;
    expect(copying).toEqual([true]);
    expect(backups.copying).toBe(false);
    expect(backups.error).toBeNull();
    expect(backups.outcome).toMatchObject({ kind: 'restored' });
    expect((await bridge.listAttempts({})).map((a) => a.id)).toEqual([attempt.id]);
    expect(readdirSync(backupsDir()).sort()).toEqual(['from old laptop.zip', made].sort());
  });

  it('refuses a picked file that is not a backup, in words, with the library as it was', async () => {
    const attempt = await readyAttempt(t, chunks);
    backups.askRestore({ file: new File(['just some text'], 'notes.zip') });
    await backups.confirmRestore();
    expect(backups.error).toMatch(/^This backup cannot be restored: it is not a zip archive.*Nothing was changed\.$/);
    expect((await bridge.listAttempts({})).map((a) => a.id)).toEqual([attempt.id]);
  });

  it('cancels while a picked file is being copied, and leaves no copy', async () => {
    await backups.load();
    // Three pieces: the cancel lands before the second.
    backups.askRestore({ file: new File([new Uint8Array(9 * 1024 * 1024)], 'big.zip') });
    const running = backups.confirmRestore();
    await backups.cancel();
    await running;
    expect(backups.outcome).toEqual({ kind: 'cancelled', text: 'The restore was cancelled. Nothing was changed.' });
    expect(backups.error).toBeNull();
    expect(existsSync(backupsDir()) ? readdirSync(backupsDir()) : []).toEqual([]);
  });
});
