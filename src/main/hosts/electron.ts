import { ipcMain, protocol, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, SAVE_EXPORT_CHANNEL } from '../../shared/channels';
import type { Envelope } from '../../shared/errors';
import { APP_HTML_HEADERS } from './app-csp';
import { saveExportWithDialog } from './electron-save';
import { answerInvoke } from './ipc-invoke';
import type { RetakeServices } from '../services/retake';
import { textResponse } from './file-response';
import { serveMedia } from './media-response';
import { staticResponse } from './static-response';

/** The built renderer is served from retake://app/…; an origin no web page can share. */
export const APP_SCHEME = 'retake';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** Media by attempt id only: retake-media://attempt/<id>/<video|poster>. */
export const MEDIA_SCHEME = 'retake-media';
const MEDIA_HOST = 'attempt';

export interface ElectronHostOptions {
  services: RetakeServices;
  dataDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL), trusted only when not packaged. */
  devServerUrl?: string;
}

export interface ElectronHost {
  /** Is this URL (or origin) one of our pages? */
  isAppUrl(url: string): boolean;
  /** Did we create this window's contents? */
  owns(contents: WebContents): boolean;
  /** Start serving a window we created: events, and recovery when it goes away. */
  adopt(window: BrowserWindow): void;
  dispose(): void;
}

/** Binds the services to Electron: one IPC handler, two protocols, events to our windows. */
export function bindElectronHost(options: ElectronHostOptions): ElectronHost {
  const { services, dataDir, rendererDir } = options;
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : null;
  const windows = new Map<number, WebContents>();

  function isAppUrl(url: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    // Node's URL gives custom schemes an opaque origin ("null"), so compare scheme and host.
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    return devOrigin !== null && parsed.origin === devOrigin;
  }

  // By id: ids are never reused within a run, and a destroyed window is removed below.
  const owns = (contents: WebContents) => !contents.isDestroyed() && windows.has(contents.id);

  /** Only the main frame of a window we created, showing our own page, may call the api. */
  function trusted(event: IpcMainInvokeEvent): boolean {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && owns(event.sender) && isAppUrl(frame.url);
  }

  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown): Promise<Envelope<unknown>> =>
    answerInvoke(services, () => (trusted(event) ? String(event.sender.id) : null), method, input),
  );

  ipcMain.handle(SAVE_EXPORT_CHANNEL, (event, id: unknown): Promise<Envelope<unknown>> =>
    trusted(event)
      ? saveExportWithDialog(services, event.sender, id)
      : Promise.resolve({ ok: false, error: { code: 'failed', message: 'Refused: this call did not come from a Retake window.' } }),
  );

  protocol.handle(MEDIA_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== MEDIA_HOST || url.search !== '') return textResponse(404, 'Not found');
    return serveMedia(services, dataDir, url.pathname, { range: request.headers.get('range'), method: request.method });
  });

  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return textResponse(404, 'Not found');
    return staticResponse(rendererDir, url.pathname, { indexFile: 'index.html', htmlHeaders: APP_HTML_HEADERS, method: request.method });
  });

  const unsubscribe = services.onEvent((event) => {
    for (const contents of windows.values()) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });

  const gone = (clientId: string) => {
    services.clientGone(clientId).catch((error: unknown) => services.log.error('electron', 'recovering a closed window failed', error));
  };

  return {
    isAppUrl,
    owns,
    adopt(window) {
      const contents = window.webContents;
      // Read the id now: it cannot be read once the contents are destroyed.
      const clientId = String(contents.id);
      windows.set(contents.id, contents);
      // A crash, a reload and a closed window all orphan whatever the page was recording.
      contents.on('render-process-gone', () => gone(clientId));
      contents.on('did-navigate', () => gone(clientId));
      contents.once('destroyed', () => {
        windows.delete(Number(clientId));
        gone(clientId);
      });
    },
    dispose() {
      unsubscribe();
      ipcMain.removeHandler(INVOKE_CHANNEL);
      ipcMain.removeHandler(SAVE_EXPORT_CHANNEL);
      protocol.unhandle(MEDIA_SCHEME);
      protocol.unhandle(APP_SCHEME);
    },
  };
}
