/**
 * The Electron side of window.retake: the same bridge the web client builds, over IPC.
 * Sandboxed, so this is bundled into one CommonJS file and may only require 'electron';
 * it imports types and plain constants from src/shared, never zod.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MediaKind } from '../shared/api';
import { EVENT_CHANNEL, INVOKE_CHANNEL, SAVE_EXPORT_CHANNEL } from '../shared/channels';
import { createBridge, type Transport } from '../shared/client';
import { type Envelope, RetakeError } from '../shared/errors';
import type { ExportFile, SaveOutcome } from '../shared/exports';
import type { RetakeEvent } from '../shared/events';

const transport: Transport = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<Envelope<unknown>>,
  onEvent(listener) {
    // Wrap so the renderer never sees the IpcRendererEvent (it exposes `sender`).
    const forward = (_event: IpcRendererEvent, payload: RetakeEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  mediaUrl(attemptId: number, kind: MediaKind) {
    if (!Number.isSafeInteger(attemptId) || attemptId <= 0) throw new RangeError(`not an attempt id: ${attemptId}`);
    return `retake-media://attempt/${attemptId}/${kind === 'poster' ? 'poster' : 'video'}`;
  },
  async saveExport(file: ExportFile): Promise<SaveOutcome> {
    // Only the id crosses: main opens the save dialog and copies the file itself.
    const reply = (await ipcRenderer.invoke(SAVE_EXPORT_CHANNEL, file.id)) as Envelope<SaveOutcome>;
    if (!reply.ok) throw new RetakeError(reply.error.code, reply.error.message);
    return reply.value;
  },
};

contextBridge.exposeInMainWorld('retake', createBridge(transport));
