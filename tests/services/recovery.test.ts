import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import type { RetakeEvent } from '../../src/shared/events';
import { type GeneratedRecording, makeRecordingWebm, splitIntoChunks } from '../support/media';
import { makeTempDir, openTestRetake, recordThenCrash, startRecording, TEST_CLIENT, type TestRetake } from '../support/services';

let sourceDir: string;
let video: GeneratedRecording;
let chunks: Uint8Array<ArrayBuffer>[];
beforeAll(async () => {
  sourceDir = makeTempDir();
  video = await makeRecordingWebm(sourceDir, { mode: 'video', seconds: 5 });
  chunks = splitIntoChunks(video.path, video.durationMs);
});
afterAll(() => rmSync(sourceDir, { recursive: true, force: true }));

let t: TestRetake | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

const sizeOf = (list: readonly Uint8Array[]) => list.reduce((n, c) => n + c.byteLength, 0);

describe('recovery on startup', () => {
  it('finalises an attempt whose app was killed mid-recording, keeping what reached disk', async () => {
    const dataDir = makeTempDir();
    const id = await recordThenCrash(dataDir, video.path, video.durationMs, 3);
    const part = join(dataDir, 'media', String(id), 'recording.webm.part');
    expect(readFileSync(part).length).toBe(sizeOf(chunks.slice(0, 3)));

    t = openTestRetake(dataDir);
    expect((await t.services.handlers.getAttempt({ attemptId: id }, TEST_CLIENT)).status).toBe('finalizing');
    await t.services.settled();
    const attempt = await t.services.handlers.getAttempt({ attemptId: id }, TEST_CLIENT);
    expect(attempt).toMatchObject({ status: 'recovered', recoveryCause: 'app-stopped', recoveryUnseen: true, hasPoster: true, endedAt: expect.any(String) });
    // Three of five one-second slices survived: about three seconds of the answer.
    expect(attempt.durationMs).toBeGreaterThan(2000);
    expect(attempt.durationMs).toBeLessThan(video.durationMs - 500);
    expect(t.services.mediaPath(id, 'video')).not.toBeNull();
  });

  it('finalises attempts left recording by a clean quit, or left finalising, as recovered', async () => {
    t = openTestRetake();
    const quit = await startRecording(t.services, chunks);
    const stopped = await startRecording(t.services, chunks);
    await t.services.close();
    // As if the app died after stopping, before finalising finished.
    const db = new Sqlite(join(t.dataDir, 'retake.db'));
    db.prepare(`UPDATE attempts SET status = 'finalizing', ended_at = '2030-01-01T00:00:00.000Z' WHERE id = ?`).run(stopped.id);
    db.close();

    await t.reopen();
    await t.services.settled();
    const [a, b] = await Promise.all([quit, stopped].map(({ id }) => t?.services.handlers.getAttempt({ attemptId: id }, TEST_CLIENT)));
    for (const attempt of [a, b]) {
      expect(attempt).toMatchObject({ status: 'recovered', recoveryCause: 'app-stopped', recoveryUnseen: true });
      expect(Math.abs((attempt?.durationMs ?? 0) - video.durationMs)).toBeLessThanOrEqual(300);
    }
    expect(b?.endedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('lets the user acknowledge a recovered attempt', async () => {
    t = openTestRetake();
    const { id } = await startRecording(t.services, chunks.slice(0, 2));
    await t.reopen();
    await t.services.settled();
    const events: RetakeEvent[] = [];
    t.services.onEvent((e) => events.push(e));
    const reply = await dispatch(t.services, 'acknowledgeRecovery', { attemptId: id }, TEST_CLIENT);
    expect(reply).toMatchObject({ ok: true, value: { id, status: 'recovered', recoveryUnseen: false } });
    expect(events).toEqual([{ type: 'attempt-updated', attempt: reply.ok ? reply.value : null }]);
    expect(await dispatch(t.services, 'acknowledgeRecovery', { attemptId: 999 }, TEST_CLIENT)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('a client going away', () => {
  it('finalises only what that client was recording, as recovered', async () => {
    t = openTestRetake();
    const gone = { clientId: 'window-1' };
    const staying = { clientId: 'window-2' };
    const a = await startRecording(t.services, chunks.slice(0, 3), { ctx: gone });
    const b = await startRecording(t.services, chunks.slice(0, 3), { ctx: staying });
    const events: RetakeEvent[] = [];
    t.services.onEvent((e) => events.push(e));

    await t.services.clientGone(gone.clientId);
    const lost = await t.services.handlers.getAttempt({ attemptId: a.id }, gone);
    expect(lost).toMatchObject({ status: 'recovered', recoveryCause: 'window-closed', recoveryUnseen: true });
    expect(lost.durationMs).toBeGreaterThan(2000);
    expect(events.at(-1)).toEqual({ type: 'attempt-updated', attempt: lost });

    // The other window carries on undisturbed.
    for (const [seq, data] of chunks.entries()) {
      if (seq >= 3) await t.services.handlers.appendChunk({ attemptId: b.id, seq, data }, staying);
    }
    await t.services.handlers.stopAttempt({ attemptId: b.id }, staying);
    await t.services.settled();
    expect(await t.services.handlers.getAttempt({ attemptId: b.id }, staying)).toMatchObject({ status: 'ready', recoveryCause: null, recoveryUnseen: false });

    await t.services.clientGone('nobody'); // nothing to do
  });
});
