import { join } from 'node:path';
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { type FileChooser, restoreIntoNewFolder } from '../services/backup';
import { missingFolderMessage } from '../services/data-folders';

const ZIP = [{ name: 'Retake backup', extensions: ['zip'] }];

/** Dialogs belong to the window the person is using, when there is one. */
function showSave(options: SaveDialogOptions) {
  const window = BrowserWindow.getFocusedWindow();
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

function showOpen(options: OpenDialogOptions) {
  const window = BrowserWindow.getFocusedWindow();
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

async function chooseBackupFile(): Promise<string | null> {
  const { canceled, filePaths } = await showOpen({ title: 'Restore Retake from a backup', filters: ZIP, properties: ['openFile'] });
  return canceled ? null : (filePaths[0] ?? null);
}

/** The save and open dialogs behind "Back up to…" and "Restore from a file…". Paths stay in main. */
export function electronFileChooser(backupsDir: string): FileChooser {
  return {
    async saveBackup(defaultName) {
      const { canceled, filePath } = await showSave({
        title: 'Back up your Retake library',
        defaultPath: join(backupsDir, defaultName),
        filters: ZIP,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return canceled || !filePath ? null : filePath;
    },
    openBackup: chooseBackupFile,
  };
}

const CHOOSE = 0;
const RESTORE = 1;
const CREATE = 2;

/**
 * At start, when the folder that held the library has none now (an unplugged drive, a folder
 * moved by hand): says which folder was expected and lets the person point at where it is,
 * restore it from a backup, or knowingly start an empty one. Resolves with the folder to open,
 * or null to quit.
 */
export async function resolveMissingFolder(dataDir: string): Promise<string | null> {
  for (;;) {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'Retake cannot find your library',
      message: missingFolderMessage(dataDir),
      detail: 'Choose the folder it is in now, restore it from a backup, or start a new, empty library in that folder.',
      buttons: ['Choose Folder…', 'Restore from Backup…', 'Create New Library', 'Quit'],
      defaultId: CHOOSE,
      cancelId: 3,
      noLink: true,
    });
    if (response === CHOOSE) {
      const { canceled, filePaths } = await showOpen({ title: 'Where is your Retake library?', properties: ['openDirectory', 'createDirectory'] });
      if (!canceled && filePaths[0]) return filePaths[0];
    } else if (response === RESTORE) {
      const archive = await chooseBackupFile();
      if (archive === null) continue;
      try {
        await restoreIntoNewFolder(archive, dataDir);
        return dataDir;
      } catch (error) {
        await dialog.showMessageBox({ type: 'error', title: 'Retake', message: 'That backup could not be restored.', detail: (error as Error).message });
      }
    } else if (response === CREATE) {
      return dataDir;
    } else {
      return null;
    }
  }
}
