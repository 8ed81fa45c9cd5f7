/**
 * Calling the journal through the same dispatch both hosts use, so every call is validated
 * by its zod schema exactly as a renderer's would be. Plain Node: no test-runner imports.
 */
import { dispatch } from '../../src/main/dispatch';
import type { ApiInput, ApiMethod, ApiOutput } from '../../src/shared/api';
import type { Envelope } from '../../src/shared/errors';
import type { CreateInterviewInput } from '../../src/shared/journal';
import { TEST_CLIENT, type TestRetake } from './services';

/** The raw envelope, for checking refusals; input is unknown so tests can send what a bad client would. */
export function call(t: TestRetake, method: ApiMethod, input: unknown): Promise<Envelope<unknown>> {
  return dispatch(t.services, method, input, TEST_CLIENT);
}

/** The value of a call that must succeed. */
export async function ok<M extends ApiMethod>(t: TestRetake, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const reply = await call(t, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
  return reply.value as ApiOutput<M>;
}

export const INTERVIEW: CreateInterviewInput = {
  company: 'Northwind',
  role: 'Product manager',
  date: '2025-03-04',
  stage: 'panel',
  outcome: 'rejected',
};

export const interview = (overrides: Partial<CreateInterviewInput> = {}): CreateInterviewInput => ({ ...INTERVIEW, ...overrides });
