import { afterEach, describe, expect, it } from 'vitest';
import { type OpenedRetake, openRetake } from '../../src/main/services/app';
import type { Attempt } from '../../src/shared/attempts';
import { useShortRecording } from '../support/hooks';
import { openTestRetake, RESOURCES_DIR, startRecording, TEST_CLIENT, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[] = [];
useShortRecording((c) => (chunks = c));

let t: TestRetake | undefined;
let second: OpenedRetake | undefined;
afterEach(async () => {
  await second?.close();
  second = undefined;
  await t?.dispose();
  t = undefined;
});

describe('one Retake per data folder', () => {
  it('refuses a second opening of a folder in use, and leaves the live recording in it alone', async () => {
    t = openTestRetake();
    const { handlers } = t.services;
    const live = await startRecording(t.services, chunks.slice(0, 1));

    const openAgain = () => {
      second = openRetake({ dataDir: t!.dataDir, resourcesDir: RESOURCES_DIR });
      return second;
    };
    expect(openAgain).toThrow(/already open in another Retake/);

    // The first one carries on as if nothing happened: no one else finalised its recording.
    for (const [seq, data] of chunks.entries()) {
      if (seq > 0) await handlers.appendChunk({ attemptId: live.id, seq, data }, TEST_CLIENT);
    }
    await handlers.stopAttempt({ attemptId: live.id }, TEST_CLIENT);
    await t.services.settled();
    const attempt: Attempt = await handlers.getAttempt({ attemptId: live.id }, TEST_CLIENT);
    expect(attempt.status).toBe('ready');
  });

  it('opens again once the holder has closed it', async () => {
    t = openTestRetake();
    await t.reopen();
    expect((await t.services.handlers.listPrompts({}, TEST_CLIENT)).length).toBeGreaterThan(0);
  });
});
