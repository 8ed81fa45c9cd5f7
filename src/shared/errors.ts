/**
 * Error kinds a caller can act on; the message is written for a person. `session-expired`:
 * the web host stopped or no longer accepts this page (each run has a new token); nothing is
 * wrong with the data, the page needs the host's new address.
 */
export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'failed' | 'session-expired';

export class RetakeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RetakeError';
  }
}

/** What crosses the boundary: errors are data, so no transport mangles their message. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };
