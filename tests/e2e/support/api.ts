import type { ApiInput, ApiMethod, ApiOutput } from '../../../src/shared/api';
import type { Envelope } from '../../../src/shared/errors';
import type { RunningHost } from './web-host';

/** Calls the web host's API from the test, the way the web client does, to check stored state. */
export async function api<M extends ApiMethod>(host: RunningHost, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-retake-token': host.token, 'x-retake-client': 'e2e-test' },
    body: JSON.stringify(input),
  });
  const reply = (await res.json()) as Envelope<ApiOutput<M>>;
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

/** Polls until `check` accepts the value or the time runs out. */
export async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
