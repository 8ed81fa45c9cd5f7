import type { BodySample } from '../../../shared/body-language';
import { probeVideoSize } from '../media/video-size';
import { decodeFrames, type FrameSize } from './decode-frames';
import type { FaceReading } from './face-reading';
import { toBodyFace } from './face-reading';
import { startFaceWorker } from './face-worker';

/** Frames analysed a second: stretches land within 1/6 s of their true edges, at a third of 25 fps's cost. */
export const SAMPLES_PER_SECOND = 3;
export const SAMPLE_MS = Math.round(1000 / SAMPLES_PER_SECOND);
/** Frame width for the model: the detector sees 224 px anyway; more only sharpens the landmarks' crop. */
const ANALYSIS_WIDTH = 480;

export class AnalysisCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** The analysis frame size: ANALYSIS_WIDTH wide (or the video's own width if smaller), aspect kept, even sides. */
export function analysisSize(video: FrameSize): FrameSize {
  const width = Math.min(ANALYSIS_WIDTH, video.width) & ~1;
  return { width, height: Math.max(2, Math.round((video.height * width) / video.width / 2) * 2) };
}

export interface AnalyseOptions {
  /** The answer's length, for progress. */
  durationMs: number;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Every sampled frame of the recording's video, measured; null when it has no video stream. */
export async function analyseBodyLanguage(file: string, options: AnalyseOptions): Promise<BodySample[] | null> {
  const video = await probeVideoSize(file);
  if (!video) return null;
  const size = analysisSize(video);
  const worker = await startFaceWorker();
  const samples: BodySample[] = [];
  let previous: FaceReading | null = null;
  try {
    await decodeFrames(file, size, SAMPLES_PER_SECOND, async (rgb, index) => {
      if (options.signal?.aborted) throw new AnalysisCancelled();
      const ms = Math.round((index * 1000) / SAMPLES_PER_SECOND);
      const reading = await worker.read({ rgb, ...size });
      samples.push({ ms, face: reading && toBodyFace(reading, size, previous, 1 / SAMPLES_PER_SECOND) });
      previous = reading;
      options.onProgress?.(Math.min(1, ms / Math.max(1, options.durationMs)));
    });
  } catch (err) {
    if (options.signal?.aborted) throw new AnalysisCancelled();
    throw err;
  } finally {
    await worker.close();
  }
  return samples;
}
