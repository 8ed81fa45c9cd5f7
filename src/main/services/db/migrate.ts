import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the newest migration. Each migration runs in one transaction
 * together with its user_version bump, so a failure leaves the previous version intact.
 * A database from a newer app is refused rather than guessed at.
 */
export function migrate(db: Database, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}; expected ${i + 1}.`);
  });
  const known = migrations.length;
  const current = schemaVersion(db);
  if (current > known) {
    throw new Error(
      `The database ${db.name} was written by a newer version of Retake (schema version ${current}; ` +
        `this version knows up to ${known}). Update Retake, or use a different data folder.`,
    );
  }
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
