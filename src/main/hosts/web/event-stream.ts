import type { ServerResponse } from 'node:http';
import type { RetakeEvent } from '../../../shared/events';
import type { RetakeServices } from '../../services/retake';

/** Keeps proxies and dead sockets from going unnoticed; comments are ignored by EventSource. */
const HEARTBEAT_MS = 15_000;
/** How soon a browser's EventSource reconnects after a drop (the stream's `retry:` hint). */
const RECONNECT_MS = 500;
/**
 * How long a page may be without a stream before it counts as gone and its recordings are
 * recovered: several reconnect intervals, so a dropped connection is not mistaken for a closed page.
 */
export const CLIENT_GONE_GRACE_MS = 6 * RECONNECT_MS;
/**
 * A page reads its stream as fast as events come; one that has stopped reading (hung, or a
 * script that never reads) would otherwise make every later event pile up here. Past this
 * much unsent text its stream is dropped; a live page's EventSource reconnects.
 */
export const MAX_UNSENT_BYTES = 1024 * 1024;

/**
 * Server-Sent Events for every open page, and the page's lifeline: a page keeps one
 * EventSource open for its whole life, so when the last stream of a client id closes the
 * page is gone and the services are told (that is how a recording is recovered when its
 * tab is closed). A short grace period lets EventSource reconnect without that happening.
 */
export class EventStreams {
  private readonly streams = new Map<string, Set<ServerResponse>>();
  private readonly pendingGone = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  private closing = false;

  constructor(
    private readonly services: RetakeServices,
    private readonly clientGoneDelayMs: number,
  ) {
    this.unsubscribe = services.onEvent((event) => this.broadcast(event));
    this.heartbeat = setInterval(() => this.writeAll(': ping\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  open(res: ServerResponse, clientId: string): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.flushHeaders();
    res.write(`retry: ${RECONNECT_MS}\n\n`);
    const pending = this.pendingGone.get(clientId);
    if (pending) {
      clearTimeout(pending);
      this.pendingGone.delete(clientId);
    }
    let set = this.streams.get(clientId);
    if (!set) this.streams.set(clientId, (set = new Set()));
    set.add(res);
    res.on('close', () => this.closed(res, clientId));
  }

  private closed(res: ServerResponse, clientId: string): void {
    const set = this.streams.get(clientId);
    set?.delete(res);
    if (this.closing || (set && set.size > 0)) return;
    this.streams.delete(clientId);
    const timer = setTimeout(() => {
      this.pendingGone.delete(clientId);
      this.services.clientGone(clientId).catch((error: unknown) => this.services.log.error('web host', 'recovering a closed page failed', error));
    }, this.clientGoneDelayMs);
    this.pendingGone.set(clientId, timer);
  }

  private broadcast(event: RetakeEvent): void {
    this.writeAll(`data: ${JSON.stringify(event)}\n\n`);
  }

  private writeAll(text: string): void {
    for (const set of this.streams.values()) {
      for (const res of set) {
        res.write(text);
        if (res.writableLength > MAX_UNSENT_BYTES) res.destroy();
      }
    }
  }

  /**
   * Shutdown: end every stream. Pages still open are not treated as gone (recovery on the
   * next start covers whatever they were recording); pages already gone are reported now
   * instead of after their grace period, so the caller can await it before closing services.
   */
  async closeAll(): Promise<void> {
    this.closing = true;
    this.unsubscribe();
    clearInterval(this.heartbeat);
    const gone = [...this.pendingGone.keys()];
    for (const timer of this.pendingGone.values()) clearTimeout(timer);
    this.pendingGone.clear();
    for (const set of this.streams.values()) for (const res of set) res.end();
    this.streams.clear();
    await Promise.all(
      gone.map((clientId) =>
        this.services.clientGone(clientId).catch((error: unknown) => this.services.log.error('web host', 'recovering a closed page failed', error)),
      ),
    );
  }
}
