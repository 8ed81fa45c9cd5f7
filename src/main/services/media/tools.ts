import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { RetakeError } from '../../../shared/errors';

export type Tool = 'ffmpeg' | 'ffprobe';

const ENV: Record<Tool, string> = { ffmpeg: 'RETAKE_FFMPEG', ffprobe: 'RETAKE_FFPROBE' };

/** npm packages that ship the binary inside themselves, and how each exports its path. */
const PACKAGES: Record<Tool, { name: string; path: (exported: unknown) => unknown }> = {
  ffmpeg: { name: 'ffmpeg-static', path: (exported) => exported },
  ffprobe: { name: 'ffprobe-static', path: (exported) => (exported as { path?: unknown } | null)?.path },
};

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fromPackage(tool: Tool): string | null {
  const { name, path } = PACKAGES[tool];
  try {
    const found = path(createRequire(import.meta.url)(name));
    // Executables cannot run from inside an asar archive; packagers unpack them beside it.
    return typeof found === 'string' ? found.replace(/\bapp\.asar\b/, 'app.asar.unpacked') : null;
  } catch {
    return null; // Not installed: the usual case.
  }
}

function fromPath(tool: Tool): string | null {
  const names = process.platform === 'win32' ? [`${tool}.exe`] : [tool];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/**
 * The one place a media tool's binary is found: the environment variable, then a binary
 * shipped in an npm package, then PATH. Looked up on each use (a few stat calls) so a
 * changed environment is honoured without a restart.
 */
export function toolPath(tool: Tool): string {
  const fromEnv = process.env[ENV[tool]];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new RetakeError('failed', `${ENV[tool]} is set to ${fromEnv}, but no runnable ${tool} is there.`);
  }
  const found = fromPackage(tool) ?? fromPath(tool);
  if (found) return found;
  throw new RetakeError(
    'failed',
    `${tool} was not found. Set ${ENV[tool]} to the full path of ${tool}, install the ${PACKAGES[tool].name} npm package, or put ${tool} on PATH.`,
  );
}
