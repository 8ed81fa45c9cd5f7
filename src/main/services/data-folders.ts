import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './files/atomic-write';

/**
 * The data folders Retake has opened on this computer, kept in the per-user config folder
 * (the desktop app's own folder), not in any library. It is how a library that went away
 * (an unplugged drive, a folder moved by hand) is told apart from a first start: a folder
 * that once held a library and now holds none is never quietly replaced by an empty one.
 */
const FILE = 'data-folders.json';
const KEEP = 20;

const Remembered = z.object({
  /** The folder to open next time; null for the default. */
  current: z.string().nullable(),
  known: z.array(z.string()).max(KEEP),
});
type Remembered = z.infer<typeof Remembered>;

export type DataFolderState = 'ready' | 'new' | 'missing';

export function readDataFolders(configDir: string): Remembered {
  try {
    const parsed = Remembered.safeParse(JSON.parse(readFileSync(join(configDir, FILE), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // None yet, or unreadable: nothing is remembered.
  }
  return { current: null, known: [] };
}

/** Call once the folder has opened: it is the one to open next time. */
export function rememberDataFolder(configDir: string, dataDir: string): void {
  const folder = resolve(dataDir);
  const { known } = readDataFolders(configDir);
  const next: Remembered = { current: folder, known: [folder, ...known.filter((k) => k !== folder)].slice(0, KEEP) };
  writeFileAtomic(configDir, FILE, `${JSON.stringify(next, null, 2)}\n`);
}

/** Whether the folder holds a library, may get a new one, or held one that is gone now. */
export function checkDataFolder(configDir: string, dataDir: string): DataFolderState {
  if (existsSync(join(dataDir, 'retake.db'))) return 'ready';
  return readDataFolders(configDir).known.includes(resolve(dataDir)) ? 'missing' : 'new';
}

export function missingFolderMessage(dataDir: string): string {
  return `Retake expected its library in ${dataDir}, but it is not there. If it is on a drive that is unplugged, plug it back in.`;
}
