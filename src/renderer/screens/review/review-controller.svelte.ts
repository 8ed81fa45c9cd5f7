import type { RetakeBridge } from '../../../shared/api';
import type { Attempt, Peaks } from '../../../shared/attempts';
import { RetakeError } from '../../../shared/errors';
import type { RetakeEvent } from '../../../shared/events';
import { STAR_LABELS, type NoteCategory, type StarSection } from '../../../shared/review';
import type { WaveformDraft } from '../../components/waveform/Waveform.svelte';
import { stepRate } from '../../components/playback/rates';
import { isPlayable, sortAttempts, upsertAttempt } from '../../lib/attempts';
import { errorMessage } from '../../lib/errors';
import { CheckInState } from '../../lib/focus/check-in.svelte';
import type { Shortcuts } from '../../lib/keyboard';
import { filterNotes, notesAt, sortNotes, type NoteFilter } from '../../lib/review/note-list';
import { formatAt } from '../../lib/review/time';
import type { Route } from '../../lib/router';
import { bindingsOf, type KeyGroup } from '../../lib/shortcut-table';
import type { Notify } from '../../lib/toasts.svelte';
import { BodyLanguageState } from './body-language-state.svelte';
import { DeliveryState } from './delivery-state.svelte';
import { reviewKeys } from './review-keys';
import { ReviewState } from './review-state.svelte';

/** The waveform, which owns the recording's clock. */
export interface Playhead {
  seek(ms: number): void;
  skip(ms: number): void;
  setRate(rate: number): void;
  togglePlay(): void;
  play(): void;
  pause(): void;
  isPlaying(): boolean;
  currentMs(): number;
}

/** What the controller needs of the page it runs: the waveform once drawn, the help, the note editor. */
export interface ReviewView {
  readonly playhead: Playhead | undefined;
  toggleHelp(): void;
  /** Bring the note editor into view with its text focused, once it has rendered. */
  showEditor(): Promise<void>;
}

export interface ReviewDeps {
  bridge: RetakeBridge;
  notify: Notify;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

const STATUS_MS = 2200;

/** Two moments as a note's time: earlier first, and a point when they are the same. */
export function spanOf(a: number, b: number): WaveformDraft {
  return { startMs: Math.min(a, b), endMs: a === b ? null : Math.max(a, b) };
}

/**
 * The review page's behaviour: loading the attempt and its review, following events about
 * it, the note in hand (a point, or a stretch begun with Shift+N), STAR marks at the
 * playhead, speed, the key table and deleting. The page only lays it out.
 */
export class ReviewController {
  attempt = $state.raw<Attempt | null>(null);
  others = $state.raw<Attempt[]>([]);
  loadError = $state<string | null>(null);
  sessionExpired = $state(false);
  progress = $state<number | null>(null);
  review = $state<ReviewState | null>(null);
  peaks = $state.raw<Peaks | null>(null);
  reviewError = $state<string | null>(null);
  checkIn = $state<CheckInState | null>(null);
  delivery = $state<DeliveryState | null>(null);
  body = $state<BodyLanguageState | null>(null);
  noteFilter = $state<NoteFilter>('all');

  currentMs = $state(0);
  playing = $state(false);
  rate = $state(1);
  draft = $state<WaveformDraft | null>(null);
  draftCategory = $state<NoteCategory>('strength');
  /** Where a stretch begun with Shift+N starts, until Shift+N again ends it or Esc drops it. */
  rangeFromMs = $state<number | null>(null);
  /** A passing word in the transport bar, where the eyes already are (a toast would cover the waveform). */
  status = $state<string | null>(null);
  confirmingDelete = $state(false);
  deleting = $state(false);
  /** "Try again" on a failed save is on its way to main. */
  retrying = $state(false);
  retryError = $state<string | null>(null);

  readonly attemptId: number;
  readonly #atMs: number | null;
  readonly #deps: ReviewDeps;
  readonly #view: ReviewView;
  #resumeAfterNote = false;
  #loadingReview = false;
  #statusTimer: ReturnType<typeof setTimeout> | undefined;

  readonly playable = $derived(this.attempt !== null && isPlayable(this.attempt));
  readonly durationMs = $derived(this.peaks?.durationMs ?? this.attempt?.durationMs ?? 0);
  readonly shownNotes = $derived(this.review ? filterNotes(this.review.notes, this.noteFilter) : []);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- made afresh on each change, never mutated
  readonly activeIds = $derived(this.review ? notesAt(this.review.notes, this.currentMs) : new Set<number>());
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- made afresh on each change, never mutated
  readonly marked = $derived(new Set(this.review?.sections.map((s) => s.section) ?? []));
  /** What the waveform shows as the note in hand: the open editor's, else the stretch so far. */
  readonly waveDraft = $derived(this.draft ?? (this.rangeFromMs === null ? null : spanOf(this.rangeFromMs, this.currentMs)));

  /** `atMs` (from a search hit) is where playback starts. */
  constructor(deps: ReviewDeps, view: ReviewView, attemptId: number, atMs: number | null = null) {
    this.#deps = deps;
    this.#view = view;
    this.attemptId = attemptId;
    this.#atMs = atMs;
  }

  /** Loads the page and follows events about it; returns what stops that and saves what is pending. */
  start(): () => void {
    void this.load();
    const off = this.#deps.bridge.onEvent((event) => this.#onEvent(event));
    const flush = (): void => this.review?.dispose();
    window.addEventListener('beforeunload', flush);
    return () => {
      off();
      window.removeEventListener('beforeunload', flush);
      clearTimeout(this.#statusTimer);
      flush();
    };
  }

  async load(): Promise<void> {
    const { bridge } = this.#deps;
    try {
      const loaded = await bridge.getAttempt({ attemptId: this.attemptId });
      this.attempt = loaded;
      this.loadError = null;
      if (isPlayable(loaded)) void this.loadReview();
      const siblings = await bridge.listAttempts({ promptId: loaded.promptId, limit: 50 });
      this.others = sortAttempts(siblings.filter((a) => a.id !== this.attemptId));
    } catch (error) {
      this.sessionExpired = error instanceof RetakeError && error.code === 'session-expired';
      this.loadError = this.sessionExpired
        ? "The recording itself is fine. Reload this screen with the web host's new address, in the notice above."
        : errorMessage(error);
    }
  }

  async loadReview(): Promise<void> {
    if (this.#loadingReview || this.review) return;
    const { bridge } = this.#deps;
    this.#loadingReview = true;
    try {
      // A file deleted or damaged by hand: the notes and ratings still open, without a waveform to draw.
      const withoutMedia = this.attempt?.mediaProblem != null;
      const [loaded, wave] = await Promise.all([
        bridge.getReview({ attemptId: this.attemptId }),
        withoutMedia ? null : bridge.getPeaks({ attemptId: this.attemptId }),
      ]);
      this.peaks = wave;
      this.review = new ReviewState(bridge, this.#deps.notify, loaded);
      this.delivery = new DeliveryState(bridge, this.attemptId);
      this.body = new BodyLanguageState(bridge, this.attemptId);
      void this.body.load();
      this.attempt = loaded.attempt;
      this.reviewError = null;
      this.checkIn = new CheckInState(bridge, this.attemptId);
      void this.checkIn.load();
    } catch (error) {
      this.reviewError = errorMessage(error);
    } finally {
      this.#loadingReview = false;
    }
  }

  /** Delivery per STAR section follows the marks: the page calls this whenever they change. */
  refreshDelivery(): void {
    void this.review?.sections;
    void this.delivery?.refresh();
  }

  #onEvent(event: RetakeEvent): void {
    this.body?.handle(event);
    switch (event.type) {
      case 'finalize-progress':
        if (event.attemptId === this.attemptId) this.progress = event.progress;
        break;
      case 'attempt-deleted':
        if (event.attemptId === this.attemptId && !this.deleting) {
          this.#deps.notify.show('This recording was deleted.', { carry: true });
          this.#deps.navigate({ name: 'library' }, { replace: true });
        } else {
          this.others = this.others.filter((a) => a.id !== event.attemptId);
        }
        break;
      case 'attempt-updated':
        if (event.attempt.id === this.attemptId) {
          this.attempt = event.attempt;
          if (this.review) this.review.attempt = event.attempt;
          if (isPlayable(event.attempt)) void this.loadReview();
        } else if (this.attempt && event.attempt.promptId === this.attempt.promptId) {
          this.others = upsertAttempt(this.others, event.attempt);
        }
        break;
    }
  }

  say(text: string): void {
    this.status = text;
    clearTimeout(this.#statusTimer);
    this.#statusTimer = setTimeout(() => (this.status = null), STATUS_MS);
  }

  // --- playback --------------------------------------------------------------------------

  #at(): number {
    return this.#view.playhead?.currentMs() ?? this.currentMs;
  }

  toggle(): void {
    this.#view.playhead?.togglePlay();
  }

  seek(ms: number): void {
    this.#view.playhead?.seek(ms);
  }

  skip(ms: number): void {
    this.#view.playhead?.skip(ms);
  }

  setRate(value: number): void {
    this.rate = value;
    this.#view.playhead?.setRate(value);
  }

  stepRate(direction: 1 | -1): void {
    const next = stepRate(this.rate, direction);
    this.setRate(next);
    this.say(`Speed ${next}×`);
  }

  /** The waveform has drawn: apply the speed, and start where the search hit points. */
  ready(): void {
    this.#view.playhead?.setRate(this.rate);
    if (this.#atMs !== null) {
      this.seek(this.#atMs);
      this.currentMs = this.#atMs;
    }
  }

  // --- notes -----------------------------------------------------------------------------

  async openDraft(next: WaveformDraft): Promise<void> {
    const playhead = this.#view.playhead;
    this.#resumeAfterNote = this.#resumeAfterNote || (playhead?.isPlaying() ?? false);
    playhead?.pause();
    this.draft = next;
    await this.#view.showEditor();
  }

  noteHere(): void {
    if (!this.review) return;
    void this.openDraft({ startMs: this.#at(), endMs: null });
  }

  /** Shift+N: the first press begins a stretch at the playhead, the second ends it and opens the editor. */
  rangeHere(): void {
    if (!this.review) return;
    const at = this.#at();
    if (this.rangeFromMs === null) {
      this.rangeFromMs = at;
      return;
    }
    // Ended where it began: there is no stretch, so spanOf makes it a note at that moment.
    const span = spanOf(this.rangeFromMs, at);
    this.rangeFromMs = null;
    void this.openDraft(span);
  }

  dropRange(): void {
    this.rangeFromMs = null;
  }

  closeDraft(saved: boolean): void {
    this.draft = null;
    if (this.#resumeAfterNote && saved) this.#view.playhead?.play();
    this.#resumeAfterNote = false;
  }

  async createNote(note: { category: NoteCategory; text: string }): Promise<void> {
    if (!this.review || !this.draft) return;
    const created = await this.review.addNote({ startMs: this.draft.startMs, endMs: this.draft.endMs, ...note });
    if (created) {
      this.draftCategory = note.category;
      this.closeDraft(true);
    }
  }

  /** After a mentor's feedback is imported: their notes join the list and the waveform. */
  async reloadNotes(): Promise<void> {
    if (!this.review) return;
    try {
      this.review.notes = sortNotes((await this.#deps.bridge.getReview({ attemptId: this.attemptId })).notes);
    } catch (error) {
      this.#deps.notify.error(`The notes could not be reloaded: ${errorMessage(error)}`);
    }
  }

  // --- STAR sections ---------------------------------------------------------------------

  markSection(section: StarSection): void {
    if (!this.review) return;
    const at = this.#at();
    void this.review.markSection(section, at);
    this.say(`${STAR_LABELS[section]} begins at ${formatAt(at)}`);
  }

  // --- keyboard --------------------------------------------------------------------------

  /** The key table the help lists. */
  readonly keys: KeyGroup[] = reviewKeys({
    toggle: () => this.toggle(),
    skip: (ms) => this.skip(ms),
    toStart: () => this.seek(0),
    toEnd: () => this.seek(this.durationMs),
    stepRate: (direction) => this.stepRate(direction),
    noteHere: () => this.noteHere(),
    rangeHere: () => this.rangeHere(),
    mark: (section) => this.markSection(section),
    help: () => this.#view.toggleHelp(),
  });

  /**
   * What is bound now: the table, and Esc while a stretch is pending and no editor is open
   * (the editor has its own Esc). The pending stretch's banner names that Esc.
   */
  get shortcuts(): Shortcuts {
    const table = bindingsOf(this.keys);
    return this.rangeFromMs !== null && !this.draft ? { ...table, Escape: () => this.dropRange() } : table;
  }

  // --- a failed save --------------------------------------------------------------------

  /** Saves a failed attempt again from its kept original; progress and the outcome arrive as events. */
  async retryFinalise(): Promise<void> {
    if (!this.attempt || this.retrying) return;
    this.retrying = true;
    this.retryError = null;
    this.progress = null;
    const before = this.attempt;
    try {
      const finalizing = await this.#deps.bridge.retryFinalise({ attemptId: before.id });
      // An event may have overtaken the reply (even the outcome): the newer word stands.
      if (this.attempt === before) this.attempt = finalizing;
    } catch (error) {
      this.retryError = errorMessage(error);
    } finally {
      this.retrying = false;
    }
  }

  // --- deleting --------------------------------------------------------------------------

  async deleteAttempt(): Promise<void> {
    if (!this.attempt || this.deleting) return;
    const { bridge, notify, navigate } = this.#deps;
    this.deleting = true;
    this.#view.playhead?.pause();
    try {
      await bridge.deleteAttempt({ attemptId: this.attempt.id });
      this.confirmingDelete = false;
      notify.success('Recording deleted', { carry: true });
      navigate({ name: 'library' }, { replace: true });
    } catch (error) {
      notify.error(`The recording was not deleted: ${errorMessage(error)}`);
    } finally {
      this.deleting = false;
    }
  }
}
