import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import type { Attempt } from '../../src/shared/attempts';
import type { RetakeEvent } from '../../src/shared/events';
import type { Prompt } from '../../src/shared/library';
import { LIMITS } from '../../src/shared/limits';
import { makeRecordingWebm, splitIntoChunks } from '../support/media';
import { makeTempDir, openTestRetake, recordAttempt, startRecording, TEST_CLIENT, type TestRetake } from '../support/services';

let mediaDir: string;
let chunks: Uint8Array<ArrayBuffer>[];
beforeAll(async () => {
  mediaDir = makeTempDir();
  const recording = await makeRecordingWebm(mediaDir, { seconds: 3 });
  chunks = splitIntoChunks(recording.path, recording.durationMs);
});
afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));

let t: TestRetake;
let events: RetakeEvent[];
beforeEach(() => {
  t = openTestRetake();
  events = [];
  t.services.onEvent((e) => events.push(e));
});
afterEach(() => t.dispose());

const call = (method: string, input: unknown) => dispatch(t.services, method, input, TEST_CLIENT);
const partFile = (id: number) => join(t.dataDir, 'media', String(id), 'recording.webm.part');
const partBytes = (id: number) => readFileSync(partFile(id));

async function start(): Promise<Attempt> {
  const [prompt] = (await t.services.handlers.listPrompts({}, TEST_CLIENT)) as [Prompt];
  const reply = await call('startAttempt', { promptId: prompt.id, mode: 'video', mimeType: 'video/webm;codecs=vp8,opus', targetSeconds: 60 });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as Attempt;
}

describe('starting an attempt', () => {
  it('writes the row and an empty .part file before any byte arrives', async () => {
    const attempt = await start();
    expect(attempt).toMatchObject({ status: 'recording', mode: 'video', targetSeconds: 60, durationMs: null, endedAt: null, hasPoster: false });
    expect(statSync(partFile(attempt.id)).size).toBe(0);
    expect(events).toEqual([{ type: 'attempt-updated', attempt }]);
  });

  it('refuses unknown prompts and stories, and anything but WebM', async () => {
    const input = { promptId: 1, mode: 'video', mimeType: 'video/webm', targetSeconds: 60 };
    expect(await call('startAttempt', { ...input, promptId: 99999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('startAttempt', { ...input, storyId: 5 })).toEqual({ ok: false, error: { code: 'not-found', message: 'No story with id 5.' } });
    expect(await call('startAttempt', { ...input, mimeType: 'video/mp4' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('mimeType: recordings must be WebM') },
    });
    expect(await t.services.handlers.listAttempts({}, TEST_CLIENT)).toEqual([]);
  });
});

describe('appending chunks', () => {
  it('appends them in order and reports the bytes on disk', async () => {
    const { id } = await start();
    let total = 0;
    for (const [seq, data] of chunks.entries()) {
      total += data.byteLength;
      expect(await call('appendChunk', { attemptId: id, seq, data })).toEqual({ ok: true, value: { bytes: total } });
    }
    expect(partBytes(id)).toEqual(Buffer.concat(chunks));
  });

  it.each([
    ['a gap', 2, /Chunk 2 of attempt \d+ arrived early: chunks must arrive in order; expected chunk 1\./],
    ['a repeat', 0, /Chunk 0 of attempt \d+ was already received; expected chunk 1\./],
  ])('refuses %s and leaves the file unchanged', async (_, seq, message) => {
    const { id } = await start();
    await call('appendChunk', { attemptId: id, seq: 0, data: chunks[0] });
    const before = partBytes(id);
    expect(await call('appendChunk', { attemptId: id, seq, data: chunks[1] })).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringMatching(message) } });
    expect(partBytes(id)).toEqual(before);
    // The right next chunk is still accepted.
    expect(await call('appendChunk', { attemptId: id, seq: 1, data: chunks[1] })).toMatchObject({ ok: true });
  });

  it.each([
    ['an empty chunk', new Uint8Array(0), 'data: chunk is empty'],
    ['an oversized chunk', new Uint8Array(LIMITS.chunkBytes + 1), `data: chunk is larger than ${LIMITS.chunkBytes} bytes`],
    ['a plain array', [1, 2, 3], 'data: '],
  ])('refuses %s and leaves the file unchanged', async (_, data, message) => {
    const { id } = await start();
    await call('appendChunk', { attemptId: id, seq: 0, data: chunks[0] });
    const reply = await call('appendChunk', { attemptId: id, seq: 1, data });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining(message) } });
    expect(partBytes(id)).toEqual(Buffer.from(chunks[0] as Uint8Array));
  });

  it('refuses unknown attempts and attempts no longer recording', async () => {
    expect(await call('appendChunk', { attemptId: 4242, seq: 0, data: chunks[0] })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No attempt with id 4242.' },
    });
    const { id } = await start();
    await call('appendChunk', { attemptId: id, seq: 0, data: chunks[0] });
    await call('stopAttempt', { attemptId: id });
    const late = await call('appendChunk', { attemptId: id, seq: 1, data: chunks[1] });
    expect(late).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringMatching(new RegExp(`^Attempt ${id} is (finalizing|ready|failed), not recording\\.$`)) } });
    expect(await call('stopAttempt', { attemptId: id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('stopping', () => {
  it('returns at once while finalising, then reports progress and the finished attempt', async () => {
    const { id } = await start();
    for (const [seq, data] of chunks.entries()) await call('appendChunk', { attemptId: id, seq, data });
    const stopped = await call('stopAttempt', { attemptId: id });
    expect(stopped).toMatchObject({ ok: true, value: { id, status: 'finalizing', endedAt: expect.any(String) } });
    await t.services.settled();

    const progress = events.flatMap((e) => (e.type === 'finalize-progress' ? [e.progress] : []));
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const statuses = events.flatMap((e) => (e.type === 'attempt-updated' ? [e.attempt.status] : []));
    expect(statuses).toEqual(['recording', 'finalizing', 'ready']);

    const [prompt] = (await t.services.handlers.listPrompts({}, TEST_CLIENT)) as [Prompt];
    const attempt = await t.services.handlers.getAttempt({ attemptId: id }, TEST_CLIENT);
    expect(prompt).toMatchObject({ attemptCount: 1, lastPracticedAt: attempt.startedAt });
    expect(await t.services.handlers.listAttempts({ promptId: prompt.id }, TEST_CLIENT)).toEqual([attempt]);
  });
});

describe('telling attempts of one question apart', () => {
  it('numbers each attempt within its question and carries its long-pause count once measured', async () => {
    const [first, second] = (await t.services.handlers.listPrompts({}, TEST_CLIENT)) as [Prompt, Prompt];
    const a = await recordAttempt(t.services, chunks, { promptId: first.id });
    const other = await recordAttempt(t.services, chunks, { promptId: second.id });
    const b = await startRecording(t.services, chunks, { promptId: first.id });
    expect([a.number, other.number, b.number]).toEqual([1, 1, 2]);
    const review = await t.services.handlers.getReview({ attemptId: a.id }, TEST_CLIENT);
    expect(a.longPauses).toBe(review.metrics?.pausesOver2s);
    expect(b.longPauses).toBeNull();
    expect((await t.services.handlers.listAttempts({ promptId: first.id }, TEST_CLIENT)).map((x) => x.number)).toEqual([2, 1]);
  });
});
