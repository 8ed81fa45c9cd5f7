import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RetakeServices } from '../services/retake';
import { exportResponse } from './export-response';
import { serveMedia } from './media-response';
import { staticResponse } from './static-response';
import { handleApi } from './web/api-route';
import { CLIENT_GONE_GRACE_MS, EventStreams } from './web/event-stream';
import { type Access, Guard, newToken } from './web/guard';
import { sendResponse, sendText } from './web/send-response';

/** The built renderer is a single page that loads only its own files; nothing else may run or connect. */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** On every reply: no sniffing, no referrer (the first URL carries the token), no embedding by other origins. */
const ALWAYS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const HTML_HEADERS = { 'Content-Security-Policy': WEB_CSP, 'Cross-Origin-Opener-Policy': 'same-origin', 'X-Frame-Options': 'DENY' };

/** What a page calls itself: the web client makes one random id per page load. */
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const API_METHOD = /^\/api\/([A-Za-z]{1,64})$/;

/** The library's own data (recordings, exports, events) versus the renderer's public files. */
function accessOf(rawPath: string): Access {
  if (rawPath.startsWith('/api/')) return 'api';
  if (rawPath === '/events' || rawPath.startsWith('/media/') || rawPath.startsWith('/exports/')) return 'data';
  return 'page';
}

export interface WebHostOptions {
  services: RetakeServices;
  /** The data folder the services were opened on; media is only served from its media root. */
  dataDir: string;
  /** The built web renderer (out/web). */
  staticDir: string;
  /** The page `/` serves; vite.web.config.ts builds web.html. */
  indexFile?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** How long a page's event stream may be gone before its recordings are recovered. */
  clientGoneDelayMs?: number;
}

export interface WebHost {
  readonly port: number;
  readonly token: string;
  /** The URL to open: it carries the token once. */
  readonly url: string;
  /** Stops listening and ends event streams; the services stay open (the caller owns them). */
  close(): Promise<void>;
}

/** Serves the renderer, the api, media and events over HTTP on 127.0.0.1 only. */
const STALE_PAGE =
  'This Retake tab is from an earlier run of the web host, which no longer accepts it. Your recordings are safe: open the address `npm run web` printed when it started (it ends with ?token=...).';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { services, dataDir, staticDir } = options;
  const indexFile = options.indexFile ?? 'web.html';
  const token = newToken();

  async function route(guard: Guard, streams: EventStreams, req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(ALWAYS)) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-store');
    const target = req.url ?? '';
    // Origin-form only: an absolute or protocol-relative target is never ours to parse.
    if (!target.startsWith('/') || target.startsWith('//')) return sendText(res, 400, 'Bad request');
    const q = target.indexOf('?');
    const rawPath = q === -1 ? target : target.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : target.slice(q + 1));
    const method = req.method ?? 'GET';

    const api = API_METHOD.exec(rawPath);
    const access = accessOf(rawPath);
    const verdict = guard.check(req, query, access);
    if (!verdict.ok) {
      // A tab reloaded after the host restarted: say what happened, not just "wrong token".
      const stalePage = verdict.status === 401 && rawPath === '/';
      return sendText(res, verdict.status, stalePage ? STALE_PAGE : verdict.reason);
    }
    if (verdict.setCookie) res.setHeader('Set-Cookie', guard.cookieHeader());

    if (access === 'api') {
      if (method !== 'POST') return sendText(res, 405, 'Method not allowed', { Allow: 'POST' });
      if (api === null) return sendText(res, 404, 'Not found');
      const clientId = req.headers['x-retake-client'];
      if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) return sendText(res, 400, 'Missing or malformed X-Retake-Client header');
      return handleApi(req, res, services, api[1]!, clientId);
    }
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    if (rawPath === '/events') {
      if (method !== 'GET') return sendText(res, 405, 'Method not allowed', { Allow: 'GET' });
      const clientId = query.get('client');
      if (clientId === null || !CLIENT_ID.test(clientId)) return sendText(res, 400, 'Missing or malformed client id');
      return streams.open(res, clientId);
    }
    const range = req.headers.range ?? null;
    if (rawPath.startsWith('/media/')) {
      return sendResponse(res, await serveMedia(services, dataDir, rawPath.slice('/media'.length), { range, method }));
    }
    if (rawPath.startsWith('/exports/')) {
      return sendResponse(res, await exportResponse(services, dataDir, rawPath.slice('/exports/'.length), method));
    }
    return sendResponse(res, await staticResponse(staticDir, rawPath, { indexFile, htmlHeaders: HTML_HEADERS, method }));
  }

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // The guard needs the port the OS picked. Attached in the same tick listen completed, before any request can arrive.
  const port = (server.address() as AddressInfo).port;
  const guard = new Guard(port, token);
  const streams = new EventStreams(services, options.clientGoneDelayMs ?? CLIENT_GONE_GRACE_MS);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(guard, streams, req, res).catch((error: unknown) => {
      services.log.error('web host', `${req.method ?? '?'} request failed`, error);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await streams.closeAll();
        server.closeIdleConnections();
        // Let in-flight calls (a chunk being written) finish, but not forever.
        const force = setTimeout(() => server.closeAllConnections(), 2000);
        await stopped;
        clearTimeout(force);
      })();
      return closing;
    },
  };
}
