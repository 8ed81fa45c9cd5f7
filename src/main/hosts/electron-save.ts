import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { basename, extname, join } from 'node:path';
import type { Envelope } from '../../shared/errors';
import type { SaveOutcome } from '../../shared/exports';
import type { RetakeServices } from '../services/retake';
import { copyExport } from './copy-export';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.zip': { name: 'Review pack', extensions: ['zip'] },
  '.vtt': { name: 'WebVTT captions', extensions: ['vtt'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
};

/**
 * Electron's half of "save an export": the renderer names an export by id only; main finds
 * the file, asks the person where it goes in a native save dialog, and copies it there.
 */
export async function saveExportWithDialog(services: Pick<RetakeServices, 'exportLocation' | 'log'>, sender: WebContents, id: unknown): Promise<Envelope<SaveOutcome>> {
  try {
    const location = services.exportLocation(id);
    if (location === null) return { ok: false, error: { code: 'not-found', message: 'That export is no longer there; make it again.' } };
    const name = basename(location.file);
    const filter = FILTERS[extname(name)];
    const options = { title: 'Save', defaultPath: join(app.getPath('downloads'), name), filters: filter ? [filter] : [] };
    const window = BrowserWindow.fromWebContents(sender);
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
    await copyExport(location, choice.filePath);
    return { ok: true, value: { saved: true } };
  } catch (error) {
    services.log.error('electron', 'saving an export failed', error);
    return { ok: false, error: { code: 'failed', message: `Retake could not save there: ${(error as Error).message}` } };
  }
}
