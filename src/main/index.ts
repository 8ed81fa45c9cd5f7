/**
 * Electron entry: app lifecycle, the window, permissions and navigation rules. Everything
 * Retake does lives in the services; src/main/hosts/electron.ts binds them.
 */
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, protocol, session, systemPreferences } from 'electron';
import { APP_SCHEME, APP_URL, bindElectronHost, MEDIA_SCHEME, type ElectronHost } from './hosts/electron';
import { electronFileChooser, resolveMissingFolder } from './hosts/electron-dialogs';
import { logProcessErrors } from './process-errors';
import { openRetake } from './services/app';
import { checkDataFolder, readDataFolders, rememberDataFolder } from './services/data-folders';
import { createFileLogger, logFileIn } from './services/log/logger';
import { missingTools } from './services/media/tools';
import type { RetakeServices } from './services/retake';
import { dropTestSwitches } from './test-switches';

// An installed app takes no test-only switches from its environment.
if (app.isPackaged) dropTestSwitches(process.env);

// Test-only: a fake camera and microphone (optionally speaking a WAV file) and no permission prompt.
const fakeMedia = process.env.RETAKE_FAKE_MEDIA;
if (fakeMedia) {
  app.commandLine.appendSwitch('use-fake-device-for-media-stream');
  app.commandLine.appendSwitch('use-fake-ui-for-media-stream');
  if (fakeMedia !== '1') app.commandLine.appendSwitch('use-file-for-fake-audio-capture', fakeMedia);
}
// Lets tests run against a throwaway data folder instead of the user's.
if (process.env.RETAKE_DATA_DIR) app.setPath('userData', resolve(process.env.RETAKE_DATA_DIR));

// From here on every failure reaches <data>/logs/retake.log; a terminal sees it too in development.
const log = createFileLogger({
  file: logFileIn(app.getPath('userData')),
  echo: app.isPackaged ? undefined : (entry) => process.stderr.write(entry),
});
logProcessErrors(log);

// Must happen before `ready`. Standard + secure gives our pages a real origin and a secure
// context (getUserMedia needs one); stream lets <video> read media as it arrives.
const privileges = { standard: true, secure: true, supportFetchAPI: true, stream: true };
protocol.registerSchemesAsPrivileged([
  // V8's code cache for our scripts, so a start does not compile the bundle again: a screen's
  // first opening in a run costs about twice its later ones, compiling included.
  { scheme: APP_SCHEME, privileges: { ...privileges, codeCache: true } },
  { scheme: MEDIA_SCHEME, privileges },
]);

let services: RetakeServices | undefined;
let host: ElectronHost | undefined;

function createWindow(current: ElectronHost): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Retake',
    webPreferences: {
      preload: join(app.getAppPath(), 'out/preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // No DevTools in an installed app: they would bypass the sandbox's rules for whoever opens them.
      devTools: !app.isPackaged,
    },
  });
  current.adopt(window);
  window.once('ready-to-show', () => window.show());
  const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  void window.loadURL(devUrl ?? APP_URL);
}

/**
 * Camera and microphone for our own pages, plus writing text to the clipboard (the journal's
 * copy buttons; reading it stays refused); every other permission, and every other page, is refused.
 */
function limitPermissions(current: ElectronHost): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    if (permission === 'clipboard-sanitized-write') {
      callback(current.owns(contents) && current.isAppUrl(details.requestingUrl));
      return;
    }
    const types = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(
      permission === 'media' &&
        current.owns(contents) &&
        current.isAppUrl(details.requestingUrl) &&
        types.length > 0 &&
        types.every((type) => type === 'audio' || type === 'video'),
    );
  });
  ses.setPermissionCheckHandler(
    (contents, permission, requestingOrigin, details) =>
      contents !== null &&
      current.owns(contents) &&
      current.isAppUrl(requestingOrigin) &&
      (permission === 'clipboard-sanitized-write' ||
        (permission === 'media' && (details.mediaType === 'audio' || details.mediaType === 'video'))),
  );
}

// No navigation away, no pop-ups, no webviews, for any web contents that ever exists.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

// One instance per data folder: two would fight over the same database and recordings.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(async () => {
    // userData always exists; the library may live elsewhere (moved to another drive) and be gone.
    const configDir = app.getPath('userData');
    let dataDir = readDataFolders(configDir).current ?? configDir;
    if (checkDataFolder(configDir, dataDir) === 'missing') {
      const chosen = await resolveMissingFolder(dataDir);
      if (chosen === null) {
        app.exit(0);
        return;
      }
      dataDir = chosen;
    }
    const backupsDir = join(app.getPath('documents'), 'Retake backups');
    let opened: RetakeServices;
    try {
      opened = openRetake({ dataDir, resourcesDir: join(app.getAppPath(), 'resources'), log, backupsDir, chooseFile: electronFileChooser(backupsDir) });
      rememberDataFolder(configDir, dataDir);
    } catch (error) {
      log.error('main', `could not open the data folder ${dataDir}`, error);
      dialog.showErrorBox('Retake could not open its data folder', `${dataDir}\n\n${(error as Error).message}\n\nThe details are in the log at ${log.file}.`);
      app.exit(1);
      return;
    }
    services = opened;
    const bound = bindElectronHost({
      services: opened,
      dataDir,
      rendererDir: join(app.getAppPath(), 'out/renderer'),
      devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
    });
    host = bound;
    limitPermissions(bound);
    if (process.platform === 'darwin') {
      // macOS asks once per app; without it getUserMedia fails silently. Sequential: one dialog at a time.
      void (async () => {
        await systemPreferences.askForMediaAccess('camera');
        await systemPreferences.askForMediaAccess('microphone');
      })();
    }
    createWindow(bound);
    const missing = missingTools();
    if (missing.length > 0) {
      void dialog.showMessageBox({
        type: 'warning',
        title: 'Retake needs ffmpeg',
        message: 'Retake can record, but cannot finish or review recordings until ffmpeg and ffprobe are installed.',
        detail: missing.join('\n\n'),
      });
    }
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow(bound);
    });
  }, (error: unknown) => {
    log.error('main', 'Retake failed to start', error);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Finalising recordings and closing the database must finish before the process ends.
  let closed = false;
  let closing: Promise<void> | undefined;
  app.on('will-quit', (event) => {
    if (closed || services === undefined) return;
    event.preventDefault();
    if (closing) return;
    host?.dispose();
    closing = services
      .close()
      .catch((error: unknown) => log.error('main', 'closing the services failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
