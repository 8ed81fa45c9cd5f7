import { mkdirSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src/main/hosts/web';
import { openTestRetake, startRecording, TEST_CLIENT, type TestRetake } from '../support/services';
import { openStream, waitFor } from './raw-http';

let retake: TestRetake;
let host: WebHost;

beforeAll(async () => {
  // 50,000 calls below: what is measured is the host's memory, not the answers.
  retake = openTestRetake(undefined, { checkOutputs: false });
  const staticDir = join(retake.dataDir, 'web');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'web.html'), '<!doctype html><title>Retake</title>');
  host = await startWebHost({ services: retake.services, dataDir: retake.dataDir, staticDir, clientGoneDelayMs: 0 });
});

afterAll(async () => {
  await host?.close();
  await retake?.dispose();
});

/** An event stream whose reader has stopped reading: a hung page, or a script holding the token. */
function stalledStream(port: number, clientId: string): Promise<{ socket: Socket; closed: () => boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let closed = false;
    socket.on('close', () => (closed = true));
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.pause();
      resolve({ socket, closed: () => closed });
    });
    socket.once('connect', () =>
      socket.write(
        `GET /events?client=${clientId}&token=${host.token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
      ),
    );
    socket.once('error', reject);
  });
}

describe('event streams', () => {
  it('drops a stream that stops reading instead of queueing its events in memory without bound', async () => {
    const stalled = await stalledStream(host.port, 'stalledpage001');
    const healthy = await openStream(host.port, `/events?client=healthypage01&token=${host.token}`, {});
    expect(healthy.status).toBe(200);
    const attempt = await startRecording(retake.services, []);
    // Some 20 MB of events: far more than the kernel's socket buffers take, so the rest
    // can only pile up in the host's memory for as long as the stream stays open. In
    // batches, with a turn of the event loop between them, as events really come.
    for (let batch = 0; batch < 500; batch++) {
      for (let i = 0; i < 100; i++) retake.services.handlers.acknowledgeRecovery({ attemptId: attempt.id }, TEST_CLIENT);
      await new Promise((r) => setTimeout(r, 1));
    }

    stalled.socket.resume(); // Read what was let through, then the end of the stream.
    await waitFor('the stalled stream to be closed by the host', () => (stalled.closed() ? true : undefined), 10_000);
    // A page that keeps reading keeps its stream.
    const before = healthy.text().length;
    retake.services.handlers.acknowledgeRecovery({ attemptId: attempt.id }, TEST_CLIENT);
    await waitFor('the healthy stream to get the next event', () => (healthy.text().length > before ? true : undefined), 5000);
    healthy.close();
    stalled.socket.destroy();
  });
});
