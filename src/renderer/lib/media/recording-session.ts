import type { RecordingMode } from '../../../shared/attempts';
import { ChunkUploader, type AppendChunk } from './chunk-uploader';

const CANDIDATES: Record<RecordingMode, string[]> = {
  video: ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp9,opus', 'video/webm'],
  audio: ['audio/webm;codecs=opus', 'audio/webm'],
};

/** The best WebM type this browser can record, or null if it cannot record WebM at all. */
export function pickMimeType(mode: RecordingMode): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return CANDIDATES[mode].find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

/** What to record from the stream: in audio mode only its audio tracks, whatever else it holds. */
export function streamToRecord(stream: MediaStream, mode: RecordingMode): MediaStream {
  return mode === 'audio' ? new MediaStream(stream.getAudioTracks()) : stream;
}

export const TIMESLICE_MS = 1000;

/**
 * One recording: a MediaRecorder whose one-second slices stream straight to main
 * through a ChunkUploader. `stop()` resolves once the recorder has stopped and the last
 * chunk is saved.
 */
export class RecordingSession {
  readonly #recorder: MediaRecorder;
  readonly #uploader: ChunkUploader;
  readonly #stopped: Promise<void>;
  #started = false;
  #startedAt = 0;
  #stopRequested = false;

  constructor(options: {
    stream: MediaStream;
    mimeType: string;
    attemptId: number;
    append: AppendChunk;
    onError: (error: unknown) => void;
  }) {
    this.#uploader = new ChunkUploader(options.attemptId, options.append, options.onError);
    this.#recorder = new MediaRecorder(options.stream, {
      mimeType: options.mimeType,
      audioBitsPerSecond: 128_000,
      ...(options.mimeType.startsWith('video/') ? { videoBitsPerSecond: 2_500_000 } : {}),
    });
    this.#recorder.addEventListener('dataavailable', (event) => this.#uploader.push(event.data));
    this.#recorder.addEventListener('error', (event) => {
      const error = (event as Event & { error?: unknown }).error;
      options.onError(error ?? new Error('The recorder stopped unexpectedly.'));
    });
    this.#stopped = new Promise((resolve) =>
      this.#recorder.addEventListener(
        'stop',
        () => {
          if (!this.#stopRequested) {
            options.onError(new Error('Recording stopped because the camera or microphone was disconnected.'));
          }
          resolve();
        },
        { once: true },
      ),
    );
  }

  get bytesSaved(): number {
    return this.#uploader.bytesSaved;
  }

  get recording(): boolean {
    return this.#recorder.state !== 'inactive';
  }

  /**
   * How much of what has been recorded is not yet saved in main, ms: what a crash at `now`
   * would lose. About one timeslice when all is well; it grows when the recorder's slices
   * or their uploads fall behind real time.
   */
  unsavedMs(now: number = performance.now()): number {
    if (!this.#started) return 0;
    return Math.max(0, now - (this.#uploader.savedUpTo ?? this.#startedAt));
  }

  start(): void {
    this.#recorder.start(TIMESLICE_MS);
    this.#started = true;
    this.#startedAt = performance.now();
  }

  /** Stops the recorder (if it is still running), then waits for every chunk to be saved. */
  async stop(): Promise<void> {
    this.#stopRequested = true;
    if (this.#recorder.state !== 'inactive') this.#recorder.stop();
    if (this.#started) await this.#stopped;
    await this.#uploader.drain();
  }
}
