import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import { PEAKS_PER_SECOND } from '../../src/main/services/media/peak-meter';
import { toolPath } from '../../src/main/services/media/tools';
import type { Peaks } from '../../src/shared/attempts';
import {
  type GeneratedRecording,
  makeRecordingWebm,
  splitIntoChunks,
  statedDurationMs,
  truncateMidCluster,
  type TruncatedRecording,
  unreadableChunk,
} from '../support/media';
import { makeTempDir, openTestRetake, recordAttempt, startRecording, TEST_CLIENT, type TestRetake } from '../support/services';

let sourceDir: string;
let video: GeneratedRecording;
let audio: GeneratedRecording;
let short: GeneratedRecording;
let truncated: TruncatedRecording;
beforeAll(async () => {
  sourceDir = makeTempDir();
  [video, audio, short] = await Promise.all([
    makeRecordingWebm(sourceDir, { mode: 'video', seconds: 5 }),
    makeRecordingWebm(sourceDir, { mode: 'audio', seconds: 4 }),
    makeRecordingWebm(sourceDir, { mode: 'video', seconds: 1 }),
  ]);
  truncated = truncateMidCluster(video.path, join(sourceDir, 'truncated.webm'), 0.6);
});
afterAll(() => rmSync(sourceDir, { recursive: true, force: true }));

let t: TestRetake;
beforeEach(() => {
  t = openTestRetake();
});
afterEach(() => t.dispose());

const chunksOf = (file: string, durationMs: number) => splitIntoChunks(file, durationMs);
const peaksOf = async (attemptId: number) => {
  const reply = await dispatch(t.services, 'getPeaks', { attemptId }, TEST_CLIENT);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as Peaks;
};

describe('finalising', () => {
  it('remuxes a MediaRecorder-style video into a seekable answer with waveform and poster', async () => {
    const attempt = await recordAttempt(t.services, chunksOf(video.path, video.durationMs));
    expect(attempt).toMatchObject({ status: 'ready', failureReason: null, hasPoster: true, recoveryUnseen: false });
    expect(Math.abs((attempt.durationMs ?? 0) - video.durationMs)).toBeLessThanOrEqual(300);

    const answer = t.services.mediaPath(attempt.id, 'video');
    expect(answer).toBe(join(t.dataDir, 'media', String(attempt.id), 'answer.webm'));
    expect(attempt.sizeBytes).toBe(statSync(answer as string).size);
    // Like MediaRecorder output, the source states no duration and has no Cues; the answer has both.
    expect(await statedDurationMs(video.path)).toBeNull();
    const cues = Buffer.from([0x1c, 0x53, 0xbb, 0x6b]);
    expect(readFileSync(video.path).includes(cues)).toBe(false);
    expect(readFileSync(answer as string).includes(cues)).toBe(true);
    const poster = t.services.mediaPath(attempt.id, 'poster');
    expect(poster && readFileSync(poster).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(existsSync(join(t.dataDir, 'media', String(attempt.id), 'recording.webm.part'))).toBe(false);

    const { durationMs, rate, peaks } = await peaksOf(attempt.id);
    expect(durationMs).toBe(attempt.durationMs);
    expect(rate).toBe(PEAKS_PER_SECOND);
    expect(Math.abs(peaks.length - (durationMs / 1000) * rate)).toBeLessThanOrEqual(3);
    expect(peaks.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(Math.max(...peaks)).toBeGreaterThan(0.1); // the speech
  });

  it('takes the first frame as the poster of a very short clip', async () => {
    const attempt = await recordAttempt(t.services, chunksOf(short.path, short.durationMs));
    expect(attempt).toMatchObject({ status: 'ready', hasPoster: true });
    expect(Math.abs((attempt.durationMs ?? 0) - short.durationMs)).toBeLessThanOrEqual(300);
  });

  it('finalises an audio-only recording without a poster', async () => {
    const attempt = await recordAttempt(t.services, chunksOf(audio.path, audio.durationMs), { mode: 'audio' });
    expect(attempt).toMatchObject({ status: 'ready', mode: 'audio', hasPoster: false });
    expect(Math.abs((attempt.durationMs ?? 0) - audio.durationMs)).toBeLessThanOrEqual(300);
    expect(t.services.mediaPath(attempt.id, 'poster')).toBeNull();
    expect(t.services.mediaPath(attempt.id, 'video')).not.toBeNull();
    expect((await peaksOf(attempt.id)).peaks.length).toBeGreaterThan(audio.durationMs / 20 - 3);
  });

  it('keeps what survived of a file cut off mid-cluster', async () => {
    const attempt = await recordAttempt(t.services, chunksOf(truncated.path, video.durationMs));
    expect(attempt.status).toBe('ready');
    expect(attempt.durationMs).toBeGreaterThan(truncated.lastClusterMs);
    expect(attempt.durationMs).toBeLessThanOrEqual(truncated.cutClusterMs + 100);
    expect(Math.abs((await peaksOf(attempt.id)).peaks.length - ((attempt.durationMs ?? 0) / 1000) * PEAKS_PER_SECOND)).toBeLessThanOrEqual(3);
  });

  it('marks a garbage file failed with a reason, keeps it, and the library keeps working', async () => {
    const garbage = unreadableChunk(50_000).map((byte, i) => (i < 4 ? byte : (i * 7919) % 251));
    const failed = await recordAttempt(t.services, [garbage]);
    expect(failed).toMatchObject({ status: 'failed', durationMs: null, hasPoster: false });
    expect(failed.failureReason).toMatch(/^The recording could not be read: Invalid data found when processing input\. The original file was kept\.$/);
    expect(failed.failureReason).not.toContain(t.dataDir);
    const part = join(t.dataDir, 'media', String(failed.id), 'recording.webm.part');
    expect(readFileSync(part)).toEqual(Buffer.from(garbage));
    expect(t.services.mediaPath(failed.id, 'video')).toBeNull();
    expect(await dispatch(t.services, 'getPeaks', { attemptId: failed.id }, TEST_CLIENT)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const next = await recordAttempt(t.services, chunksOf(audio.path, audio.durationMs), { mode: 'audio' });
    expect(next.status).toBe('ready');
    expect((await t.services.handlers.listAttempts({}, TEST_CLIENT)).map((a) => a.status)).toEqual(['ready', 'failed']);
  });

  it('marks an attempt stopped before any data failed', async () => {
    const attempt = await recordAttempt(t.services, []);
    expect(attempt).toMatchObject({ status: 'failed', failureReason: 'Nothing was recorded: no data reached the disk.' });
  });

  it('serves no media or waveform while recording, and none for ids that are not attempts', async () => {
    const attempt = await startRecording(t.services, chunksOf(audio.path, audio.durationMs).slice(0, 1), { mode: 'audio' });
    expect(t.services.mediaPath(attempt.id, 'video')).toBeNull();
    expect(await dispatch(t.services, 'getPeaks', { attemptId: attempt.id }, TEST_CLIENT)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    for (const id of [0, -1, 1.5, '1', '../1', 4242, Number.NaN]) expect(t.services.mediaPath(id as number, 'video')).toBeNull();
  });

  it('names all three ways to provide ffmpeg when it cannot be found', async () => {
    const path = process.env.PATH;
    process.env.PATH = makeTempDir();
    try {
      // The binaries shipped in the npm packages need nothing on PATH.
      expect((await recordAttempt(t.services, chunksOf(audio.path, audio.durationMs), { mode: 'audio' })).status).toBe('ready');
      expect(() => toolPath('ffprobe', 'retake-no-such-package')).toThrow(
        'Set RETAKE_FFPROBE to the full path of ffprobe, install the retake-no-such-package npm package, or put ffprobe on PATH',
      );
    } finally {
      process.env.PATH = path;
    }
    const bogus = join(sourceDir, 'not-ffmpeg');
    writeFileSync(bogus, '');
    process.env.RETAKE_FFMPEG = bogus;
    try {
      const attempt = await recordAttempt(t.services, chunksOf(audio.path, audio.durationMs), { mode: 'audio' });
      expect(attempt.failureReason).toBe(`RETAKE_FFMPEG is set to ${bogus}, but no runnable ffmpeg is there.`);
    } finally {
      delete process.env.RETAKE_FFMPEG;
    }
  });
});
