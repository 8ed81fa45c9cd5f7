import type { z } from 'zod';
import { type ApiMethod, retakeContract } from '../shared/api';
import { type Envelope, RetakeError } from '../shared/errors';
import { detailsInLog } from './services/log/details-in-log';
import type { Logger } from './services/log/logger';
import type { CallContext, RetakeServices } from './services/retake';

const isApiMethod = (method: unknown): method is ApiMethod =>
  typeof method === 'string' && Object.hasOwn(retakeContract, method);

/** How much of the caller's own input an error may repeat back (an unknown key can be megabytes). */
const ECHO_CHARS = 120;
const MESSAGE_CHARS = 900;
const MAX_ISSUES = 5;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** "title: must not be empty; promptIds.2: expected number, received string", bounded in length. */
function describeIssues(error: z.ZodError): string {
  const described = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const message = clip(issue.message, ECHO_CHARS);
    return issue.path.length > 0 ? `${clip(issue.path.map(String).join('.'), ECHO_CHARS)}: ${message}` : message;
  });
  const more = error.issues.length - MAX_ISSUES;
  return clip(described.join('; '), MESSAGE_CHARS) + (more > 0 ? ` (and ${more} more)` : '');
}

/** The schema's verdict; a validator that throws (a bug) still answers as invalid input. */
function validate(
  method: ApiMethod,
  rawInput: unknown,
  log: Logger,
): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    const parsed = retakeContract[method].input.safeParse(rawInput);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, message: describeIssues(parsed.error) };
  } catch (err) {
    log.error('dispatch', `validating input for ${method} threw`, err);
    return { ok: false, message: 'the input could not be checked' };
  }
}

/**
 * The one entry point both hosts call for an api request: checks the method name,
 * validates the input with its zod schema, runs the handler and turns the outcome into
 * an envelope. Errors are data here; an unexpected one is logged in full and reported
 * without internals.
 */
export async function dispatch(
  services: Pick<RetakeServices, 'handlers' | 'log'>,
  method: unknown,
  rawInput: unknown,
  ctx: CallContext,
): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) {
    const name = typeof method === 'string' ? JSON.stringify(clip(method, ECHO_CHARS)) : typeof method;
    return { ok: false, error: { code: 'invalid-input', message: `Unknown method ${name}.` } };
  }
  const parsed = validate(method, rawInput, services.log);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${method}: ${parsed.message}` } };
  // The schema just checked the input belongs to this method; TypeScript cannot relate the two.
  const handler = services.handlers[method] as (input: unknown, ctx: CallContext) => unknown;
  try {
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (err) {
    if (err instanceof RetakeError) return { ok: false, error: { code: err.code, message: err.message } };
    services.log.error('dispatch', `${method} failed unexpectedly`, err);
    return { ok: false, error: { code: 'failed', message: `Something went wrong in ${method}; ${detailsInLog(services.log)}` } };
  }
}
