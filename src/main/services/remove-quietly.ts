import { rmSync } from 'node:fs';
import type { Logger } from './log/logger';

/** Removes a file or folder; a failure is logged, not thrown: what is left over is harmless. */
export function removeQuietly(path: string, log: Logger): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch (err) {
    log.warn('files', `could not remove ${path}`, err);
  }
}
