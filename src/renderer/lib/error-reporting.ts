import type { RetakeBridge } from '../../shared/api';
import { DIAGNOSTICS_LIMITS } from '../../shared/diagnostics';

type Reporter = Pick<RetakeBridge, 'reportError'>;

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** Sends a failure to main's log. Reporting must never fail in turn, so its own failure is dropped. */
export function reportError(bridge: Reporter, where: string, error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  bridge
    .reportError({
      where: clip(where, DIAGNOSTICS_LIMITS.where),
      message: clip(message, DIAGNOSTICS_LIMITS.message),
      ...(stack === undefined ? {} : { stack: clip(stack, DIAGNOSTICS_LIMITS.stack) }),
    })
    .catch(() => {});
}

/** Errors nothing in the page caught, and promises nobody awaited, go to the log too. */
export function reportUncaughtErrors(bridge: Reporter, target: Window = window): () => void {
  const onError = (event: ErrorEvent) => reportError(bridge, 'uncaught error', event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => reportError(bridge, 'unhandled rejection', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
