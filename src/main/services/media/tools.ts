import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { RetakeError } from '../../../shared/errors';

export type Tool = 'ffmpeg' | 'ffprobe';

const ENV: Record<Tool, string> = { ffmpeg: 'RETAKE_FFMPEG', ffprobe: 'RETAKE_FFPROBE' };

/**
 * npm packages that carry the binary inside themselves (one optional package per platform,
 * nothing downloaded at install), so an installed Retake needs nothing else.
 */
const PACKAGES: Record<Tool, string> = { ffmpeg: '@ffmpeg-installer/ffmpeg', ffprobe: '@ffprobe-installer/ffprobe' };

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fromPackage(name: string): string | null {
  let found: unknown;
  try {
    found = (createRequire(import.meta.url)(name) as { path?: unknown }).path;
  } catch {
    return null; // No binary for this platform (the package throws), or not installed.
  }
  if (typeof found !== 'string') return null;
  // Executables cannot run from inside an asar archive; the packaging config unpacks them beside it.
  const unpacked = found.replace(/\bapp\.asar\b/, 'app.asar.unpacked');
  return isExecutable(unpacked) ? unpacked : null;
}

function fromPath(tool: Tool): string | null {
  const names = process.platform === 'win32' ? [`${tool}.exe`] : [tool];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/**
 * The one place a media tool's binary is found: the environment variable, then the binary
 * shipped in an npm package (`bundledPackage` is only ever changed by tests), then PATH. Looked up on each use (a few stat calls) so a
 * changed environment is honoured without a restart.
 */
export function toolPath(tool: Tool, bundledPackage = PACKAGES[tool]): string {
  const fromEnv = process.env[ENV[tool]];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new RetakeError('failed', `${ENV[tool]} is set to ${fromEnv}, but no runnable ${tool} is there.`);
  }
  const found = fromPackage(bundledPackage) ?? fromPath(tool);
  if (found) return found;
  throw new RetakeError(
    'failed',
    `${tool} was not found. Set ${ENV[tool]} to the full path of ${tool}, install the ${bundledPackage} npm package, or put ${tool} on PATH.`,
  );
}

/** What is missing to record and review, as messages naming what to install; empty when all is there. */
export function missingTools(): string[] {
  return (['ffmpeg', 'ffprobe'] as const).flatMap((tool) => {
    try {
      toolPath(tool);
      return [];
    } catch (err) {
      return [(err as Error).message];
    }
  });
}
