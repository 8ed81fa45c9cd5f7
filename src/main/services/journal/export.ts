import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFormat, JournalExport } from '../../../shared/journal';
import { writeFileAtomic } from './atomic-write';
import { journalCsv } from './csv';
import { journalMarkdown, type JournalContents } from './markdown';

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string; render: (c: JournalContents) => string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', render: journalMarkdown },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', render: journalCsv },
};

const pad = (n: number) => String(n).padStart(2, '0');
/** yyyy-mm-dd in this computer's time zone, which is the person's. */
const localDay = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

/** "retake-journal-2025-03-04-1405.md" in local time; a second export in the same minute gets "-2". */
function freeName(dir: string, at: Date, extension: string): string {
  const stamp = `${localDay(at)}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  for (let n = 1; ; n++) {
    const name = `retake-journal-${stamp}${n === 1 ? '' : `-${n}`}.${extension}`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/**
 * Writes the journal into the data folder's exports/ under a name chosen here, and hands
 * back the same text so the renderer can offer it as a download without ever seeing a path.
 */
export function exportJournal(
  exportsDir: string,
  format: ExportFormat,
  contents: Omit<JournalContents, 'exportedOn'>,
  at = new Date(),
): JournalExport {
  const { extension, mimeType, render } = FORMATS[format];
  const text = render({ ...contents, exportedOn: localDay(at) });
  const fileName = freeName(exportsDir, at, extension);
  writeFileAtomic(exportsDir, fileName, text);
  return { fileName, mimeType, text };
}
