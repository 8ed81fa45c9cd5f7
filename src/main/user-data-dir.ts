import { join } from 'node:path';

/**
 * The folder the desktop app keeps its data in, as Electron's `userData` has it for an app
 * named "Retake", so the web host and the desktop app share one library. Worked out here,
 * not asked of Electron, because the web host runs without it.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Retake');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Retake');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Retake');
}
