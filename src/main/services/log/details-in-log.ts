import type { Logger } from './logger';

/** The end of a user-facing failure message: where to find what went wrong. */
export const detailsInLog = (log: Pick<Logger, 'file'>) => `the details are in the log at ${log.file}.`;
