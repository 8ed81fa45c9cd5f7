import type { z } from 'zod';
import { type ApiMethod, apiInputs } from '../shared/api';
import { type Envelope, RetakeError } from '../shared/errors';
import type { CallContext, RetakeServices } from './services/retake';

const isApiMethod = (method: unknown): method is ApiMethod =>
  typeof method === 'string' && Object.hasOwn(apiInputs, method);

/** "title: must not be empty; promptIds.2: expected number, received string" */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * The one entry point both hosts call for an api request: checks the method name,
 * validates the input with its zod schema, runs the handler and turns the outcome into
 * an envelope. Errors are data here; an unexpected one is logged in full and reported
 * without internals.
 */
export async function dispatch(
  services: Pick<RetakeServices, 'handlers'>,
  method: unknown,
  rawInput: unknown,
  ctx: CallContext,
): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) {
    const name = typeof method === 'string' ? JSON.stringify(method.slice(0, 100)) : typeof method;
    return { ok: false, error: { code: 'invalid-input', message: `Unknown method ${name}.` } };
  }
  const parsed = apiInputs[method].safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${method}: ${describeIssues(parsed.error)}` } };
  }
  // The schema just checked the input belongs to this method; TypeScript cannot relate the two.
  const handler = services.handlers[method] as (input: unknown, ctx: CallContext) => unknown;
  try {
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (err) {
    if (err instanceof RetakeError) return { ok: false, error: { code: err.code, message: err.message } };
    console.error(`[retake] ${method} failed unexpectedly:`, err);
    return { ok: false, error: { code: 'failed', message: `Something went wrong in ${method}; the details are in the log.` } };
  }
}
