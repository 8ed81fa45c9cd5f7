import type { Logger } from './services/log/logger';

/**
 * Every failure nothing else caught reaches the log. Retake keeps running: one stray
 * promise must not end a recording that is still being written.
 */
export function logProcessErrors(log: Logger, target: NodeJS.Process = process): void {
  target.on('uncaughtException', (error) => log.error('main', 'uncaught exception', error));
  target.on('unhandledRejection', (reason) => log.error('main', 'unhandled promise rejection', reason));
}
