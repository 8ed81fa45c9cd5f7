import { describeMediaError, type MediaProblem } from './media-errors';
import {
  listDevices,
  openStream,
  stopStream,
  streamDeviceId,
  type DeviceOption,
  type StreamRequest,
} from './devices';

const NOT_FOUND = new Set(['NotFoundError', 'DevicesNotFoundError', 'OverconstrainedError']);

export type MediaInputStatus = 'idle' | 'opening' | 'ready' | 'error';

/**
 * The live camera and microphone on the practice screen: which devices exist, which
 * are in use, the stream itself, and — when opening fails — what went wrong in words.
 * Always call `close()` when the screen goes, so the camera light goes off.
 */
export class MediaInput {
  stream = $state.raw<MediaStream | null>(null);
  cameras = $state.raw<DeviceOption[]>([]);
  microphones = $state.raw<DeviceOption[]>([]);
  /** The devices actually in use (the asked-for one may be gone). */
  cameraId = $state<string | null>(null);
  microphoneId = $state<string | null>(null);
  audioOnly = $state(false);
  status = $state<MediaInputStatus>('idle');
  problem = $state.raw<MediaProblem | null>(null);
  /** Set when there was no camera and we opened the microphone alone instead. */
  noCameraFallback = $state(false);

  /** Undefined where the page may not use devices (an insecure origin, a browser without them). */
  readonly #media: MediaDevices | undefined;
  #generation = 0;
  #closed = false;
  #onDeviceChange = () => void this.#refreshDevices();

  constructor(media: MediaDevices | undefined) {
    this.#media = media?.getUserMedia ? media : undefined;
    this.#media?.addEventListener('devicechange', this.#onDeviceChange);
  }

  /** Opens (or reopens) the stream. A later call wins over an earlier one still opening. */
  async open(request: StreamRequest): Promise<void> {
    const generation = ++this.#generation;
    this.status = 'opening';
    this.problem = null;
    this.noCameraFallback = false;
    this.#release();
    const media = this.#media;
    if (!media) {
      this.#fail(new DOMException('No media devices', 'NoMediaDevices'), request.audioOnly);
      return;
    }
    let stream: MediaStream;
    let audioOnly = request.audioOnly;
    try {
      stream = await openStream(media, request);
    } catch (error) {
      const problem = describeMediaError(error, request.audioOnly);
      if (generation !== this.#generation) return;
      if (request.audioOnly || !NOT_FOUND.has(problem.code)) {
        this.#fail(error, request.audioOnly);
        return;
      }
      // No camera: a microphone alone still lets the person practice.
      try {
        stream = await openStream(media, { ...request, audioOnly: true });
        audioOnly = true;
      } catch {
        if (generation === this.#generation) this.#fail(error, request.audioOnly);
        return;
      }
      this.noCameraFallback = true;
    }
    if (generation !== this.#generation || this.#closed) {
      stopStream(stream);
      return;
    }
    this.stream = stream;
    this.audioOnly = audioOnly;
    this.microphoneId = streamDeviceId(stream, 'audio');
    this.cameraId = audioOnly ? (request.cameraId ?? this.cameraId) : streamDeviceId(stream, 'video');
    this.status = 'ready';
    await this.#refreshDevices();
  }

  #fail(error: unknown, audioOnly: boolean): void {
    this.status = 'error';
    this.audioOnly = audioOnly;
    this.problem = describeMediaError(error, audioOnly);
  }

  async #refreshDevices(): Promise<void> {
    if (!this.#media) return;
    try {
      const lists = await listDevices(this.#media);
      if (this.#closed) return;
      this.cameras = lists.cameras;
      this.microphones = lists.microphones;
    } catch {
      // Leave the previous lists; the pickers still work with what they show.
    }
  }

  #release(): void {
    stopStream(this.stream);
    this.stream = null;
  }

  /** Stops every track and forgets the stream. */
  close(): void {
    this.#closed = true;
    this.#generation++;
    this.#release();
    this.#media?.removeEventListener('devicechange', this.#onDeviceChange);
  }
}
