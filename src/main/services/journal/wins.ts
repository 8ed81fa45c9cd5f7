import type { Database } from 'better-sqlite3';
import { RetakeError } from '../../../shared/errors';
import type { AddWinInput, Win } from '../../../shared/journal';

interface WinRow {
  id: number;
  date: string;
  text: string;
  created_at: string;
}

const toWin = (row: WinRow): Win => ({ id: row.id, date: row.date, text: row.text, createdAt: row.created_at });

/** Small wins the person notes down: a good call, a sent application, a hard answer that finally flowed. */
export function createWinStore(db: Database) {
  const between = db.prepare<{ from: string; to: string }, WinRow>(
    'SELECT * FROM wins WHERE date BETWEEN @from AND @to ORDER BY date DESC, id DESC',
  );
  const all = db.prepare<[], WinRow>('SELECT * FROM wins ORDER BY date DESC, id DESC');

  return {
    /** Wins from `from` to `to`, both yyyy-mm-dd and included, newest first. */
    between: (from: string, to: string): Win[] => between.all({ from, to }).map(toWin),

    all: (): Win[] => all.all().map(toWin),

    add(input: AddWinInput): Win {
      const { lastInsertRowid } = db
        .prepare('INSERT INTO wins (date, text, created_at) VALUES (?, ?, ?)')
        .run(input.date, input.text, new Date().toISOString());
      return toWin(db.prepare<[number], WinRow>('SELECT * FROM wins WHERE id = ?').get(Number(lastInsertRowid))!);
    },

    delete(id: number): void {
      const { changes } = db.prepare('DELETE FROM wins WHERE id = ?').run(id);
      if (changes === 0) throw new RetakeError('not-found', `No win with id ${id}.`);
    },
  };
}

export type WinStore = ReturnType<typeof createWinStore>;
