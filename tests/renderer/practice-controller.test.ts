import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { Route } from '../../src/renderer/lib/router';
import { Toasts } from '../../src/renderer/lib/toasts.svelte';
import { PracticeController } from '../../src/renderer/screens/practice/practice-controller.svelte';
import { FakeDevices } from './fixtures/fake-devices';
import { FakeMediaStream, fakeMediaRecorder } from '../support/fake-media-recorder';
import { inProcessBridge } from '../support/in-process-bridge';
import { shortRecording } from '../support/review';
import { makeTempDir, openTestRetake, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
let t: TestRetake;
let bridge: RetakeBridge;
let promptId: number;
let routes: Route[];
const controllers: PracticeController[] = [];

beforeAll(async () => {
  chunks = await shortRecording(makeTempDir());
});
beforeEach(async () => {
  vi.stubGlobal('MediaRecorder', fakeMediaRecorder(chunks));
  vi.stubGlobal('MediaStream', FakeMediaStream);
  t = openTestRetake();
  bridge = inProcessBridge(t.services);
  promptId = (await bridge.listPrompts({}))[0]!.id;
  routes = [];
});
afterEach(async () => {
  for (const ctl of controllers.splice(0)) ctl.dispose();
  await t.services.settled();
  await t.dispose();
  vi.unstubAllGlobals();
});

/** No camera, so the fake microphone records the audio-only chunks. */
function practice(id = promptId): PracticeController {
  const ctl = new PracticeController(
    { bridge, notify: new Toasts(), navigate: (route) => routes.push(route), devices: new FakeDevices(false) as unknown as MediaDevices },
    id,
  );
  controllers.push(ctl);
  return ctl;
}

const key = (key: string, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key, cancelable: true });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('PracticeController', () => {
  it('loads the question with its linked story and remembered settings, then thinks once the microphone is up', async () => {
    const story = await bridge.createStory({ title: 'The outage', situation: 's', task: 't', action: 'a', result: 'r', promptIds: [promptId] });
    await bridge.updateSettings({ thinkSeconds: 20 });
    const ctl = practice();
    await ctl.load();
    expect(ctl.prompt?.id).toBe(promptId);
    expect(ctl.story?.id).toBe(story.id);
    expect(ctl.settings.thinkSeconds).toBe(20);
    await expect.poll(() => ctl.mediaReady).toBe(true);
    expect(ctl.media.noCameraFallback).toBe(true);

    ctl.autoStart();
    expect(ctl.phase).toBe('thinking');
    expect(ctl.thinkTotal).toBe(20);
    expect(ctl.announcement).toBe('Think time started. Press Enter to start answering.');
    // Only the first time: after cancelling, think time waits to be asked for.
    ctl.session.cancelThinking();
    ctl.autoStart();
    expect(ctl.phase).toBe('setup');
  });

  it('finds no question for an unknown id', async () => {
    const ctl = practice(999_999);
    await ctl.load();
    expect([ctl.loading, ctl.loadError, ctl.prompt]).toEqual([false, null, null]);
  });

  it('restarts think time with a new length, and counts added time in the ring', async () => {
    const ctl = practice();
    await ctl.load();
    ctl.begin();
    ctl.setThinkSeconds(45);
    expect([ctl.phase, ctl.thinkTotal, ctl.session.thinkRemaining]).toEqual(['thinking', 45, 45]);
    ctl.addThinkTime();
    expect(ctl.thinkTotal).toBe(60);
    expect((await bridge.getSettings({})).thinkSeconds).toBe(45);
  });

  it('runs a take from the keys: Enter thinks, Esc cancels, Enter again and Enter records, Space stops; then opens it', async () => {
    const ctl = practice();
    await ctl.load();
    await expect.poll(() => ctl.mediaReady).toBe(true);

    ctl.keydown(key('Enter'));
    expect(ctl.phase).toBe('thinking');
    ctl.keydown(key('Escape'));
    expect(ctl.phase).toBe('setup');
    // Enter on a focused button presses the button instead.
    const button = document.createElement('button');
    const onButton = key('Enter', button);
    ctl.keydown(onButton);
    expect([ctl.phase, onButton.defaultPrevented]).toEqual(['setup', false]);

    ctl.keydown(key('Enter'));
    ctl.keydown(key('Enter'));
    await expect.poll(() => [ctl.phase, ctl.session.error]).toEqual(['recording', null]);
    await new Promise((r) => setTimeout(r, 120));
    ctl.keydown(key(' '));
    await expect.poll(() => ctl.phase, { timeout: 30_000 }).toBe('done');
    expect(routes).toEqual([{ name: 'attempt', attemptId: ctl.session.attempt!.id }]);
    expect(ctl.session.attempt?.mode).toBe('audio');
  });
});
