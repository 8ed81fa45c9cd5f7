import type { ExportFormat, JournalExport } from '../../../shared/journal';
import { writeFileAtomic } from '../files/atomic-write';
import { freeName, localDay } from '../files/free-name';
import { journalCsv } from './csv';
import { journalMarkdown, type JournalContents } from './markdown';

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string; render: (c: JournalContents) => string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', render: journalMarkdown },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', render: journalCsv },
};

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
  const fileName = freeName(exportsDir, 'retake-journal', at, extension);
  writeFileAtomic(exportsDir, fileName, text);
  return { fileName, mimeType, text };
}
