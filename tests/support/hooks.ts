/**
 * Vitest hooks the service tests share, so each file states what it needs in a line or two.
 * They hand values over through a setter, so the tests keep using plain `t` and `chunks`.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import type { RetakeEvent } from '../../src/shared/events';
import { shortRecording } from './review';
import { makeTempDir, openTestRetake, type TestRetake } from './services';

type Chunks = Uint8Array<ArrayBuffer>[];

/** Makes one short recording for the whole file (in a temp folder removed afterwards). */
export function useShortRecording(set: (chunks: Chunks) => void): void {
  let dir: string;
  beforeAll(async () => {
    dir = makeTempDir();
    set(await shortRecording(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Fresh services on an empty data folder for every test, disposed after it; `events` collects
 * what they emit. A test that set the system time gets the real clock back first.
 */
export function useTestRetake(set: (t: TestRetake, events: RetakeEvent[]) => void | Promise<void>): void {
  let t: TestRetake;
  beforeEach(async () => {
    t = openTestRetake();
    const events: RetakeEvent[] = [];
    t.services.onEvent((e) => events.push(e));
    await set(t, events);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await t.dispose();
  });
}
