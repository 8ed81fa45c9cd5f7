/**
 * The face model's thread (a second main-process entry in the build): inference takes tens of
 * milliseconds a frame, which on the main thread would stall every IPC call and HTTP request.
 * Frames arrive one at a time; each gets one reply, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadFaceModel } from './face-model';
import type { FrameMessage, ModelFiles, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('the body-language worker must run as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
const failed = (err: unknown) => post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });

const model = loadFaceModel(workerData as ModelFiles);
model.then((m) => post({ type: 'ready', backend: m.backend }), failed);
port.on('message', (frame: FrameMessage) => {
  model.then((m) => m.read(frame.rgb, frame.width, frame.height)).then((reading) => post({ type: 'reading', reading }), failed);
});
