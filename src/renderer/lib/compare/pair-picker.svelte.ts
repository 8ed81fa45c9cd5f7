import type { Attempt } from '../../../shared/attempts';
import { isPlayable } from '../attempts';
import type { Notify } from '../toasts.svelte';

/** Choosing two attempts from a list to compare: at most two, only finished ones; a third pick replaces the first. */
export class PairPicker {
  active = $state(false);
  ids = $state<number[]>([]);
  readonly #notify: Pick<Notify, 'show'>;

  constructor(notify: Pick<Notify, 'show'>) {
    this.#notify = notify;
  }

  start(): void {
    this.active = true;
    this.ids = [];
  }

  cancel(): void {
    this.active = false;
    this.ids = [];
  }

  has(id: number): boolean {
    return this.ids.includes(id);
  }

  toggle(attempt: Attempt): void {
    if (this.has(attempt.id)) {
      this.ids = this.ids.filter((id) => id !== attempt.id);
    } else if (!isPlayable(attempt)) {
      this.#notify.show('Only finished recordings can be compared.');
    } else {
      this.ids = [...this.ids, attempt.id].slice(-2);
    }
  }
}
