import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the Electron binary is, or null when it is not installed. Reads what
 * `require('electron')` and electron-vite read (path.txt and dist/), without requiring it:
 * since Electron 42 that would start a download.
 */
export function electronBinary(): string | null {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const full = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist'), executable);
  return existsSync(full) ? full : null;
}

/** Electron's own installer (the package's `install-electron` command). */
export function electronInstaller(): string {
  return join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
}
