import { untrack } from 'svelte';
import type { RetakeBridge } from '../../../shared/api';
import type { FocusPoint } from '../../../shared/focus';
import type { Prompt, Story } from '../../../shared/library';
import { DEFAULT_SETTINGS, type Settings, type UpdateSettingsInput } from '../../../shared/settings';
import { errorMessage } from '../../lib/errors';
import { isActivatable, isPlainKey, isTypingTarget } from '../../lib/keys';
import { MediaInput } from '../../lib/media/media-input.svelte';
import { PracticeSession, type PracticePhase } from '../../lib/practice-session.svelte';
import type { Route } from '../../lib/router';
import type { Notify } from '../../lib/toasts.svelte';

export interface PracticeDeps {
  bridge: RetakeBridge;
  notify: Pick<Notify, 'error'>;
  navigate(route: Route): void;
  /** The browser's cameras and microphones; undefined where the page may not use them. */
  devices: MediaDevices | undefined;
}

/** Said once per phase change by screen readers; the ticking clocks are not announced. */
const ANNOUNCEMENTS: Record<PracticePhase, string> = {
  setup: '',
  thinking: 'Think time started. Press Enter to start answering.',
  starting: 'Starting the recording.',
  recording: 'Recording. Press Space or Escape to stop.',
  saving: 'Recording stopped. Saving.',
  finalizing: 'Saving your answer.',
  done: 'Saved. Opening your recording.',
  failed: 'The recording could not be finished.',
};

const ADD_THINK_SECONDS = 15;

/**
 * The practice page's behaviour: the question, its stories and focus points, the devices
 * and the choices remembered in settings, the keys of each phase, and the session that
 * thinks, records and saves. The page only lays it out.
 */
export class PracticeController {
  prompt = $state.raw<Prompt | null>(null);
  stories = $state.raw<Story[]>([]);
  settings = $state<Settings>({ ...DEFAULT_SETTINGS });
  loading = $state(true);
  loadError = $state<string | null>(null);
  storyId = $state<number | null>(null);
  focusPoints = $state.raw<FocusPoint[]>([]);
  /** The think time this round started with, for the countdown ring. */
  thinkTotal = $state(0);
  /** The linked story folded away while answering; it stays folded for the next take. */
  storyFolded = $state(false);

  readonly promptId: number;
  readonly media: MediaInput;
  readonly session: PracticeSession;
  readonly #deps: PracticeDeps;
  /** Think time starts by itself once, when the camera and microphone first come up. */
  #autoStarted = false;

  readonly linkedStories = $derived(this.prompt ? this.stories.filter((s) => this.prompt!.storyIds.includes(s.id)) : []);
  readonly story = $derived(this.linkedStories.find((s) => s.id === this.storyId) ?? null);

  constructor(deps: PracticeDeps, promptId: number) {
    this.#deps = deps;
    this.promptId = promptId;
    this.media = new MediaInput(deps.devices);
    this.session = new PracticeSession(deps.bridge, {
      promptId,
      stream: () => this.media.stream,
      mode: () => (this.media.audioOnly ? 'audio' : 'video'),
      storyId: () => this.storyId,
      thinkSeconds: () => this.settings.thinkSeconds,
      targetSeconds: () => this.settings.targetSeconds,
      onfinished: (attempt) => deps.navigate({ name: 'attempt', attemptId: attempt.id }),
    });
  }

  get mediaReady(): boolean {
    return this.media.status === 'ready' && this.media.stream !== null;
  }

  get phase(): PracticePhase {
    return this.session.phase;
  }

  /** The answer's target length: the attempt's own once it exists, else the current choice. */
  get target(): number {
    return this.session.attempt?.targetSeconds ?? this.settings.targetSeconds;
  }

  get announcement(): string {
    return ANNOUNCEMENTS[this.phase];
  }

  async load(): Promise<void> {
    const { bridge } = this.#deps;
    this.loading = true;
    try {
      const [prompts, settings, stories] = await Promise.all([
        bridge.listPrompts({ includeArchived: true }),
        bridge.getSettings({}),
        bridge.listStories({}),
      ]);
      this.prompt = prompts.find((p) => p.id === this.promptId) ?? null;
      this.settings = settings;
      this.stories = stories;
      this.storyId = this.prompt?.storyIds.find((id) => stories.some((st) => st.id === id)) ?? null;
      this.loadError = null;
    } catch (error) {
      this.loadError = errorMessage(error);
    } finally {
      this.loading = false;
    }
    if (this.prompt) {
      void this.openMedia();
      void this.#loadFocusPoints(this.prompt.id);
    }
  }

  /** The critique carried from earlier attempts; practicing goes on without it if it cannot be read. */
  async #loadFocusPoints(id: number): Promise<void> {
    try {
      this.focusPoints = await this.#deps.bridge.listFocusPoints({ promptId: id });
    } catch {
      this.focusPoints = [];
    }
  }

  openMedia(): Promise<void> {
    const { cameraId, microphoneId, audioOnly } = this.settings;
    return this.media.open({ cameraId, microphoneId, audioOnly });
  }

  saveSettings(patch: UpdateSettingsInput): void {
    this.settings = { ...this.settings, ...patch };
    this.#deps.bridge
      .updateSettings(patch)
      .catch((error: unknown) => this.#deps.notify.error(`Could not remember that choice: ${errorMessage(error)}`));
  }

  chooseCamera(id: string): void {
    this.saveSettings({ cameraId: id || null });
    void this.openMedia();
  }

  chooseMicrophone(id: string): void {
    this.saveSettings({ microphoneId: id || null });
    void this.openMedia();
  }

  setAudioOnly(audioOnly: boolean): void {
    this.saveSettings({ audioOnly });
    void this.openMedia();
  }

  begin(): void {
    this.thinkTotal = this.settings.thinkSeconds;
    this.session.beginThinking();
  }

  setThinkSeconds(thinkSeconds: number): void {
    this.saveSettings({ thinkSeconds });
    // Changing think time mid-countdown restarts it with the new length.
    if (this.phase === 'thinking') {
      this.session.cancelThinking();
      this.begin();
    }
  }

  /** The page calls this whenever the devices or the phase change: the first time all is ready, think time begins. */
  autoStart(): void {
    if (!this.#autoStarted && this.prompt && this.mediaReady && this.phase === 'setup') {
      this.#autoStarted = true;
      // What begin reads is not a reason to run this again.
      untrack(() => this.begin());
    }
  }

  startOver(): void {
    this.thinkTotal = this.settings.thinkSeconds;
    this.session.retake();
  }

  addThinkTime(): void {
    this.thinkTotal += ADD_THINK_SECONDS;
    this.session.addThinkTime(ADD_THINK_SECONDS);
  }

  /** The keys of each phase: Enter begins and starts answering, Space or Esc stops, Esc cancels think time. */
  keydown(event: KeyboardEvent): void {
    if (!isPlainKey(event) || event.repeat) return;
    const { phase, session } = this;
    if (phase === 'recording' && (event.key === ' ' || event.key === 'Escape')) {
      event.preventDefault();
      void session.stop();
    } else if (isTypingTarget(event.target) || (event.key === 'Enter' && isActivatable(event.target))) {
      // Text fields keep their keys, and Enter on a focused button or link presses that button.
      return;
    } else if (phase === 'thinking' && event.key === 'Enter') {
      event.preventDefault();
      void session.startRecording();
    } else if (phase === 'thinking' && event.key === 'Escape') {
      event.preventDefault();
      session.cancelThinking();
    } else if (phase === 'setup' && event.key === 'Enter' && this.mediaReady) {
      event.preventDefault();
      this.begin();
    }
  }

  /** The screen goes: a running recording is stopped and saved, and the camera light goes off. */
  dispose(): void {
    this.session.dispose();
    this.media.close();
  }
}
