import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh secret per run: knowing the port is not enough to talk to the host. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export type Verdict = { ok: true; setCookie: boolean } | { ok: false; status: 401 | 403; reason: string };

/**
 * What a request reaches, and so what proves it comes from our page:
 * - `api`: the X-Retake-Token header;
 * - `data` (media, exports, the event stream: the library itself): `?token=` in the URL, never a cookie;
 * - `page` (the renderer's own files, public code): `?token=` once, then the page cookie.
 */
export type Access = 'api' | 'data' | 'page';

function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Who may talk to the web host: only a page this run served, on this port, on loopback.
 * - Host must name loopback and our port, so a DNS-rebound name pointing here is refused.
 * - A cross-origin Origin or Sec-Fetch-Site is refused: other localhost ports are "same-site",
 *   so SameSite cookies alone would not keep them out.
 * - The token arrives once in ?token= (the page keeps it in sessionStorage). API calls send it
 *   as the X-Retake-Token header: a cross-origin page cannot add one without a CORS preflight
 *   we never answer. Media, exports and the event stream carry it in their URL (<video src>,
 *   a download link and EventSource cannot set headers).
 * - The cookie holds a separate secret that opens only the renderer's files (a reload needs
 *   them without the URL's token). Browsers send cookies to every port of a host, so any other
 *   server on 127.0.0.1 the person visits receives it: it must not open the library.
 */
export class Guard {
  /** Cookies ignore ports, so two hosts on one machine must not share a cookie name. */
  readonly cookieName: string;
  private readonly pageSecret = newToken();
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;

  constructor(
    readonly port: number,
    private readonly token: string,
  ) {
    this.cookieName = `retake_page_${port}`;
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`));
  }

  check(req: IncomingMessage, query: URLSearchParams, access: Access): Verdict {
    const host = req.headers.host?.toLowerCase();
    if (host === undefined || !this.hosts.has(host)) return { ok: false, status: 403, reason: 'Unknown host' };
    const origin = req.headers.origin;
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) return { ok: false, status: 403, reason: 'Cross-origin request' };
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site') return { ok: false, status: 403, reason: 'Cross-site request' };
    // Same site is another 127.0.0.1 port: an old tab of an earlier run opening this run's address.
    // Only as a top-level page load carrying this run's token in the URL; never a subresource, never by cookie.
    if (site === 'same-site' && !this.isTokenNavigation(req, query)) return { ok: false, status: 403, reason: 'Cross-site request' };

    if (access === 'api') {
      // The header is the proof for API calls; a cookie the browser attaches on its own is not enough.
      const header = req.headers['x-retake-token'];
      if (typeof header !== 'string' || !sameSecret(header, this.token)) {
        return { ok: false, status: 401, reason: 'Missing or wrong X-Retake-Token header' };
      }
      return { ok: true, setCookie: false };
    }
    if (sameSecret(query.get('token') ?? undefined, this.token)) return { ok: true, setCookie: access === 'page' };
    if (access === 'page' && sameSecret(cookieValue(req.headers.cookie, this.cookieName), this.pageSecret)) return { ok: true, setCookie: false };
    return { ok: false, status: 401, reason: 'Missing or wrong token' };
  }

  private isTokenNavigation(req: IncomingMessage, query: URLSearchParams): boolean {
    return (
      req.method === 'GET' &&
      req.headers['sec-fetch-mode'] === 'navigate' &&
      req.headers['sec-fetch-dest'] === 'document' &&
      sameSecret(query.get('token') ?? undefined, this.token)
    );
  }

  /** Set after a valid ?token= on a page load so a reload and the page's files need no token in the URL. */
  cookieHeader(): string {
    return `${this.cookieName}=${this.pageSecret}; HttpOnly; SameSite=Strict; Path=/`;
  }
}
