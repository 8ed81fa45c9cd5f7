import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src/main/hosts/web';
import { makeRecordingWebm, splitIntoChunks } from '../support/media';
import { openTestRetake, startRecording, type TestRetake } from '../support/services';
import { openStream } from './raw-http';

let retake: TestRetake;
let host: WebHost;

beforeAll(async () => {
  retake = openTestRetake();
  const staticDir = join(retake.dataDir, 'web');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'web.html'), '<!doctype html><title>Retake</title>');
  // The host's own grace period, as it runs for real.
  host = await startWebHost({ services: retake.services, dataDir: retake.dataDir, staticDir });
});

afterAll(async () => {
  await host?.close();
  await retake?.dispose();
});

it('keeps a recording going when its page reconnects the event stream after the advertised retry delay', async () => {
  const client = 'reconnectpage01';
  const path = `/events?client=${client}&token=${host.token}`;
  const first = await openStream(host.port, path, {});
  const webm = await makeRecordingWebm(retake.dataDir, { seconds: 2, name: 'reconnect.webm' });
  const attempt = await startRecording(retake.services, splitIntoChunks(webm.path, webm.durationMs), { ctx: { clientId: client } });
  await new Promise((r) => setTimeout(r, 100));
  const retryMs = Number(/retry: (\d+)/.exec(first.text())?.[1]);
  expect(retryMs).toBeGreaterThan(0);

  first.close(); // a dropped connection: the browser's EventSource waits `retry` ms, then reconnects
  await new Promise((r) => setTimeout(r, retryMs + 300));
  const second = await openStream(host.port, path, {});
  await new Promise((r) => setTimeout(r, 3_500));

  const current = await retake.services.handlers.getAttempt({ attemptId: attempt.id }, { clientId: client });
  expect(current.status).toBe('recording');
  second.close();
});
