import type { RecordingMode } from '../../../shared/attempts';
import { MOCK_LIMITS, type MockInterview } from '../../../shared/mock-interviews';
import type { RetakeApi } from '../../../shared/api';
import { errorMessage } from '../errors';
import { pickMimeType, RecordingSession, streamToRecord } from '../media/recording-session';
import { PhaseClock } from '../phase-clock.svelte';

/**
 * check → thinking → starting → recording → break → thinking (next question) … → ending → finished
 *                                            ╰─ failed (this answer; the interview goes on)
 */
export type MockRunPhase = 'check' | 'thinking' | 'starting' | 'recording' | 'break' | 'ending' | 'finished';

export type MockRunApi = Pick<RetakeApi, 'startMockAnswer' | 'appendChunk' | 'stopAttempt' | 'finishMockInterview'>;

export interface MockRunOptions {
  api: MockRunApi;
  interview: MockInterview;
  /** Read when each answer starts: the one stream checked at the start. */
  stream: () => MediaStream | null;
  mode: () => RecordingMode;
  /** The interview is over (every question, or ended early) and saved as finished. */
  onfinished: (interview: MockInterview) => void;
}

/** The cap warning shows this long before the answer is stopped. */
export const CAP_WARNING_SECONDS = 15;

/**
 * One sitting of a mock interview: think time, one answer recorded per question (streamed
 * chunk by chunk through the ordinary attempt path), a short break, the next question.
 * Stopping an answer does not wait for its last chunk or its finalising: the break shows at
 * once and the answer is saved in the background, so the next question never waits on the
 * previous one. `dispose()` when the screen goes: a running answer is stopped and kept.
 */
export class MockRun {
  phase = $state<MockRunPhase>('check');
  /** The question being asked (1-based). */
  position = $state(1);
  /** The answer just stopped by the cap: the break screen says so. */
  cutAtCap = $state(false);
  /** Something went wrong with the last answer, in words for a person; the interview goes on. */
  error = $state<string | null>(null);

  readonly #clock = new PhaseClock(() => this.#tick());
  #thinkEndsAt = $state(0);
  #recordingStartedAt = $state(0);
  #breakEndsAt = $state(0);

  readonly thinkRemaining = $derived(this.#clock.secondsUntil(this.#thinkEndsAt));
  readonly breakRemaining = $derived(this.#clock.secondsUntil(this.#breakEndsAt));
  readonly elapsedSeconds = $derived(this.phase === 'recording' ? Math.max(0, (this.#clock.now - this.#recordingStartedAt) / 1000) : 0);
  readonly capWarning = $derived(this.phase === 'recording' && this.elapsedSeconds >= this.capSeconds - CAP_WARNING_SECONDS);

  readonly #options: MockRunOptions;
  readonly #interview: MockInterview;
  #recorder: RecordingSession | null = null;
  #attemptId: number | null = null;
  /** The current question has a take (a failed start leaves it unanswered, to be tried again). */
  #answered = false;
  /** Answers being saved after their stop; the interview is finished only once they are. Bookkeeping, never shown. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #saving = new Set<Promise<void>>();
  #disposed = false;

  constructor(options: MockRunOptions) {
    this.#options = options;
    this.#interview = options.interview;
    this.position = options.interview.nextPosition ?? options.interview.questions.length;
  }

  get interview(): MockInterview {
    return this.#interview;
  }

  get total(): number {
    return this.#interview.questions.length;
  }

  get question() {
    return this.#interview.questions[this.position - 1]!;
  }

  get capSeconds(): number {
    return this.#interview.capSeconds;
  }

  get realistic(): boolean {
    return this.#interview.mode === 'realistic';
  }

  /** The current question was tried and has no take: the break offers it again rather than the next. */
  get unanswered(): boolean {
    return !this.#answered;
  }

  get isLast(): boolean {
    return this.position >= this.total;
  }

  /** Recording or about to: an end now has an answer to keep. */
  get busy(): boolean {
    return this.phase === 'starting' || this.phase === 'recording';
  }

  /** From the device check, or after a break: the think time of the current question. */
  beginQuestion(): void {
    if (this.phase !== 'check' && this.phase !== 'break') return;
    this.error = null;
    this.cutAtCap = false;
    this.#answered = false;
    const seconds = this.#interview.thinkSeconds;
    if (seconds <= 0) {
      void this.startAnswer();
      return;
    }
    this.#thinkEndsAt = this.#clock.start() + seconds * 1000;
    this.phase = 'thinking';
  }

  /** The break is over (its clock ran out, or the person went on): the next question. */
  next(): void {
    if (this.phase !== 'break') return;
    if (!this.#answered) {
      this.beginQuestion();
      return;
    }
    if (this.isLast) {
      void this.end();
      return;
    }
    this.position += 1;
    this.beginQuestion();
  }

  /** Practice mode: answer the same question again; the new take counts. */
  retakeAnswer(): void {
    if (this.phase !== 'break' || this.realistic) return;
    this.beginQuestion();
  }

  async startAnswer(): Promise<void> {
    if (this.phase !== 'check' && this.phase !== 'thinking' && this.phase !== 'break') return;
    this.#clock.stop();
    const stream = this.#options.stream();
    const mode = this.#options.mode();
    const mimeType = pickMimeType(mode);
    if (!stream || !mimeType) {
      this.#answerFailed(stream ? 'This computer cannot record WebM. Update Retake and try again.' : 'Your camera and microphone are not ready.');
      return;
    }
    this.phase = 'starting';
    let attemptId: number;
    try {
      attemptId = (await this.#options.api.startMockAnswer({ interviewId: this.#interview.id, position: this.position, mode, mimeType })).id;
    } catch (error) {
      this.#answerFailed(errorMessage(error));
      return;
    }
    if (this.#disposed) {
      void this.#options.api.stopAttempt({ attemptId }).catch(() => undefined);
      return;
    }
    try {
      this.#recorder = new RecordingSession({
        stream: streamToRecord(stream, mode),
        mimeType,
        attemptId,
        append: (input) => this.#options.api.appendChunk(input),
        onError: (error) => this.#onRecordingError(attemptId, error),
      });
      this.#recorder.start();
    } catch (error) {
      this.#recorder = null;
      void this.#options.api.stopAttempt({ attemptId }).catch(() => undefined);
      this.#answerFailed(`Could not start recording: ${errorMessage(error)}`);
      return;
    }
    this.#attemptId = attemptId;
    this.#answered = true;
    this.#recordingStartedAt = this.#clock.start();
    this.phase = 'recording';
  }

  /** Stop: the break shows at once; the last chunk and the stop go to main in the background. */
  stopAnswer(): void {
    if (this.phase !== 'recording') return;
    this.#saveInBackground();
    this.phase = 'break';
    // Realistic mode moves on by itself; practice mode waits for the person (next or retake).
    this.#breakEndsAt = (this.realistic ? this.#clock.start() : this.#clock.mark()) + MOCK_LIMITS.breakSeconds * 1000;
  }

  /**
   * Ends the interview: an answer in progress is stopped and kept, then the run is saved as
   * finished once every answer has reached main. Esc asks first (the screen's confirmation).
   */
  async end(): Promise<void> {
    if (this.phase === 'ending' || this.phase === 'finished') return;
    if (this.phase === 'recording') this.#saveInBackground();
    this.#clock.stop();
    this.phase = 'ending';
    await Promise.allSettled([...this.#saving]);
    try {
      const finished = await this.#options.api.finishMockInterview({ id: this.#interview.id });
      this.phase = 'finished';
      if (!this.#disposed) this.#options.onfinished(finished);
    } catch (error) {
      this.error = `The interview could not be saved as finished: ${errorMessage(error)}`;
      this.phase = 'break';
    }
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#clock.stop();
    // Leaving mid-answer keeps what was recorded; the interview stays open to resume.
    if (this.phase === 'recording') this.#saveInBackground();
  }

  #saveInBackground(): void {
    const recorder = this.#recorder;
    const attemptId = this.#attemptId;
    const position = this.position;
    this.#recorder = null;
    this.#attemptId = null;
    this.#clock.stop();
    if (!recorder || attemptId === null) return;
    const saving = recorder
      .stop()
      .catch(() => undefined) // what reached main is kept either way
      .then(() => this.#options.api.stopAttempt({ attemptId }))
      .then(
        () => undefined,
        (error: unknown) => {
          this.error = `Answer ${position} may not have been saved completely: ${errorMessage(error)}`;
        },
      )
      .finally(() => this.#saving.delete(saving));
    this.#saving.add(saving);
  }

  #answerFailed(message: string): void {
    this.#clock.stop();
    this.error = message;
    this.cutAtCap = false;
    this.phase = 'break';
    this.#breakEndsAt = 0;
  }

  #onRecordingError(attemptId: number, error: unknown): void {
    if (this.#attemptId !== attemptId || this.phase !== 'recording') return;
    this.stopAnswer();
    this.error = `The recording stopped early: ${errorMessage(error)} What was saved up to that point has been kept.`;
  }

  #tick(): void {
    if (this.phase === 'thinking' && this.#clock.now >= this.#thinkEndsAt) {
      void this.startAnswer();
    } else if (this.phase === 'recording' && this.elapsedSeconds >= this.capSeconds) {
      this.stopAnswer();
      this.cutAtCap = true;
    } else if (this.phase === 'break' && this.realistic && this.#breakEndsAt > 0 && this.#clock.now >= this.#breakEndsAt) {
      this.next();
    }
  }
}
