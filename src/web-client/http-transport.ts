import type { ApiMethod, MediaKind } from '../shared/api';
import type { Transport } from '../shared/client';
import type { Envelope } from '../shared/errors';
import type { ExportFile, SaveOutcome } from '../shared/exports';
import type { RetakeEvent } from '../shared/events';
import { stringifyWithBytes } from './bytes-json';

function failed(message: string): Envelope<never> {
  return { ok: false, error: { code: 'failed', message } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

const REFUSED =
  'This page is from an earlier run of Retake\'s web host, which no longer accepts it. Your recordings are safe: open the address the web host printed when it started.';
const UNREACHABLE =
  'Retake\'s web host has stopped, so this page cannot reach your recordings. They are safe: start it again (npm run web) and open the address it prints.';

/**
 * The web host's side of the contract: POST /api/<method> for calls, one EventSource for
 * pushed events, /media/<id>/<kind> for media. Errors come back as Envelopes, never throws,
 * so createBridge turns them into the same RetakeError the Electron preload produces.
 */
export function createHttpTransport(token: string, clientId: string): Transport {
  const listeners = new Set<(event: RetakeEvent) => void>();
  const emit = (event: RetakeEvent) => {
    for (const listener of listeners) listener(event);
  };
  let expired = false;
  // A host on 127.0.0.1 that refuses or does not answer is not coming back for this page: every new run has a new token (and port).
  const expire = (message: string): Envelope<never> => {
    if (!expired) {
      expired = true;
      emit({ type: 'session-expired' });
    }
    return { ok: false, error: { code: 'session-expired', message } };
  };
  // Opened now, not on first subscribe: this stream is also how the host learns the page has gone.
  // The library's data takes the token in its URL, never a cookie (guard.ts says why).
  const withToken = `token=${encodeURIComponent(token)}`;
  const source = new EventSource(`/events?client=${encodeURIComponent(clientId)}&${withToken}`);
  // EventSource retries a host that is down, but gives up (CLOSED) on an HTTP refusal: a restarted host with a new token.
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) expire(REFUSED);
  });
  source.addEventListener('message', (message: MessageEvent<string>) => {
    let event: RetakeEvent;
    try {
      event = JSON.parse(message.data) as RetakeEvent;
    } catch {
      return;
    }
    emit(event);
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
        return expire(UNREACHABLE);
      }
      if (response.status === 401 || response.status === 403) return expire(REFUSED);
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
      return `/media/${attemptId}/${kind === 'poster' ? 'poster' : 'video'}?${withToken}`;
    },
    async saveExport(file: ExportFile): Promise<SaveOutcome> {
      // A browser saves through its own download flow; the host serves the file by id.
      const link = document.createElement('a');
      link.href = `/exports/${encodeURIComponent(file.id)}?${withToken}`;
      link.download = file.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      return { saved: true };
    },
  };
}
