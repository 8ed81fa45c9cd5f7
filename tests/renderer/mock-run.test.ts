import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { MockInterview } from '../../src/shared/mock-interviews';
import { MockRun } from '../../src/renderer/lib/mock/mock-run.svelte';
import { FakeMediaStream, fakeMediaRecorder } from '../support/fake-media-recorder';
import { inProcessBridge } from '../support/in-process-bridge';
import { makeSet } from '../support/mock';
import { useShortRecording } from '../support/hooks';
import { openTestRetake, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((c) => (chunks = c));
let t: TestRetake;
let bridge: RetakeBridge;
const runs: MockRun[] = [];

beforeEach(() => {
  vi.stubGlobal('MediaRecorder', fakeMediaRecorder(chunks));
  vi.stubGlobal('MediaStream', FakeMediaStream);
  t = openTestRetake();
  bridge = inProcessBridge(t.services);
});
afterEach(async () => {
  for (const run of runs.splice(0)) run.dispose();
  await t.services.settled();
  await t.dispose();
  vi.unstubAllGlobals();
});

async function start(mode: 'realistic' | 'practice', thinkSeconds = 0) {
  const set = await makeSet(t, { mode, thinkSeconds, capSeconds: 30 });
  const interview = await bridge.startMockInterview({ setId: set.id });
  const finished: MockInterview[] = [];
  const run = new MockRun({
    api: bridge,
    interview,
    stream: () => new FakeMediaStream() as unknown as MediaStream,
    mode: () => 'audio',
    onfinished: (done) => finished.push(done),
  });
  runs.push(run);
  return { run, finished, interview };
}

describe('MockRun', () => {
  it('goes check → thinking → recording → break and on to question 2; a stop never waits for saving', async () => {
    const { run } = await start('realistic', 30);
    expect([run.phase, run.position, run.total]).toEqual(['check', 1, 3]);
    run.beginQuestion();
    expect(run.phase).toBe('thinking');
    expect(run.thinkRemaining).toBe(30);
    await run.startAnswer();
    expect(run.phase).toBe('recording');
    run.stopAnswer();
    // The break shows at once, before the answer has reached main.
    expect(run.phase).toBe('break');
    expect(run.breakRemaining).toBeGreaterThan(0);
    run.next();
    expect([run.phase, run.position]).toEqual(['thinking', 2]);
  });

  it('ending keeps what was recorded and saves the interview as finished once every answer is in', async () => {
    const { run, finished, interview } = await start('realistic');
    run.beginQuestion();
    await expect.poll(() => run.phase).toBe('recording');
    await new Promise((r) => setTimeout(r, 150));
    await run.end();
    await expect.poll(() => run.phase, { timeout: 30_000 }).toBe('finished');
    expect(finished).toHaveLength(1);
    const saved = await bridge.getMockInterview({ id: interview.id });
    expect(saved).toMatchObject({ status: 'finished', answeredCount: 1 });
  });

  it('in practice mode a retake goes back to the same question', async () => {
    const practice = await start('practice');
    practice.run.beginQuestion();
    await expect.poll(() => practice.run.phase).toBe('recording');
    practice.run.stopAnswer();
    practice.run.retakeAnswer();
    expect(practice.run.position).toBe(1);
    expect(['thinking', 'starting', 'recording']).toContain(practice.run.phase);
  });

  it('realistic mode never retakes: the break stays', async () => {
    const realistic = await start('realistic');
    realistic.run.beginQuestion();
    await expect.poll(() => realistic.run.phase).toBe('recording');
    realistic.run.stopAnswer();
    realistic.run.retakeAnswer();
    expect([realistic.run.phase, realistic.run.position]).toEqual(['break', 1]);
  });
});
