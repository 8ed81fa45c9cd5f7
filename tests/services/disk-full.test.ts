import { execFile } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_ROOM_REASON } from '../../src/main/services/media/finalise';
import type { Attempt } from '../../src/shared/attempts';
import { type GeneratedRecording, makeRecordingWebm, splitIntoChunks } from '../support/media';
import { call, ok } from '../support/review';
import { makeTempDir, openTestRetake, recordThenCrash, REPO_ROOT, type TestRetake } from '../support/services';

/**
 * A real "no room" from the kernel, not a replaced function: the library runs in a child
 * process under `prlimit --fsize`, so every file it or its ffmpeg writes stops growing at
 * that size (EFBIG, or SIGXFSZ for ffmpeg), as a full disk stops them with ENOSPC.
 */
interface Outcome {
  refusedAt?: number;
  refusal?: string;
  afterRefusal?: string;
  attempts: Attempt[];
}

function underSizeLimit(limitBytes: number, args: string[]): Promise<Outcome> {
  const script = join(REPO_ROOT, 'tests/support/under-size-limit.ts');
  return new Promise((resolve, reject) =>
    execFile('prlimit', [`--fsize=${limitBytes}`, process.execPath, '--import', 'tsx', script, ...args], { cwd: REPO_ROOT }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as Outcome);
    }),
  );
}

/** A library whose database already exists, so the child only appends to it. */
async function preparedLibrary(): Promise<string> {
  const t = openTestRetake();
  await t.services.close();
  return t.dataDir;
}

function integrity(dataDir: string): unknown {
  const db = new Sqlite(join(dataDir, 'retake.db'), { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

let sourceDir: string;
let video: GeneratedRecording;
let chunks: Uint8Array[];
const dirs: string[] = [];
beforeAll(async () => {
  sourceDir = makeTempDir();
  // Big enough that the limit sits well above the database and the log.
  video = await makeRecordingWebm(sourceDir, { mode: 'video', seconds: 20 });
  chunks = splitIntoChunks(video.path, video.durationMs);
}, 180_000);
afterAll(() => {
  rmSync(sourceDir, { recursive: true, force: true });
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const bytesOf = (n: number) => chunks.slice(0, n).reduce((sum, c) => sum + c.byteLength, 0);

describe('a full disk', () => {
  it('mid-recording: stops at the last whole chunk, says why and how much, and saves what was written', async () => {
    const dataDir = await preparedLibrary();
    dirs.push(dataDir);
    const fits = 12;
    // Room for 12 chunks and half of the next: the 13th is refused, and the remux still fits.
    const outcome = await underSizeLimit(bytesOf(fits) + chunks[fits]!.byteLength / 2, ['record', dataDir, video.path, String(video.durationMs)]);

    expect(outcome.refusedAt).toBe(fits);
    expect(outcome.refusal).toMatch(/disk is full, so the recording stopped after about 12 s; the [\d.]+ MB that reached the disk are kept/);
    expect(outcome.afterRefusal).toMatch(/is (finalizing|ready), not recording/);
    const [attempt] = outcome.attempts;
    expect(attempt).toMatchObject({ status: 'ready', failureReason: null, mediaProblem: null });
    expect(Math.abs(attempt!.durationMs! - fits * 1000)).toBeLessThanOrEqual(1500);
    expect(integrity(dataDir)).toBe('ok');

    // Nothing about it breaks a normal start afterwards.
    const t: TestRetake = openTestRetake(dataDir);
    try {
      expect(await ok(t, 'getAttempt', { attemptId: attempt!.id })).toMatchObject({ status: 'ready', mediaProblem: null });
      expect((await ok(t, 'getPeaks', { attemptId: attempt!.id })).peaks.length).toBeGreaterThan(0);
    } finally {
      await t.services.close();
    }
  });

  it('mid-finalise: marks the attempt failed with a readable reason, keeps the file, and Try again saves it once there is room', async () => {
    const dataDir = await preparedLibrary();
    dirs.push(dataDir);
    const attemptId = await recordThenCrash(dataDir, video.path, video.durationMs, chunks.length);
    const part = join(dataDir, 'media', String(attemptId), 'recording.webm.part');
    const recorded = statSync(part).size;

    // The recording is whole on disk; there is no room for the remuxed copy.
    const outcome = await underSizeLimit(Math.floor(recorded / 2), ['recover', dataDir]);
    expect(outcome.attempts[0]).toMatchObject({ id: attemptId, status: 'failed', failureReason: NO_ROOM_REASON, mediaProblem: null });
    expect(statSync(part).size).toBe(recorded);
    expect(integrity(dataDir)).toBe('ok');

    const t = openTestRetake(dataDir);
    try {
      expect(await ok(t, 'getAttempt', { attemptId })).toMatchObject({ status: 'failed' }); // not retried behind the person's back
      expect(await ok(t, 'retryFinalise', { attemptId })).toMatchObject({ status: 'finalizing' });
      await t.services.settled();
      const saved = await ok(t, 'getAttempt', { attemptId });
      expect(saved).toMatchObject({ status: 'recovered', failureReason: null, mediaProblem: null });
      expect(Math.abs(saved.durationMs! - video.durationMs)).toBeLessThanOrEqual(1500);
      expect(existsSync(part)).toBe(false);
      expect(await call(t, 'retryFinalise', { attemptId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    } finally {
      await t.services.close();
    }
  });
});
