import type { Attempt } from '../../../shared/attempts';
import type { Note, NoteCategory, RatingCriterion, Review, SectionMark, SpeechMetrics, StarSection } from '../../../shared/review';
import type { RetakeBridge } from '../../../shared/api';
import { errorMessage } from '../../lib/errors';
import { sortNotes, upsertNote } from '../../lib/review/note-list';
import type { Notify } from '../../lib/toasts.svelte';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What the review's edits call. */
export type ReviewBridge = Pick<
  RetakeBridge,
  'createNote' | 'updateNote' | 'deleteNote' | 'setSection' | 'clearSection' | 'setRating' | 'setReflection'
>;

const REFLECTION_DEBOUNCE_MS = 900;

/**
 * Everything the review page edits, with the calls that save it. Lists are replaced, never
 * mutated, so the waveform and the panels see each change. A failed save says so in a toast
 * and puts the screen back the way the store has it.
 */
export class ReviewState {
  attempt = $state.raw<Attempt>() as Attempt;
  notes = $state.raw<Note[]>([]);
  sections = $state.raw<SectionMark[]>([]);
  ratings = $state.raw<Partial<Record<RatingCriterion, number>>>({});
  reflection = $state('');
  reflectionState = $state<SaveState>('idle');
  metrics = $state.raw<SpeechMetrics | null>(null);

  readonly #bridge: ReviewBridge;
  readonly #notify: Notify;
  #savedReflection = '';
  #reflectionTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(bridge: ReviewBridge, notify: Notify, review: Review) {
    this.#bridge = bridge;
    this.#notify = notify;
    this.attempt = review.attempt;
    this.notes = sortNotes(review.notes);
    this.sections = review.sections;
    this.ratings = review.ratings;
    this.reflection = review.reflection;
    this.#savedReflection = review.reflection;
    this.metrics = review.metrics;
  }

  get attemptId(): number {
    return this.attempt.id;
  }

  // --- notes ---------------------------------------------------------------------------

  async addNote(input: { startMs: number; endMs: number | null; category: NoteCategory; text: string }): Promise<Note | null> {
    try {
      const note = await this.#bridge.createNote({ attemptId: this.attemptId, ...input });
      this.notes = upsertNote(this.notes, note);
      return note;
    } catch (error) {
      this.#notify.error(`The note was not saved: ${errorMessage(error)}`);
      return null;
    }
  }

  async editNote(id: number, patch: { startMs?: number; endMs?: number | null; category?: NoteCategory; text?: string }): Promise<boolean> {
    const before = this.notes;
    const current = before.find((n) => n.id === id);
    if (!current) return false;
    // Show the change at once; the store answers with the saved note.
    this.notes = upsertNote(before, { ...current, ...patch });
    try {
      const saved = await this.#bridge.updateNote({ id, ...patch });
      this.notes = upsertNote(this.notes, saved);
      return true;
    } catch (error) {
      this.notes = [...before];
      this.#notify.error(`The note was not changed: ${errorMessage(error)}`);
      return false;
    }
  }

  async removeNote(id: number): Promise<void> {
    const before = this.notes;
    this.notes = before.filter((n) => n.id !== id);
    try {
      const deleted = await this.#bridge.deleteNote({ id });
      this.#notify.show('Note deleted', {
        action: { label: 'Undo', run: () => void this.restoreNote(deleted) },
      });
    } catch (error) {
      this.notes = before;
      this.#notify.error(`The note was not deleted: ${errorMessage(error)}`);
    }
  }

  /** Undo of a delete: the same note again (with a new id). */
  async restoreNote(note: Note): Promise<void> {
    const restored = await this.addNote({ startMs: note.startMs, endMs: note.endMs, category: note.category, text: note.text });
    if (restored) this.#notify.show('Note restored', { kind: 'success', durationMs: 2500 });
  }

  // --- STAR sections -------------------------------------------------------------------

  async markSection(section: StarSection, startMs: number): Promise<void> {
    const before = this.sections;
    this.sections = [...before.filter((s) => s.section !== section), { section, startMs: Math.max(0, Math.round(startMs)) }];
    try {
      this.sections = await this.#bridge.setSection({ attemptId: this.attemptId, section, startMs: Math.max(0, Math.round(startMs)) });
    } catch (error) {
      this.sections = before;
      this.#notify.error(`The mark was not saved: ${errorMessage(error)}`);
    }
  }

  async clearSection(section: StarSection): Promise<void> {
    const before = this.sections;
    this.sections = before.filter((s) => s.section !== section);
    try {
      this.sections = await this.#bridge.clearSection({ attemptId: this.attemptId, section });
    } catch (error) {
      this.sections = before;
      this.#notify.error(`The mark was not removed: ${errorMessage(error)}`);
    }
  }

  // --- self-rating and reflection ------------------------------------------------------

  async rate(criterion: RatingCriterion, score: number | null): Promise<void> {
    const before = this.ratings;
    const next = { ...before };
    if (score === null) delete next[criterion];
    else next[criterion] = score;
    this.ratings = next;
    try {
      this.ratings = await this.#bridge.setRating({ attemptId: this.attemptId, criterion, score });
    } catch (error) {
      this.ratings = before;
      this.#notify.error(`The rating was not saved: ${errorMessage(error)}`);
    }
  }

  /** Called on every keystroke; saves once typing pauses. */
  editReflection(text: string): void {
    this.reflection = text;
    this.reflectionState = text === this.#savedReflection ? 'saved' : 'idle';
    clearTimeout(this.#reflectionTimer);
    this.#reflectionTimer = setTimeout(() => void this.saveReflection(), REFLECTION_DEBOUNCE_MS);
  }

  /** Saves now (on blur, or when the page closes) if anything changed. */
  async saveReflection(): Promise<void> {
    clearTimeout(this.#reflectionTimer);
    const text = this.reflection;
    if (text === this.#savedReflection && this.reflectionState !== 'error') return;
    this.reflectionState = 'saving';
    try {
      await this.#bridge.setReflection({ attemptId: this.attemptId, text });
      this.#savedReflection = text;
      // Typing may have gone on while this was saving.
      this.reflectionState = this.reflection === text ? 'saved' : 'idle';
    } catch (error) {
      this.reflectionState = 'error';
      this.#notify.error(`Your reflection was not saved: ${errorMessage(error)}`);
    }
  }

  get reflectionDirty(): boolean {
    return this.reflection !== this.#savedReflection;
  }

  dispose(): void {
    clearTimeout(this.#reflectionTimer);
    if (this.reflectionDirty) void this.saveReflection();
  }
}
