import { createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sendResponse } from '../../src/main/hosts/web/send-response';

/** Runs `handle` on the server side of one real request whose client has already gone. */
async function withAbortedReply(handle: (res: ServerResponse) => Promise<void>): Promise<void> {
  let outcome: Promise<void> | undefined;
  const server = createServer((_req, res) => {
    res.destroy(); // the browser cancelled the request, as it does on every seek
    outcome = handle(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => request({ host: '127.0.0.1', port, path: '/' }).on('error', () => done()).end());
  server.close();
  await outcome;
}

describe('sendResponse', () => {
  it('treats a reply the client already closed as normal and cancels the body', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new Uint8Array(1024)),
      cancel: () => {
        cancelled = true;
      },
    });
    await withAbortedReply((res) => sendResponse(res, new Response(body, { status: 206 })));
    expect(cancelled).toBe(true);
  });
});
