import type { Attempt, RecordingMode } from '../../shared/attempts';
import type { RetakeEvent } from '../../shared/events';
import { LIMITS } from '../../shared/limits';
import type { RetakeBridge } from '../../shared/api';
import { errorMessage } from './errors';
import { PhaseClock } from './phase-clock.svelte';
import { pickMimeType, RecordingSession, streamToRecord } from './media/recording-session';
import { SaveLag, type SaveLagState } from './media/save-lag';

/**
 * setup → thinking → starting → recording → saving → finalizing → done
 *                                              ╰──────────────╰──→ failed
 */
export type PracticePhase = 'setup' | 'thinking' | 'starting' | 'recording' | 'saving' | 'finalizing' | 'done' | 'failed';

export interface PracticeSessionOptions {
  promptId: number;
  /** Read when recording starts, so they always reflect the latest choice on screen. */
  stream: () => MediaStream | null;
  mode: () => RecordingMode;
  storyId: () => number | null;
  thinkSeconds: () => number;
  targetSeconds: () => number;
  /** The attempt is finalised and playable. */
  onfinished: (attempt: Attempt) => void;
}

/** What a practice visit calls. */
export type PracticeBridge = Pick<RetakeBridge, 'onEvent' | 'startAttempt' | 'appendChunk' | 'stopAttempt' | 'getAttempt'>;

const POLL_MS = 2500;

const isTerminal = (attempt: Attempt) => attempt.status === 'ready' || attempt.status === 'recovered' || attempt.status === 'failed';

/**
 * One visit to the practice screen: think time, one recording at a time streamed to main
 * chunk by chunk, then finalising. `retake()` starts over with a new attempt; the old
 * one is kept. `dispose()` when the screen goes — a running recording is stopped and
 * finalised rather than lost.
 */
export class PracticeSession {
  phase = $state<PracticePhase>('setup');
  attempt = $state.raw<Attempt | null>(null);
  /** Finalising progress 0..1, or null before main reports any. */
  progress = $state<number | null>(null);
  /** What went wrong, in words for a person; set in the failed phase. */
  error = $state<string | null>(null);
  /** Set if the recording was cut short by the safety limit. */
  notice = $state<string | null>(null);
  /** While recording: whether saving keeps up with it, and how much is not saved yet (ms). */
  saveLag = $state<SaveLagState>('keeping-up');
  unsavedMs = $state(0);

  readonly #clock = new PhaseClock(() => this.#tick());
  #thinkEndsAt = $state(0);
  #recordingStartedAt = $state(0);
  #recordedMs = $state(0);

  // Whole ms first: (now + 30000) - now can be 30000.000000004 in floating point, which ceil makes 31 s.
  readonly thinkRemaining = $derived(this.#clock.secondsUntil(this.#thinkEndsAt));
  readonly elapsedSeconds = $derived(
    this.phase === 'recording' ? Math.max(0, (this.#clock.now - this.#recordingStartedAt) / 1000) : this.#recordedMs / 1000,
  );

  readonly #bridge: PracticeBridge;
  readonly #options: PracticeSessionOptions;
  #recorder: RecordingSession | null = null;
  #recordingError: unknown = null;
  #lag = new SaveLag();
  /** A finished state that arrived by event before stopAttempt answered. */
  #terminal: Attempt | null = null;
  #poller: ReturnType<typeof setInterval> | undefined;
  #disposed = false;
  readonly #unsubscribe: () => void;

  constructor(bridge: PracticeBridge, options: PracticeSessionOptions) {
    this.#bridge = bridge;
    this.#options = options;
    this.#unsubscribe = this.#bridge.onEvent((event) => this.#onEvent(event));
  }

  get busy(): boolean {
    return this.phase === 'starting' || this.phase === 'recording' || this.phase === 'saving';
  }

  beginThinking(): void {
    if (this.phase !== 'setup') return;
    const seconds = this.#options.thinkSeconds();
    if (seconds <= 0) {
      void this.startRecording();
      return;
    }
    this.#thinkEndsAt = this.#clock.start() + seconds * 1000;
    this.phase = 'thinking';
  }

  addThinkTime(seconds: number): void {
    if (this.phase !== 'thinking') return;
    const max = this.#clock.now + LIMITS.thinkSecondsMax * 1000;
    this.#thinkEndsAt = Math.min(max, this.#thinkEndsAt + seconds * 1000);
  }

  cancelThinking(): void {
    if (this.phase !== 'thinking') return;
    this.#clock.stop();
    this.phase = 'setup';
  }

  /** From setup or think time: create the attempt, then start the recorder. */
  async startRecording(): Promise<void> {
    if (this.phase !== 'setup' && this.phase !== 'thinking') return;
    this.#clock.stop();
    const stream = this.#options.stream();
    const mode = this.#options.mode();
    if (!stream) {
      this.#fail('Your camera and microphone are not ready yet. Wait for the preview, or fix the problem shown, then try again.');
      return;
    }
    const mimeType = pickMimeType(mode);
    if (!mimeType) {
      this.#fail('This version of Retake cannot record WebM on this computer. Update Retake and try again.');
      return;
    }
    this.phase = 'starting';
    this.#recordingError = null;
    this.#terminal = null;
    this.notice = null;
    let attempt: Attempt;
    try {
      attempt = await this.#bridge.startAttempt({
        promptId: this.#options.promptId,
        storyId: this.#options.storyId(),
        mode,
        mimeType,
        targetSeconds: this.#options.targetSeconds(),
      });
    } catch (error) {
      this.#fail(errorMessage(error));
      return;
    }
    this.attempt = attempt;
    if (this.#disposed) {
      void this.#bridge.stopAttempt({ attemptId: attempt.id }).catch(() => undefined);
      return;
    }
    try {
      this.#recorder = new RecordingSession({
        stream: streamToRecord(stream, mode),
        mimeType,
        attemptId: attempt.id,
        append: (input) => this.#bridge.appendChunk(input),
        onError: (error) => this.#onRecordingError(error),
      });
      this.#recorder.start();
    } catch (error) {
      this.#recorder = null;
      void this.#bridge.stopAttempt({ attemptId: attempt.id }).catch(() => undefined);
      this.#fail(`Could not start recording: ${errorMessage(error)}`);
      return;
    }
    this.#recordingStartedAt = this.#clock.start();
    this.#lag = new SaveLag();
    this.saveLag = 'keeping-up';
    this.unsavedMs = 0;
    this.phase = 'recording';
  }

  /** Stop: wait for the recorder and the last chunk, then ask main to finalise. */
  async stop(): Promise<void> {
    if (this.phase !== 'recording' || !this.attempt || !this.#recorder) return;
    const attemptId = this.attempt.id;
    const recorder = this.#recorder;
    this.#recordedMs = performance.now() - this.#recordingStartedAt;
    this.#clock.stop();
    this.phase = 'saving';
    try {
      await recorder.stop();
    } catch (error) {
      this.#recordingError ??= error;
    }
    this.#recorder = null;
    let stopped: Attempt;
    try {
      stopped = await this.#bridge.stopAttempt({ attemptId });
    } catch (error) {
      // A full disk ends the recording in main itself, which is already saving what was written.
      const ended = this.#recordingError ? await this.#bridge.getAttempt({ attemptId }).catch(() => null) : null;
      if (!ended || ended.status === 'recording') {
        this.#fail(errorMessage(error));
        return;
      }
      stopped = ended;
    }
    if (this.#disposed || this.attempt?.id !== attemptId) return;
    this.attempt = this.#terminal ?? stopped;
    if (this.#recordingError) {
      this.#fail(
        `The recording stopped early: ${errorMessage(this.#recordingError)} What was saved up to that point has been kept.`,
      );
      return;
    }
    this.phase = 'finalizing';
    this.#consider(this.attempt);
    if (this.phase === 'finalizing') this.#startPolling(attemptId);
  }

  /** Start again with a new attempt; the previous one stays in the library. */
  retake(): void {
    if (this.busy) return;
    this.#reset();
    this.beginThinking();
  }

  /** Back to the setup panel without starting anything. */
  reset(): void {
    if (this.busy) return;
    this.#reset();
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#unsubscribe();
    this.#clock.stop();
    this.#stopPolling();
    const recorder = this.#recorder;
    const attempt = this.attempt;
    if (this.phase === 'recording' && recorder && attempt) {
      // Leaving mid-answer keeps what was recorded: finish it in the background.
      void recorder
        .stop()
        .catch(() => undefined)
        .then(() => this.#bridge.stopAttempt({ attemptId: attempt.id }))
        .catch(() => undefined);
    }
  }

  #reset(): void {
    this.#stopPolling();
    this.#clock.stop();
    this.attempt = null;
    this.progress = null;
    this.error = null;
    this.notice = null;
    this.#recordingError = null;
    this.#terminal = null;
    this.#recordedMs = 0;
    this.phase = 'setup';
  }

  #fail(message: string): void {
    this.#clock.stop();
    this.#stopPolling();
    this.error = message;
    this.phase = 'failed';
  }

  #onRecordingError(error: unknown): void {
    this.#recordingError ??= error;
    if (this.phase === 'recording') void this.stop();
  }

  #onEvent(event: RetakeEvent): void {
    const current = this.attempt;
    if (!current) return;
    if (event.type === 'finalize-progress') {
      if (event.attemptId === current.id) this.progress = Math.max(this.progress ?? 0, event.progress);
      return;
    }
    if (event.type === 'attempt-deleted') {
      if (event.attemptId === current.id && !this.busy) {
        this.attempt = null;
        this.#fail('This recording was deleted.');
      }
      return;
    }
    if (event.type !== 'attempt-updated' || event.attempt.id !== current.id) return;
    if (isTerminal(event.attempt)) this.#terminal = event.attempt;
    if (this.phase === 'finalizing') {
      this.attempt = event.attempt;
      this.#consider(event.attempt);
    }
  }

  #consider(attempt: Attempt): void {
    if (this.phase !== 'finalizing') return;
    if (attempt.status === 'ready' || attempt.status === 'recovered') {
      this.#stopPolling();
      this.progress = 1;
      this.phase = 'done';
      this.#options.onfinished(attempt);
    } else if (attempt.status === 'failed') {
      this.#fail(attempt.failureReason ?? 'Retake could not finish saving this recording.');
    }
  }

  #tick(): void {
    if (this.phase === 'thinking' && this.#clock.now >= this.#thinkEndsAt) {
      void this.startRecording();
    } else if (this.phase === 'recording' && this.elapsedSeconds >= LIMITS.targetSecondsMax) {
      this.notice = `Recording stopped at the ${LIMITS.targetSecondsMax / 60}-minute limit.`;
      void this.stop();
    } else if (this.phase === 'recording' && this.#recorder) {
      this.unsavedMs = this.#recorder.unsavedMs(this.#clock.now);
      this.saveLag = this.#lag.update(this.unsavedMs, this.#clock.now);
    }
  }

  /** Events can be missed (a dropped connection); asking now and then guarantees an end. */
  #startPolling(attemptId: number): void {
    this.#stopPolling();
    this.#poller = setInterval(async () => {
      try {
        const attempt = await this.#bridge.getAttempt({ attemptId });
        if (this.attempt?.id !== attemptId) return;
        this.attempt = attempt;
        this.#consider(attempt);
      } catch {
        // Keep waiting; the next poll or an event will tell.
      }
    }, POLL_MS);
  }

  #stopPolling(): void {
    clearInterval(this.#poller);
    this.#poller = undefined;
  }
}
