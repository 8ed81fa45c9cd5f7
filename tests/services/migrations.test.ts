import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../src/main/services/db/migrate';
import { MIGRATIONS, type Migration } from '../../src/main/services/db/migrations';
import { openDatabase } from '../../src/main/services/db/open';
import { makeTempDir } from '../support/services';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'retake.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tables = (db: Sqlite.Database) =>
  db.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();

describe('migrations', () => {
  it('creates the schema on an empty file, with WAL and foreign keys on', () => {
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(expect.arrayContaining(['prompts', 'stories', 'story_prompts', 'attempts', 'settings']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('is a no-op when run again, keeping data', () => {
    const db = openDatabase(file);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('audioOnly', 'true')`).run();
    db.close();
    const again = openDatabase(file);
    expect(schemaVersion(again)).toBe(MIGRATIONS.length);
    expect(again.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(1);
    again.close();
  });

  it('leaves the database at the previous version when a migration fails part-way', () => {
    const good: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE one (id INTEGER PRIMARY KEY);' };
    const broken: Migration = {
      version: 2,
      name: 'two',
      sql: 'CREATE TABLE two (id INTEGER PRIMARY KEY); INSERT INTO one VALUES (1); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => openDatabase(file, [good, broken])).toThrow(/no_such_table/);

    const db = new Sqlite(file);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['one']);
    expect(db.prepare('SELECT count(*) FROM one').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version, and leaves it untouched', () => {
    openDatabase(file).close();
    const newer = new Sqlite(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();

    const known = MIGRATIONS.length;
    expect(() => openDatabase(file)).toThrow(`newer version of Retake (schema version ${known + 1}; this version knows up to ${known})`);
    const db = new Sqlite(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    db.close();
  });

  it('rejects a migration list that is out of order', () => {
    const skipped: Migration = { version: 2, name: 'skipped', sql: 'SELECT 1;' };
    expect(() => openDatabase(file, [skipped])).toThrow(/expected 1/);
  });
});
