import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import { createFileLogger, logFileIn } from '../../src/main/services/log/logger';
import { finaliseRecording } from '../../src/main/services/media/finalise';
import { attemptFiles } from '../../src/main/services/media/attempt-files';
import type { TestRetake } from '../support/services';
import { makeTempDir, TEST_CLIENT } from '../support/services';
import { useTestRetake } from '../support/hooks';

/**
 * A first "chunk" that is an HLS playlist naming a local file outside the data folder.
 * Left to guess the container, ffmpeg followed it and served that file's audio as the answer.
 */
let outside: string;
let playlist: Uint8Array<ArrayBuffer>;
beforeAll(() => {
  outside = makeTempDir('retake-outside-');
  const secret = join(outside, 'secret.mkv');
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-c:a', 'libopus', secret]);
  const text = `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:5\n#EXTINF:3.0,\n${secret}\n#EXT-X-ENDLIST\n`;
  playlist = new Uint8Array(Buffer.from(text));
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

let t: TestRetake;
useTestRetake((fresh) => {
  t = fresh;
});

async function startAttempt(): Promise<number> {
  const [prompt] = await t.services.handlers.listPrompts({}, TEST_CLIENT);
  const attempt = await t.services.handlers.startAttempt({ promptId: prompt!.id, mode: 'audio', mimeType: 'audio/webm', targetSeconds: 60 }, TEST_CLIENT);
  return attempt.id;
}

describe('recordings are read only as WebM', () => {
  it('refuses a first chunk that is not WebM, writing nothing', async () => {
    const attemptId = await startAttempt();
    const reply = await dispatch(t.services, 'appendChunk', { attemptId, seq: 0, data: playlist }, TEST_CLIENT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (reply.ok) return;
    expect(reply.error.message).toMatch(/is not a WebM recording: it does not begin with the EBML header/);
    const { part } = attemptFiles(join(t.dataDir, 'media'), attemptId);
    expect(statSync(part).size).toBe(0);
    // The recording goes on: a real first chunk is still taken as chunk 0.
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);
    expect(await dispatch(t.services, 'appendChunk', { attemptId, seq: 0, data: webm }, TEST_CLIENT)).toMatchObject({ ok: true });
  });

  it('takes the header split over the first chunks, as Chromium sometimes sends it, and refuses a wrong byte after it', async () => {
    const attemptId = await startAttempt();
    const send = (seq: number, bytes: number[]) => dispatch(t.services, 'appendChunk', { attemptId, seq, data: new Uint8Array(bytes) }, TEST_CLIENT);
    expect(await send(0, [0x1a])).toMatchObject({ ok: true, value: { bytes: 1 } });
    expect(await send(1, [0x45, 0xdf, 0x00])).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await send(1, [0x45, 0xdf, 0xa3, 0x9f])).toMatchObject({ ok: true, value: { bytes: 5 } });
    const other = await startAttempt();
    expect(await dispatch(t.services, 'appendChunk', { attemptId: other, seq: 0, data: new Uint8Array([0x00]) }, TEST_CLIENT)).toMatchObject({ ok: false });
  });

  it('does not follow a playlist that reached disk some other way', async () => {
    const dir = makeTempDir();
    try {
      const files = attemptFiles(dir, 1);
      execFileSync('mkdir', ['-p', files.dir]);
      writeFileSync(files.part, playlist);
      await expect(finaliseRecording(files, () => {}, createFileLogger({ file: logFileIn(dir) }))).rejects.toThrow(/could not be read/);
      expect(existsSync(files.answer) && statSync(files.answer).size > 0).toBe(false);
      expect(readFileSync(files.part)).toEqual(Buffer.from(playlist)); // the original is kept
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
