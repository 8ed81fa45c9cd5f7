/** Short-lived messages at the bottom of the window: confirmations, undo offers, errors. */
export type ToastKind = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  action: ToastAction | null;
  /** Survives the next change of screen: for messages about that change itself ("Deleted …" then back to the list). */
  carry: boolean;
}

const DEFAULT_MS: Record<ToastKind, number> = { info: 5000, success: 4000, error: 9000 };

export class Toasts {
  items = $state<Toast[]>([]);
  #nextId = 1;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- timers are bookkeeping, never rendered
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  show(message: string, options: { kind?: ToastKind; action?: ToastAction; durationMs?: number; carry?: boolean } = {}): number {
    const kind = options.kind ?? 'info';
    const id = this.#nextId++;
    this.items = [...this.items.slice(-3), { id, kind, message, action: options.action ?? null, carry: options.carry ?? false }];
    const ms = options.durationMs ?? (options.action ? 8000 : DEFAULT_MS[kind]);
    this.#timers.set(
      id,
      setTimeout(() => this.dismiss(id), ms),
    );
    return id;
  }

  error(message: string): number {
    return this.show(message, { kind: 'error' });
  }

  success(message: string, options: { action?: ToastAction; carry?: boolean } = {}): number {
    return this.show(message, { kind: 'success', ...options });
  }

  /** A new screen: a message about the old one would only cover the new one's controls. */
  screenChanged(): void {
    for (const toast of this.items) {
      if (!toast.carry) this.dismiss(toast.id);
    }
    this.items = this.items.map((toast) => ({ ...toast, carry: false }));
  }

  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.items = this.items.filter((toast) => toast.id !== id);
  }
}

/** What a state class needs to tell the person something: passed in, so a test can hand it its own Toasts. */
export type Notify = Pick<Toasts, 'show' | 'success' | 'error'>;

export const toasts = new Toasts();
