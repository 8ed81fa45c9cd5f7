import type { diagnosticsApi } from '../../shared/diagnostics-api';
import type { Logger } from './log/logger';
import type { HandlersOf } from './retake';

/** The renderer's way into the log: what it reports is written as it came, under its own scope. */
export function createDiagnosticsHandlers(log: Logger): HandlersOf<typeof diagnosticsApi> {
  return {
    reportError: ({ where, message, stack }, ctx) => {
      log.error(`renderer ${ctx.clientId}`, `${where}: ${message}`, stack);
    },
    getLogLocation: () => ({ path: log.file }),
  };
}
