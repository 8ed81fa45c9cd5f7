/**
 * Whether saving keeps up with recording, from how much of the answer is not yet saved.
 *
 * With one-second slices up to about a second is always unsaved. When the computer is too
 * busy, slices come late or queue up to be sent and that figure grows: a crash then loses
 * more than the two seconds Retake promises, so the person recording is told while it
 * happens instead of finding out afterwards. A warning that came and went with every
 * hiccup would flicker and chatter in a screen reader, so it starts above one threshold,
 * ends below a lower one, and then says "caught up" for a moment.
 */
export const SAVE_LAG = {
  /** Unsaved beyond this: falling behind (one slice plus a second and a half of delay). */
  behindMs: 2500,
  /** Back under this: caught up again. */
  recoveredMs: 1500,
  /** How long "caught up" stays before the notice goes. */
  caughtUpShowMs: 4000,
} as const;

export type SaveLagState = 'keeping-up' | 'behind' | 'caught-up';

export class SaveLag {
  #state: SaveLagState = 'keeping-up';
  #caughtUpAt = 0;

  get state(): SaveLagState {
    return this.#state;
  }

  /** `unsavedMs` at wall time `now` (ms); returns the new state. */
  update(unsavedMs: number, now: number): SaveLagState {
    if (unsavedMs > SAVE_LAG.behindMs) {
      this.#state = 'behind';
    } else if (this.#state === 'behind' && unsavedMs < SAVE_LAG.recoveredMs) {
      this.#state = 'caught-up';
      this.#caughtUpAt = now;
    } else if (this.#state === 'caught-up' && now - this.#caughtUpAt >= SAVE_LAG.caughtUpShowMs) {
      this.#state = 'keeping-up';
    }
    return this.#state;
  }
}
