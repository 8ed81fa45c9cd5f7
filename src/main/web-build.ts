import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the web renderer is built from: a change to any of these makes out/web stale. */
const SOURCES = ['src/renderer', 'src/shared', 'src/web-client', 'vite.web.config.ts', 'svelte.config.js', 'package.json'];

/** The newest modification time under a file or folder, or 0 when it does not exist. */
function newestMtime(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when the built page is missing or older than anything it is built from. */
export function webBuildIsStale(repo: string, builtPage: string): boolean {
  const built = newestMtime(builtPage);
  return built === 0 || SOURCES.some((source) => newestMtime(join(repo, source)) > built);
}

/** Builds the web renderer with the project's own Vite; its output goes to stderr so stdout keeps the one ready line. */
export function buildWeb(repo: string): boolean {
  const vite = join(repo, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  return result.status === 0;
}
