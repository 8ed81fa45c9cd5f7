const TICK_MS = 100;

/**
 * The clock a take runs on, shared by practice and a mock interview: `now` refreshed ten
 * times a second while a phase counts down or up, calling back on every tick so the owner can
 * move on when a deadline passes.
 */
export class PhaseClock {
  now = $state(performance.now());
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #ontick: () => void;

  constructor(ontick: () => void) {
    this.#ontick = ontick;
  }

  /** Reads the time now without ticking; returns it. */
  mark(): number {
    this.now = performance.now();
    return this.now;
  }

  /** Starts (or restarts) ticking; returns the time it started. */
  start(): number {
    this.stop();
    this.#timer = setInterval(() => {
      this.mark();
      this.#ontick();
    }, TICK_MS);
    return this.mark();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Whole seconds left until a deadline (from `now`), never below zero. */
  secondsUntil(deadline: number): number {
    return Math.max(0, Math.ceil(Math.round(deadline - this.now) / 1000));
  }
}
