import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/shared/attempts';
import type { Envelope } from '../../src/shared/errors';
import type { Prompt } from '../../src/shared/library';
import { startWebHost, WEB_CSP, type WebHost } from '../../src/main/hosts/web';
import { openRetake } from '../../src/main/services/app';
import type { RetakeServices } from '../../src/main/services/retake';
import { makeRecordingWebm, splitIntoChunks } from '../support/media';
import { openStream, raw, waitFor, type RawResponse } from './raw-http';

let dir: string;
let dataDir: string;
let services: RetakeServices;
let host: WebHost;
let cookie: string;

const CLIENT = 'testclient0001';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'retake-web-host-'));
  dataDir = join(dir, 'data');
  const staticDir = join(dir, 'web');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'web.html'), '<!doctype html><title>Retake</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  // Beside the static root, never inside it: traversal must not reach it.
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  mkdirSync(dataDir, { recursive: true });
  services = openRetake({ dataDir, resourcesDir: resolve('resources') });
  host = await startWebHost({ services, dataDir, staticDir, clientGoneDelayMs: 0 });
  // The page cookie, as a browser gets it from the page load with the token.
  const page = await raw(host.port, `/?token=${host.token}`);
  cookie = String(page.headers['set-cookie']).split(';')[0]!;
});

afterAll(async () => {
  await host?.close();
  await services?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => raw(host.port, path, { headers: { Cookie: cookie, ...headers } });
/** Media, exports and events take the token in their URL, as the web client sends it. */
const withToken = (path: string) => `${path}${path.includes('?') ? '&' : '?'}token=${host.token}`;

async function call<T>(method: string, input: unknown, client = CLIENT): Promise<Envelope<T>> {
  const res = await raw(host.port, `/api/${method}`, {
    method: 'POST',
    headers: { Cookie: cookie, 'X-Retake-Token': host.token, 'X-Retake-Client': client, 'Content-Type': 'application/json' },
    body: JSON.stringify(input, (_k, v: unknown) => (v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString('base64') } : v)),
  });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(res.body.toString()) as Envelope<T>;
}

async function value<T>(method: string, input: unknown, client = CLIENT): Promise<T> {
  const reply = await call<T>(method, input, client);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

const noCors = (res: RawResponse) => expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);

describe('who may talk to the web host', () => {
  it('refuses every kind of request without the token', async () => {
    const plain = (path: string, init: Parameters<typeof raw>[2] = {}) => raw(host.port, path, init);
    expect((await plain('/')).status).toBe(401);
    expect((await plain('/assets/app.js')).status).toBe(401);
    expect((await plain('/media/1/video')).status).toBe(401);
    expect((await plain(`/events?client=${CLIENT}`)).status).toBe(401);
    const api = await plain('/api/listPrompts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Retake-Client': CLIENT },
      body: '{}',
    });
    expect(api.status).toBe(401);
    noCors(api);
  });

  it('refuses a wrong token, in the query or the cookie', async () => {
    expect((await raw(host.port, '/?token=nope')).status).toBe(401);
    expect((await raw(host.port, '/', { headers: { Cookie: `retake_page_${host.port}=nope` } })).status).toBe(401);
    // Another run's cookie (another port) is not ours either, nor the token itself as a cookie.
    expect((await raw(host.port, '/', { headers: { Cookie: cookie.replace(`_${host.port}=`, '_1=') } })).status).toBe(401);
    expect((await raw(host.port, '/', { headers: { Cookie: `retake_page_${host.port}=${host.token}` } })).status).toBe(401);
    expect((await raw(host.port, withToken('/media/1/video'), { headers: {} })).status).toBe(404);
    expect((await raw(host.port, '/media/1/video?token=nope')).status).toBe(401);
  });

  it('lets the page cookie, which every other server on 127.0.0.1 receives too, open only the renderer', async () => {
    // Browsers send cookies to every port of a host: whatever else listens on 127.0.0.1 sees this one.
    const leaked = cookie.slice(cookie.indexOf('=') + 1);
    expect(leaked).not.toBe(host.token);
    expect((await get('/assets/app.js')).status).toBe(200);
    for (const path of ['/media/1/video', '/media/1/poster', '/exports/retake-x.zip', `/events?client=${CLIENT}`]) {
      expect((await get(path)).status, path).toBe(401);
    }
    const api = await raw(host.port, '/api/listPrompts', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-Retake-Token': leaked, 'X-Retake-Client': CLIENT, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(401);
  });

  it('refuses API calls that carry the cookie but not the X-Retake-Token header', async () => {
    const res = await raw(host.port, '/api/listPrompts', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-Retake-Client': CLIENT },
      body: '{}',
    });
    expect(res.status).toBe(401);
    const wrong = await raw(host.port, '/api/listPrompts', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-Retake-Token': 'nope', 'Content-Type': 'application/json', 'X-Retake-Client': CLIENT },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
  });

  it('takes the X-Retake-Token header alone as proof for API calls', async () => {
    const res = await raw(host.port, '/api/getSettings', {
      method: 'POST',
      headers: { 'X-Retake-Token': host.token, 'X-Retake-Client': CLIENT, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toMatchObject({ ok: true });
  });

  it('refuses a Host that is not loopback on this port (DNS rebinding)', async () => {
    for (const h of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `0.0.0.0:${host.port}`]) {
      const res = await get(`/?token=${host.token}`, { Host: h });
      expect(res.status, h).toBe(403);
    }
    expect((await get('/', { Host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses cross-origin and cross-site requests even with the cookie', async () => {
    expect((await get('/assets/app.js', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await get('/assets/app.js', { Origin: `http://localhost:${host.port + 1}` })).status).toBe(403);
    expect((await get('/media/1/video', { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await get('/media/1/video', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await get('/assets/app.js', { Origin: `http://127.0.0.1:${host.port}`, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('lets a tab of an earlier run (another loopback port) open this run only as a page load with the token', async () => {
    const navigate = { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' };
    expect((await raw(host.port, `/?token=${host.token}`, { headers: navigate })).status).toBe(200);
    // The cookie alone, a wrong token, or anything but a document load stays refused.
    expect((await get('/', navigate)).status).toBe(403);
    expect((await raw(host.port, '/?token=wrong', { headers: navigate })).status).toBe(403);
    expect((await raw(host.port, `/?token=${host.token}`, { headers: { ...navigate, 'Sec-Fetch-Dest': 'iframe' } })).status).toBe(403);
    expect((await raw(host.port, `/media/1/video?token=${host.token}`, { headers: { ...navigate, 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'video' } })).status).toBe(403);
    expect((await raw(host.port, `/?token=${host.token}`, { headers: { ...navigate, 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
  });

  it('accepts ?token= once and sets a strict HttpOnly cookie, with CSP on the page', async () => {
    const res = await raw(host.port, `/?token=${host.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['set-cookie']).toEqual([`${cookie}; HttpOnly; SameSite=Strict; Path=/`]);
    expect(cookie).toMatch(new RegExp(`^retake_page_${host.port}=[A-Za-z0-9_-]{43}$`));
    expect(res.headers['content-security-policy']).toBe(WEB_CSP);
    expect(WEB_CSP).toContain("script-src 'self'");
    expect(WEB_CSP).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    noCors(res);
  });
});

describe('static files', () => {
  it('serves the built renderer, with web.html at / only', async () => {
    const js = await get('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBeUndefined();
    expect((await get('/web.html')).status).toBe(200);
    expect((await get('/no/such/page')).status).toBe(404);
    expect((await get('/assets/')).status).toBe(404);
  });

  it('never leaves the static folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/%E0%A4%A']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).not.toContain('secret');
    }
    expect((await get('//etc/passwd')).status).toBe(400);
  });
});

describe('api over HTTP', () => {
  it('round-trips a call: listPrompts returns the seeded questions', async () => {
    const prompts = await value<Prompt[]>('listPrompts', {});
    expect(prompts.length).toBeGreaterThan(5);
    expect(prompts.every((p) => p.source === 'built-in' && p.text.length > 0)).toBe(true);
  });

  it('answers bad input with an invalid-input Envelope', async () => {
    const reply = await call('listPrompts', { includeArchived: 'yes' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('invalid-input');
    const unknown = await call('dropAllTables', {});
    expect(unknown.ok).toBe(false);
  });

  it('answers a malformed week start with an invalid-input Envelope, not a failure', async () => {
    const reply = await call('updateWeek', { weekStart: '2026-1-5', goals: { practice: 2 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers malformed JSON with 400 and an invalid-input Envelope', async () => {
    const res = await raw(host.port, '/api/listPrompts', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-Retake-Token': host.token, 'X-Retake-Client': CLIENT, 'Content-Type': 'application/json' },
      body: '{"includeArchived":',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('requires JSON, POST and a client id', async () => {
    const base = { Cookie: cookie, 'X-Retake-Token': host.token, 'X-Retake-Client': CLIENT };
    expect((await raw(host.port, '/api/listPrompts', { method: 'POST', headers: { ...base, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await raw(host.port, '/api/listPrompts', { headers: base })).status).toBe(405);
    const noClient = { Cookie: cookie, 'X-Retake-Token': host.token, 'Content-Type': 'application/json' };
    expect((await raw(host.port, '/api/listPrompts', { method: 'POST', headers: noClient, body: '{}' })).status).toBe(400);
  });

  it('refuses a body over the cap with 413', async () => {
    const res = await raw(host.port, '/api/appendChunk', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-Retake-Token': host.token, 'X-Retake-Client': CLIENT, 'Content-Type': 'application/json' },
      body: Buffer.alloc(13 * 1024 * 1024, 0x20),
    }).catch((error: NodeJS.ErrnoException) => error);
    // The host may close the connection while the oversized body is still being sent.
    if (res instanceof Error) expect(['ECONNRESET', 'EPIPE']).toContain(res.code);
    else expect(res.status).toBe(413);
  });
});

describe('media', () => {
  it('404s unknown ids and anything that is not /media/<digits>/<kind>', async () => {
    for (const path of [
      '/media/999999/video',
      '/media/999999/poster',
      '/media/../retake.db',
      '/media/%2e%2e/retake.db',
      '/media/%2e%2e/%2e%2e/secret.txt',
      '/media/1%2fvideo',
      '/media/1%2Fvideo',
      '/media/abc/video',
      '/media/1/video/../../../retake.db',
      '/media/1/audio',
      '/media/-1/video',
      '/media/0x1/video',
    ]) {
      expect((await get(withToken(path))).status, path).toBe(404);
    }
  });
});

describe('a real recording through the web host', () => {
  let attempt: Attempt;
  let file: Buffer;

  beforeAll(async () => {
    const recording = await makeRecordingWebm(dir, { seconds: 3 });
    const [prompt] = await value<Prompt[]>('listPrompts', {});
    const events = await openStream(host.port, withToken('/events?client=watcher000001'), {});
    try {
      attempt = await value<Attempt>('startAttempt', { promptId: prompt!.id, mode: 'video', mimeType: 'video/webm;codecs=vp8,opus', targetSeconds: 60 });
      // Byte slices as MediaRecorder's timeslice hands them over; the $bytes encoding carries them.
      const chunks = splitIntoChunks(recording.path, recording.durationMs);
      for (const [seq, data] of chunks.entries()) await value('appendChunk', { attemptId: attempt.id, seq, data });
      await value('stopAttempt', { attemptId: attempt.id });
      attempt = await waitFor('the attempt to be ready', async () => {
        const current = await value<Attempt>('getAttempt', { attemptId: attempt.id });
        if (current.status === 'failed') throw new Error(`finalise failed: ${current.failureReason}`);
        return current.status === 'ready' ? current : undefined;
      });
      await waitFor('an attempt-updated event', () => (events.text().includes('"attempt-updated"') ? true : undefined), 5000);
    } finally {
      events.close();
    }
    file = readFileSync(services.mediaPath(attempt.id, 'video')!);
  });

  it('pushed events over SSE', async () => {
    // Checked in beforeAll while the stream was open; this documents it.
    expect(attempt.status).toBe('ready');
  });

  it('serves the whole video with its length', async () => {
    const res = await get(withToken(`/media/${attempt.id}/video`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('video/webm');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['content-length']).toBe(String(file.length));
    expect(res.body.equals(file)).toBe(true);
  });

  it('answers ranges with 206 and the right bytes', async () => {
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=100-', 100, file.length - 1],
      ['bytes=-64', file.length - 64, file.length - 1],
    ];
    for (const [range, start, end] of cases) {
      const res = await get(withToken(`/media/${attempt.id}/video`), { Range: range });
      expect(res.status, range).toBe(206);
      expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${file.length}`);
      expect(res.headers['content-length']).toBe(String(end - start + 1));
      expect(res.body.equals(file.subarray(start, end + 1)), range).toBe(true);
    }
  });

  it('answers an unsatisfiable range with 416', async () => {
    const res = await get(withToken(`/media/${attempt.id}/video`), { Range: `bytes=${file.length}-` });
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe(`bytes */${file.length}`);
  });

  it('serves the poster as JPEG when there is one', async () => {
    const res = await get(withToken(`/media/${attempt.id}/poster`));
    if (!attempt.hasPoster) return expect(res.status).toBe(404);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.body.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });
});

describe('client identity', () => {
  it('needs a client id for the event stream', async () => {
    expect((await get(withToken('/events'))).status).toBe(400);
    expect((await get(withToken('/events?client=x'))).status).toBe(400);
  });

  it('recovers what a page was recording when its event stream closes', async () => {
    const page = 'closingpage0001';
    const stream = await openStream(host.port, withToken(`/events?client=${page}`), {});
    expect(stream.status).toBe(200);
    const [prompt] = await value<Prompt[]>('listPrompts', {}, page);
    const started = await value<Attempt>('startAttempt', { promptId: prompt!.id, mode: 'video', mimeType: 'video/webm', targetSeconds: 60 }, page);
    const recording = await makeRecordingWebm(dir, { seconds: 2, name: 'orphan.webm' });
    await value('appendChunk', { attemptId: started.id, seq: 0, data: new Uint8Array(readFileSync(recording.path)) }, page);
    expect((await value<Attempt>('getAttempt', { attemptId: started.id })).status).toBe('recording');

    stream.close();
    const settled = await waitFor('the orphaned attempt to be recovered', async () => {
      const current = await value<Attempt>('getAttempt', { attemptId: started.id });
      return current.status === 'recording' || current.status === 'finalizing' ? undefined : current;
    });
    expect(settled.status).toBe('recovered');
    expect(settled.recoveryUnseen).toBe(true);
  });
});
