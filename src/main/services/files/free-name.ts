import { existsSync } from 'node:fs';
import { join } from 'node:path';

const pad = (n: number) => String(n).padStart(2, '0');

/** yyyy-mm-dd in this computer's time zone, which is the person's. */
export const localDay = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

/**
 * "<base>-2025-03-04-1405.<extension>" in local time, not yet taken in `dir`: a second
 * export in the same minute gets "-2". With no extension the name is a folder's.
 */
export function freeName(dir: string, base: string, at: Date, extension: string, alsoFree: (name: string) => boolean = () => true): string {
  const stamp = `${localDay(at)}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  for (let n = 1; ; n++) {
    const stem = `${base}-${stamp}${n === 1 ? '' : `-${n}`}`;
    const name = extension === '' ? stem : `${stem}.${extension}`;
    if (!existsSync(join(dir, name)) && alsoFree(stem)) return name;
  }
}
