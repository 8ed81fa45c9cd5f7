import type { FaceReading } from './face-reading';

/** Where the face model's files are; handed to the worker when it starts. */
export interface ModelFiles {
  /** @vladmandic/face-api's model/ folder. */
  modelDir: string;
  /** @tensorflow/tfjs-backend-wasm's dist/ folder, which holds the .wasm binaries. */
  wasmDir: string;
}

/** Main → worker: one frame, RGB bytes row by row. */
export interface FrameMessage {
  rgb: Uint8Array;
  width: number;
  height: number;
}

/** Worker → main: first `ready` (or `failed`), then one `reading` or `failed` per frame, in order. */
export type WorkerMessage =
  | { type: 'ready'; backend: string }
  | { type: 'reading'; reading: FaceReading | null }
  | { type: 'failed'; message: string };
