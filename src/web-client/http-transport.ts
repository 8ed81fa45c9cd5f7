import type { ApiMethod, MediaKind } from '../shared/api';
import type { Transport } from '../shared/client';
import type { Envelope } from '../shared/errors';
import type { RetakeEvent } from '../shared/events';
import { stringifyWithBytes } from './bytes-json';

function failed(message: string): Envelope<never> {
  return { ok: false, error: { code: 'failed', message } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

const REFUSED =
  'The Retake web host refused this page: its token is missing or from an earlier run. Open the address the web host printed when it started.';

/**
 * The web host's side of the contract: POST /api/<method> for calls, one EventSource for
 * pushed events, /media/<id>/<kind> for media. Errors come back as Envelopes, never throws,
 * so createBridge turns them into the same RetakeError the Electron preload produces.
 */
export function createHttpTransport(token: string, clientId: string): Transport {
  const listeners = new Set<(event: RetakeEvent) => void>();
  // Opened now, not on first subscribe: this stream is also how the host learns the page has gone.
  const source = new EventSource(`/events?client=${encodeURIComponent(clientId)}`);
  source.addEventListener('message', (message: MessageEvent<string>) => {
    let event: RetakeEvent;
    try {
      event = JSON.parse(message.data) as RetakeEvent;
    } catch {
      return;
    }
    for (const listener of listeners) listener(event);
  });

  return {
    async invoke(method: ApiMethod, input: unknown): Promise<Envelope<unknown>> {
      let response: Response;
      try {
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-Retake-Token': token, 'X-Retake-Client': clientId },
          body: stringifyWithBytes(input),
        });
      } catch {
        return failed('Retake could not reach its web host. Is `npm run web` still running?');
      }
      if (response.status === 401 || response.status === 403) return failed(REFUSED);
      if (response.status === 413) return { ok: false, error: { code: 'invalid-input', message: 'That request is too large for Retake.' } };
      try {
        const body: unknown = await response.json();
        if (isEnvelope(body)) return body;
      } catch {
        // fall through
      }
      return failed(`Retake's web host answered ${response.status} ${response.statusText}.`);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mediaUrl(attemptId: number, kind: MediaKind): string {
      if (!Number.isSafeInteger(attemptId) || attemptId <= 0) throw new RangeError(`not an attempt id: ${attemptId}`);
      return `/media/${attemptId}/${kind === 'poster' ? 'poster' : 'video'}`;
    },
  };
}
