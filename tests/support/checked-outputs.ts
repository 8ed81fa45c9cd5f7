import { type ApiMethod, retakeContract } from '../../src/shared/api';
import type { OpenedRetake } from '../../src/main/services/app';
import type { Handlers } from '../../src/main/services/retake';

/** Fails the call when a handler answers something its contract's output schema does not describe. */
function check(method: ApiMethod, value: unknown): unknown {
  const verdict = retakeContract[method].output.safeParse(value);
  if (!verdict.success) throw new Error(`${method} answered outside its output schema: ${verdict.error.message}`);
  return value;
}

/**
 * The same services, with every handler's answer checked against the contract, so each
 * service test also tests the contract. A synchronous handler stays synchronous.
 */
export function withCheckedOutputs(services: OpenedRetake): OpenedRetake {
  const checked: Record<string, (input: never, ctx: never) => unknown> = {};
  for (const [name, handler] of Object.entries(services.handlers) as [ApiMethod, (input: never, ctx: never) => unknown][]) {
    checked[name] = (input, ctx) => {
      const value = handler(input, ctx);
      return value instanceof Promise ? value.then((resolved) => check(name, resolved)) : check(name, value);
    };
  }
  return { ...services, handlers: checked as unknown as Handlers };
}
