import type { Readable } from 'node:stream';
import { recordingInputArgs } from '../media/recording-input';
import { runFfmpeg } from '../media/run-tool';

export interface FrameSize {
  width: number;
  height: number;
}

/**
 * Decodes the video at `fps` frames a second, scaled to `size`, as raw RGB straight into
 * `onFrame` (no image ever touches the disk). ffmpeg waits while `onFrame` works: the pipe
 * fills and it blocks. Rejecting from `onFrame` (say, on cancel) stops ffmpeg.
 */
export async function decodeFrames(file: string, size: FrameSize, fps: number, onFrame: (rgb: Uint8Array, index: number) => Promise<void>): Promise<number> {
  const frameBytes = size.width * size.height * 3;
  let count = 0;
  const read = async (stream: Readable) => {
    let frame = new Uint8Array(frameBytes);
    let filled = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let at = 0;
      while (at < chunk.length) {
        const take = Math.min(frameBytes - filled, chunk.length - at);
        frame.set(chunk.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled === frameBytes) {
          await onFrame(frame, count++);
          frame = new Uint8Array(frameBytes); // The last one was handed over (transferred).
          filled = 0;
        }
      }
    }
  };
  await runFfmpeg(
    [
      ...recordingInputArgs(file),
      '-map', '0:v:0', '-an',
      '-vf', `fps=${fps},scale=${size.width}:${size.height}`,
      '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:3',
    ],
    { pipes: [read] },
  );
  return count;
}
