import type { ClockMedia } from '../../src/renderer/lib/compare/sync-clock';

/**
 * A media element on a fake clock: it starts late, seeks slowly and can run a little fast or
 * slow, which is what real decoders do and what the clock must absorb.
 */
export class FakeMedia extends EventTarget implements ClockMedia {
  playbackRate = 1;
  muted = false;
  preservesPitch = true;
  paused = true;
  seeking = false;
  readyState = 4;
  plays = 0;
  seeks = 0;
  /** The rates it played at, one per step of fake time it moved. */
  rates: number[] = [];
  /** Fake time spent playing at rate 0. */
  heldMs = 0;
  #time = 0;
  #seekLeft = 0;
  #startLeft = 0;
  #stallLeft = 0;

  constructor(
    readonly duration: number,
    readonly options: { seekLatencyMs?: number; startLatencyMs?: number; speed?: number } = {},
  ) {
    super();
  }

  get currentTime(): number {
    return this.#time;
  }

  set currentTime(value: number) {
    this.#time = Math.min(this.duration, Math.max(0, value));
    this.seeks++;
    this.#seekLeft = this.options.seekLatencyMs ?? 0;
    this.seeking = this.#seekLeft > 0;
    // As a real element does: the event comes in a later task, not inside the assignment.
    setTimeout(() => this.dispatchEvent(new Event('seeking')));
  }

  play(): Promise<void> {
    if (this.paused) this.#startLeft = this.options.startLatencyMs ?? 0;
    this.paused = false;
    this.plays++;
    return Promise.resolve();
  }

  pause(): void {
    this.paused = true;
  }

  /** For the next `ms` of playing the position stands still, as a decoder starved of CPU does: no `seeking`, no pause. */
  stall(ms: number): void {
    this.#stallLeft = ms;
  }

  /** Lets `ms` of fake time pass. */
  advance(ms: number): void {
    if (this.seeking) {
      this.#seekLeft -= ms;
      if (this.#seekLeft <= 0) this.seeking = false;
      return;
    }
    if (this.paused) return;
    if (this.#startLeft > 0) {
      this.#startLeft -= ms;
      return;
    }
    if (this.playbackRate === 0) {
      // Rate 0 stands still without pausing: held, not playing at some rate.
      this.heldMs += ms;
      return;
    }
    this.rates.push(this.playbackRate);
    if (this.#stallLeft > 0) {
      const stalled = Math.min(ms, this.#stallLeft);
      this.#stallLeft -= stalled;
      ms -= stalled;
    }
    this.#time += (ms / 1000) * this.playbackRate * (this.options.speed ?? 1);
    if (this.#time >= this.duration) {
      this.#time = this.duration;
      this.paused = true;
    }
  }
}
