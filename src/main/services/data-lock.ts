import { join } from 'node:path';
import Sqlite from 'better-sqlite3';

/**
 * Claims a data folder for this process until the returned release is called. Two Retakes
 * on one folder (a second `npm run web`, or the web host beside the app) would each take
 * the other's live recordings for leftovers of a crash and finalise them from under it.
 *
 * The claim is an exclusive SQLite lock held on retake.lock for as long as it stays open:
 * the operating system drops it when the process dies, however it dies, so a crash never
 * leaves a folder locked, and there is no pid to guess about.
 */
export function lockDataFolder(dataDir: string): () => void {
  const lock = new Sqlite(join(dataDir, 'retake.lock'), { timeout: 0 });
  try {
    // In exclusive locking mode the first write takes the file lock and never gives it back.
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL); DELETE FROM holder;');
    lock.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
  } catch (err) {
    lock.close();
    if ((err as { code?: unknown }).code === 'SQLITE_BUSY') {
      throw new Error(`The data folder ${dataDir} is already open in another Retake. Close that one first, or use a different data folder.`);
    }
    throw err;
  }
  return () => lock.close();
}
