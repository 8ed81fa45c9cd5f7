import Sqlite, { type Database } from 'better-sqlite3';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';

/** SQLite's own bookkeeping tables, which it makes on its own (AUTOINCREMENT, ANALYZE). */
const SQLITE_OWN = new Set(['sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4']);

/** Every table, index, view and trigger, as SQLite keeps their definitions. */
function schemaOf(db: Database): string[] {
  return db
    .prepare<[], { type: string; name: string; tbl_name: string; sql: string | null }>('SELECT type, name, tbl_name, sql FROM sqlite_master')
    .all()
    .filter((row) => !(row.type === 'table' && SQLITE_OWN.has(row.name)))
    .map((row) => JSON.stringify([row.type, row.name, row.tbl_name, row.sql]))
    .sort();
}

/**
 * How `db`'s schema differs from the one Retake's migrations up to `version` make (the first
 * object they do not make or make differently, else the first one missing); null when equal.
 * A database from a backup is someone else's file: a trigger or view planted in it would run
 * inside every later write to the library (deleting each new recording, say), so only the
 * exact schema Retake itself makes is accepted.
 */
export function schemaDifference(db: Database, version: number): string | null {
  const reference = new Sqlite(':memory:');
  try {
    migrate(reference, MIGRATIONS.slice(0, version));
    const expected = schemaOf(reference);
    const actual = schemaOf(db);
    const wanted = new Set(expected);
    const extra = actual.find((row) => !wanted.has(row));
    if (extra !== undefined) return `holds ${named(extra)} that Retake does not make (or makes differently)`;
    const present = new Set(actual);
    const missing = expected.find((row) => !present.has(row));
    return missing === undefined ? null : `lacks ${named(missing)} that Retake makes`;
  } finally {
    reference.close();
  }
}

function named(row: string): string {
  const [type, name] = JSON.parse(row) as [string, string];
  return `the ${type} ${JSON.stringify(name.slice(0, 80))}`;
}
