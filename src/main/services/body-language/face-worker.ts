import { Worker } from 'node:worker_threads';
import type { FaceReading } from './face-reading';
import { modelFiles, workerScript } from './model-files';
import type { FrameMessage, WorkerMessage } from './protocol';

/** The face model on its own thread: started per analysis, asked one frame at a time, then ended. */
export async function startFaceWorker() {
  const { url, execArgv } = workerScript();
  const worker = new Worker(url, { workerData: modelFiles(), execArgv });
  let waiting: { resolve: (m: WorkerMessage) => void; reject: (e: Error) => void } | null = null;
  let dead: Error | null = null;
  const next = () =>
    new Promise<WorkerMessage>((resolve, reject) => {
      if (dead) reject(dead);
      else waiting = { resolve, reject };
    });
  worker.on('message', (message: WorkerMessage) => {
    const w = waiting;
    waiting = null;
    w?.resolve(message);
  });
  const die = (err: Error) => {
    dead ??= err;
    const w = waiting;
    waiting = null;
    w?.reject(dead);
  };
  worker.on('error', die);
  worker.on('exit', (code) => die(new Error(`the face model stopped (exit code ${code})`)));

  const first = next();
  const ready = await first.catch(async (err: unknown) => {
    await worker.terminate();
    throw err;
  });
  if (ready.type !== 'ready') {
    await worker.terminate();
    throw new Error(`the face model could not load: ${ready.type === 'failed' ? ready.message : 'no reply'}`);
  }

  return {
    backend: ready.backend,
    async read(frame: FrameMessage): Promise<FaceReading | null> {
      const reply = next();
      worker.postMessage(frame, [frame.rgb.buffer as ArrayBuffer]);
      const message = await reply;
      if (message.type === 'reading') return message.reading;
      throw new Error(`the face model failed: ${message.type === 'failed' ? message.message : 'unexpected reply'}`);
    },
    close: () => worker.terminate().then(() => undefined),
  };
}

export type FaceWorker = Awaited<ReturnType<typeof startFaceWorker>>;
