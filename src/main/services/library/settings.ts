import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { DEFAULT_SETTINGS, Settings, type UpdateSettingsInput } from '../../../shared/settings';

const KEYS = Object.keys(Settings.shape) as (keyof Settings)[];

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Practice preferences, one row per key. What is read back from disk is validated key by
 * key: a value that no longer fits (edited by hand, or from an older release) falls back
 * to its default without resetting the others.
 */
export function createSettingsStore(db: Database) {
  function get(): Settings {
    const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
    const stored = new Map(rows.map((r) => [r.key, r.value]));
    const valid: Record<string, unknown> = {};
    for (const key of KEYS) {
      const text = stored.get(key);
      if (text === undefined) continue;
      const parsed = (Settings.shape[key] as z.ZodType).safeParse(parseJson(text));
      if (parsed.success) valid[key] = parsed.data;
    }
    return Settings.parse({ ...DEFAULT_SETTINGS, ...valid });
  }

  const write = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  return {
    get,
    update: db.transaction((patch: UpdateSettingsInput): Settings => {
      // A key sent as undefined (IPC keeps those) means "unchanged", like a missing one.
      const changed = KEYS.filter((key) => patch[key] !== undefined);
      const next = Settings.parse({ ...get(), ...Object.fromEntries(changed.map((key) => [key, patch[key]])) });
      for (const key of changed) write.run(key, JSON.stringify(next[key]));
      return next;
    }),
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
