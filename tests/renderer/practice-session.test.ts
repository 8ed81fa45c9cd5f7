import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { Attempt } from '../../src/shared/attempts';
import { LIMITS } from '../../src/shared/limits';
import { PracticeSession, type PracticeSessionOptions } from '../../src/renderer/lib/practice-session.svelte';
import { FakeMediaStream, fakeMediaRecorder } from '../support/fake-media-recorder';
import { inProcessBridge } from '../support/in-process-bridge';
import { shortRecording } from '../support/review';
import { SAVE_LAG } from '../../src/renderer/lib/media/save-lag';
import { makeTempDir, openTestRetake, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
let t: TestRetake;
let bridge: RetakeBridge;
let promptId: number;
const sessions: PracticeSession[] = [];

beforeAll(async () => {
  chunks = await shortRecording(makeTempDir());
});
beforeEach(async () => {
  vi.stubGlobal('MediaRecorder', fakeMediaRecorder(chunks));
  vi.stubGlobal('MediaStream', FakeMediaStream);
  t = openTestRetake();
  bridge = inProcessBridge(t.services);
  promptId = (await bridge.listPrompts({}))[0]!.id;
});
afterEach(async () => {
  for (const session of sessions.splice(0)) session.dispose();
  await t.services.settled();
  await t.dispose();
  vi.unstubAllGlobals();
});

function practice(options: Partial<PracticeSessionOptions> = {}) {
  const finished: Attempt[] = [];
  const session = new PracticeSession(bridge, {
    promptId,
    stream: () => new FakeMediaStream() as unknown as MediaStream,
    mode: () => 'audio',
    storyId: () => null,
    thinkSeconds: () => 0,
    targetSeconds: () => 120,
    onfinished: (attempt) => finished.push(attempt),
    ...options,
  });
  sessions.push(session);
  return { session, finished };
}

describe('PracticeSession', () => {
  it('goes setup → thinking → setup when think time is cancelled, and caps added think time', () => {
    const { session } = practice({ thinkSeconds: () => 30 });
    expect(session.phase).toBe('setup');
    session.beginThinking();
    expect(session.phase).toBe('thinking');
    expect(session.thinkRemaining).toBe(30);
    session.addThinkTime(15);
    session.addThinkTime(10_000);
    expect(session.thinkRemaining).toBe(LIMITS.thinkSecondsMax);
    session.cancelThinking();
    expect(session.phase).toBe('setup');
  });

  it('records, saves and finalises: starting → recording → saving → finalizing → done', async () => {
    const { session, finished } = practice();
    const phases: string[] = [];
    const started = session.startRecording();
    phases.push(session.phase);
    await started;
    phases.push(session.phase);
    expect(session.busy).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    const stopping = session.stop();
    phases.push(session.phase);
    await stopping;
    phases.push(session.phase);
    await expect.poll(() => [session.phase, session.error], { timeout: 30_000 }).toEqual(['done', null]);
    expect(phases).toEqual(['starting', 'recording', 'saving', 'finalizing']);
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ id: session.attempt!.id, status: 'ready', mode: 'audio' });
    expect(session.progress).toBe(1);

    session.retake();
    expect(session.attempt).toBeNull();
    expect(session.phase).toBe('starting');
    await expect.poll(() => session.phase).toBe('recording');
    expect((await bridge.listAttempts({})).length).toBe(2); // the first is kept
  });

  it('fails in words when there is no stream yet, or main refuses the attempt', async () => {
    const noStream = practice({ stream: () => null }).session;
    await noStream.startRecording();
    expect(noStream.phase).toBe('failed');
    expect(noStream.error).toMatch(/camera and microphone are not ready/);

    const unknownQuestion = practice({ promptId: 999_999 }).session;
    await unknownQuestion.startRecording();
    expect(unknownQuestion.phase).toBe('failed');
    expect(unknownQuestion.error).toBeTruthy();
    unknownQuestion.reset();
    expect(unknownQuestion.phase).toBe('setup');
    expect(unknownQuestion.error).toBeNull();
  });

  it('keeps what was recorded when the screen goes mid-answer', async () => {
    const { session } = practice();
    await session.startRecording();
    await new Promise((r) => setTimeout(r, 120));
    const attemptId = session.attempt!.id;
    session.dispose();
    await expect.poll(async () => (await bridge.getAttempt({ attemptId })).status, { timeout: 30_000 }).toBe('ready');
  });

  it('fails when the attempt is deleted elsewhere while it is shown', async () => {
    const { session } = practice();
    await session.startRecording();
    await session.stop();
    await expect.poll(() => session.phase, { timeout: 30_000 }).toBe('done');
    await bridge.deleteAttempt({ attemptId: session.attempt!.id });
    await expect.poll(() => session.phase).toBe('failed');
    expect(session.error).toBe('This recording was deleted.');
  });

  it('says so while recording when saving falls behind, and when it has caught up; nothing is lost', async () => {
    // Real-time-ish slices, and a main that stops answering for a while: as on a machine too busy to keep up.
    const long = await shortRecording(makeTempDir(), 12);
    vi.stubGlobal('MediaRecorder', fakeMediaRecorder(long, { everyMs: 400 }));
    let release = (): void => undefined;
    const held = new Promise<void>((done) => (release = done));
    const slow: RetakeBridge = { ...bridge, appendChunk: async (input) => (await held, bridge.appendChunk(input)) };
    const session = new PracticeSession(slow, {
      promptId,
      stream: () => new FakeMediaStream() as unknown as MediaStream,
      mode: () => 'audio',
      storyId: () => null,
      thinkSeconds: () => 0,
      targetSeconds: () => 120,
      onfinished: () => undefined,
    });
    sessions.push(session);
    await session.startRecording();
    expect(session.saveLag).toBe('keeping-up');
    await expect.poll(() => session.saveLag, { timeout: 10_000 }).toBe('behind');
    expect(session.unsavedMs).toBeGreaterThan(SAVE_LAG.behindMs);

    release();
    await expect.poll(() => session.saveLag, { timeout: 10_000 }).toBe('caught-up');
    expect(session.unsavedMs).toBeLessThan(SAVE_LAG.recoveredMs);
    await session.stop();
    await expect.poll(() => session.phase, { timeout: 30_000 }).toBe('done');
    const saved = await bridge.getAttempt({ attemptId: session.attempt!.id });
    expect(saved.status).toBe('ready');
    expect(saved.durationMs).toBeGreaterThan(11_000);
  });
});
