import type { Attempt, AttemptCursor, AttemptStatus, ListAttemptsInput } from '../../../shared/attempts';
import { errorMessage } from '../errors';

export interface AttemptFilter {
  promptId?: number;
  status?: AttemptStatus;
}

const cursorOf = (attempt: Attempt): AttemptCursor => ({ startedAt: attempt.startedAt, id: attempt.id });

const matches = (filter: AttemptFilter, attempt: Attempt): boolean =>
  (filter.promptId === undefined || attempt.promptId === filter.promptId) && (filter.status === undefined || attempt.status === filter.status);

/**
 * Every attempt, a page at a time, newest first, filtered by question and status. Each page
 * is asked for from the last attempt of the one before (a cursor, never an offset), so
 * attempts recorded or deleted meanwhile neither repeat nor vanish between pages. One more
 * than a page is asked for, to know whether there is a next one.
 */
export class AttemptPages {
  attempts = $state.raw<Attempt[] | null>(null);
  hasNext = $state(false);
  /** 0 for the newest page. */
  index = $state(0);
  filter = $state.raw<AttemptFilter>({});
  loading = $state(false);
  error = $state<string | null>(null);

  readonly #list: (input: ListAttemptsInput) => Promise<Attempt[]>;
  readonly #size: number;
  /** Where each page up to the current one starts; the first starts at the newest attempt. */
  #starts: Array<AttemptCursor | undefined> = [undefined];
  #request = 0;

  constructor(list: (input: ListAttemptsInput) => Promise<Attempt[]>, size = 12) {
    this.#list = list;
    this.#size = size;
  }

  get hasPrevious(): boolean {
    return this.index > 0;
  }

  /** Reloads the page being shown (after an attempt was added or deleted), from where it starts. */
  async reload(): Promise<void> {
    const mine = ++this.#request;
    this.loading = true;
    try {
      const after = this.#starts[this.index];
      const rows = await this.#list({ ...this.filter, limit: this.#size + 1, ...(after ? { after } : {}) });
      if (mine !== this.#request) return;
      this.hasNext = rows.length > this.#size;
      const page = rows.slice(0, this.#size);
      // Everything on this page went (deleted, or filtered away): step back to one that has some.
      if (page.length === 0 && this.index > 0) {
        this.#starts.pop();
        this.index--;
        return this.reload();
      }
      this.attempts = page;
      this.error = null;
    } catch (error) {
      if (mine === this.#request) this.error = errorMessage(error);
    } finally {
      if (mine === this.#request) this.loading = false;
    }
  }

  next(): Promise<void> {
    const last = this.attempts?.at(-1);
    if (!this.hasNext || !last) return Promise.resolve();
    this.#starts = [...this.#starts.slice(0, this.index + 1), cursorOf(last)];
    this.index++;
    return this.reload();
  }

  previous(): Promise<void> {
    if (this.index === 0) return Promise.resolve();
    this.index--;
    this.#starts = this.#starts.slice(0, this.index + 1);
    return this.reload();
  }

  /** A new filter starts again from the newest attempt. */
  setFilter(filter: AttemptFilter): Promise<void> {
    this.filter = filter;
    this.index = 0;
    this.#starts = [undefined];
    return this.reload();
  }

  /**
   * An attempt changed (finalised, recovered, acknowledged). One on this page is replaced in
   * place; a new one, or one that now joins or leaves the filter, reloads the page.
   */
  updated(attempt: Attempt): Promise<void> {
    const shown = this.attempts ?? [];
    const at = shown.findIndex((a) => a.id === attempt.id);
    if (at >= 0 && matches(this.filter, attempt)) {
      this.attempts = shown.with(at, attempt);
      return Promise.resolve();
    }
    if (at < 0 && !matches(this.filter, attempt)) return Promise.resolve();
    return this.reload();
  }

  deleted(attemptId: number): Promise<void> {
    if (!(this.attempts ?? []).some((a) => a.id === attemptId)) return Promise.resolve();
    return this.reload();
  }
}
