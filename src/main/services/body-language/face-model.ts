import { createRequire } from 'node:module';
import { sep } from 'node:path';
import type * as FaceApi from '@vladmandic/face-api';
import type * as Tf from '@tensorflow/tfjs';
import type * as TfWasm from '@tensorflow/tfjs-backend-wasm';
import type { FaceReading } from './face-reading';
import type { ModelFiles } from './protocol';

// CommonJS builds: face-api's Node build for the WebAssembly backend expects these very instances.
// Not named `require`: the build's ESM shim declares one of its own.
const load = createRequire(import.meta.url);

/**
 * The detector's input edge in pixels: 224 finds a head-and-shoulders face at a third of the
 * cost of 416; only a frame where it finds none is looked at again at 416, which also finds a
 * face too far from the camera (a tenth of the frame's height).
 */
const DETECTOR_INPUT = 224;
const SMALL_FACE_INPUT = 416;

/** Mean brightness (Rec. 601 luma) of the pixels inside the box, 0..1. */
function boxLight(rgb: Uint8Array, width: number, height: number, box: FaceReading['box']): number {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(width, Math.ceil(box.x + box.width));
  const y1 = Math.min(height, Math.ceil(box.y + box.height));
  let sum = 0;
  let count = 0;
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const i = (y * width + x) * 3;
      sum += 0.299 * rgb[i]! + 0.587 * rgb[i + 1]! + 0.114 * rgb[i + 2]!;
      count++;
    }
  }
  return count ? sum / count / 255 : 0;
}

/**
 * The tiny face detector, 68-point landmarks and the expression model of @vladmandic/face-api,
 * on TensorFlow.js's WebAssembly backend: its binaries ship inside the npm package for every
 * platform, where the native backend downloads a library at install.
 */
export async function loadFaceModel(files: ModelFiles) {
  const tf = load('@tensorflow/tfjs') as typeof Tf;
  const wasm = load('@tensorflow/tfjs-backend-wasm') as typeof TfWasm;
  const faceapi = load('@vladmandic/face-api/dist/face-api.node-wasm.js') as typeof FaceApi;
  // A folder prefix (not a URL): emscripten then reads the binary from disk, never fetches it.
  wasm.setWasmPaths(files.wasmDir.endsWith(sep) ? files.wasmDir : files.wasmDir + sep);
  if (!(await tf.setBackend('wasm'))) throw new Error('the WebAssembly backend did not start');
  await tf.ready();
  await faceapi.nets.tinyFaceDetector.loadFromDisk(files.modelDir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(files.modelDir);
  await faceapi.nets.faceExpressionNet.loadFromDisk(files.modelDir);
  const quick = new faceapi.TinyFaceDetectorOptions({ inputSize: DETECTOR_INPUT, scoreThreshold: 0.4 });
  const fine = new faceapi.TinyFaceDetectorOptions({ inputSize: SMALL_FACE_INPUT, scoreThreshold: 0.4 });
  const detect = async (tensor: Tf.Tensor3D, options: FaceApi.TinyFaceDetectorOptions) =>
    faceapi.detectAllFaces(tensor, options).withFaceLandmarks().withFaceExpressions();

  return {
    backend: tf.getBackend(),
    /** The largest face in the frame, or null when none is found. */
    async read(rgb: Uint8Array, width: number, height: number): Promise<FaceReading | null> {
      const tensor = tf.tensor3d(rgb, [height, width, 3], 'int32');
      try {
        let found = await detect(tensor, quick);
        if (found.length === 0) found = await detect(tensor, fine);
        const face = found.reduce<(typeof found)[number] | null>(
          (best, f) => (!best || f.detection.box.area > best.detection.box.area ? f : best),
          null,
        );
        if (!face) return null;
        const { x, y, width: w, height: h } = face.detection.box;
        const box = { x, y, width: w, height: h };
        return {
          box,
          landmarks: face.landmarks.positions.flatMap((p) => [p.x, p.y]),
          smile: face.expressions.happy,
          light: boxLight(rgb, width, height, box),
        };
      } finally {
        tensor.dispose();
      }
    },
  };
}
