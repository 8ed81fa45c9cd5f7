import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeError } from './describe-error';

export type LogLevel = 'info' | 'warn' | 'error';

/**
 * Where every failure goes. Passed to whatever needs it (never a module global), so tests
 * and both hosts each log to their own data folder.
 */
export interface Logger {
  /** The file being written, for messages that tell a person where to look. */
  readonly file: string;
  info(scope: string, message: string): void;
  warn(scope: string, message: string, error?: unknown): void;
  error(scope: string, message: string, error?: unknown): void;
}

export interface FileLoggerOptions {
  /** The log file; its folder is created. Rotated copies sit beside it as retake.1.log, retake.2.log, … */
  file: string;
  /** Rotate before the file would grow past this. */
  maxBytes?: number;
  /** Rotated copies kept besides the current file. */
  keep?: number;
  /** Also hand each entry here (the hosts pass stderr, so a terminal sees it too). */
  echo?: (entry: string) => void;
}

export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;

/** `<data>/logs/retake.log`, where both hosts log. */
export const logFileIn = (dataDir: string) => join(dataDir, 'logs', 'retake.log');

/**
 * Appends one entry per call, synchronously so the last words before a crash are on disk.
 * Every entry is `<ISO time> <LEVEL> [<scope>] <message>`, followed by the error's stack and
 * its chain of causes indented below. A log that cannot be written never breaks the caller.
 */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const { file, echo } = options;
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = options.keep ?? LOG_KEEP;
  const rotated = (n: number) => file.replace(/(\.log)?$/, `.${n}$1`);
  let size: number | null = null;

  function rotate(): void {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1));
      } catch {
        // that copy does not exist yet
      }
    }
    if (keep > 0) renameSync(file, rotated(1));
    else rmSync(file, { force: true });
    size = 0;
  }

  function write(level: LogLevel, scope: string, message: string, error?: unknown): void {
    const detail = error === undefined ? '' : `\n${describeError(error).replace(/^/gm, '    ')}`;
    const entry = `${new Date().toISOString()} ${level.toUpperCase()} [${scope}] ${message}${detail}\n`;
    echo?.(entry);
    try {
      if (size === null) {
        mkdirSync(dirname(file), { recursive: true });
        size = fileSize(file);
      }
      const bytes = Buffer.byteLength(entry);
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, entry);
      size += bytes;
    } catch {
      // Nowhere left to report to; the echo (if any) already has it.
      size = null;
    }
  }

  return {
    file,
    info: (scope, message) => write('info', scope, message),
    warn: (scope, message, error) => write('warn', scope, message, error),
    error: (scope, message, error) => write('error', scope, message, error),
  };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
