import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { syncFolder } from '../files/atomic-write';

/** What a library is, inside its data folder. Exports, backups and the lock stay where they are. */
const LIBRARY_ENTRIES = ['retake.db', 'retake.db-wal', 'retake.db-shm', 'media'] as const;

export interface LibrarySwap {
  /** Puts the previous library back and drops the restored one. */
  undo(): void;
  /** The restored library has opened: the previous one is no longer needed. */
  commit(): void;
}

function moveEntries(from: string, to: string): void {
  for (const name of LIBRARY_ENTRIES) {
    if (existsSync(join(from, name))) renameSync(join(from, name), join(to, name));
  }
}

/**
 * Replaces the library in `dataDir` with the one unpacked in `staged` (a folder inside the
 * data folder, so every move is a rename on one file system). The previous library is
 * moved aside first, not deleted, so undo can always put it back.
 */
export function swapLibrary(dataDir: string, staged: string): LibrarySwap {
  const aside = join(dataDir, `.before-restore-${Date.now()}`);
  mkdirSync(aside);
  moveEntries(dataDir, aside);
  try {
    moveEntries(staged, dataDir);
  } catch (err) {
    moveEntries(dataDir, staged);
    moveEntries(aside, dataDir);
    rmSync(aside, { recursive: true, force: true });
    throw err;
  }
  syncFolder(dataDir);
  return {
    undo() {
      moveEntries(dataDir, staged);
      moveEntries(aside, dataDir);
      syncFolder(dataDir);
      rmSync(aside, { recursive: true, force: true });
    },
    commit() {
      rmSync(aside, { recursive: true, force: true });
    },
  };
}
