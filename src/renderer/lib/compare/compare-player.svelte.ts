import { SyncClock, type ClockMedia, type ClockSnapshot, type Side } from './sync-clock';

/** A <video>, as far as the player needs one. */
export type PlayerMedia = ClockMedia & Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/**
 * Runs the compare clock against two real <video> elements: ticks it every animation frame,
 * tells it when the user moved a video by other means (its waveform, ruler or a section
 * marker all set currentTime), and publishes its state for the screen. The state is only
 * replaced when something visible changed, so the screen does not re-render 60 times a second
 * for the same tenth of a second.
 */
export class ComparePlayer {
  snap = $state.raw<ClockSnapshot>() as ClockSnapshot;

  readonly #clock: SyncClock;
  readonly #videos: [PlayerMedia, PlayerMedia];
  readonly #stop: Array<() => void> = [];
  #frame = 0;
  #key = '';

  constructor(videos: [PlayerMedia, PlayerMedia], durationsMs: [number, number]) {
    this.#videos = videos;
    this.#clock = new SyncClock(videos, durationsMs);
    this.#publish();
    videos.forEach((video, i) => {
      const onSeeking = (): void => this.#clock.mediaSeeking(i as Side);
      video.addEventListener('seeking', onSeeking);
      this.#stop.push(() => video.removeEventListener('seeking', onSeeking));
    });
    const loop = (): void => {
      this.#clock.tick();
      this.#publish();
      this.#frame = requestAnimationFrame(loop);
    };
    this.#frame = requestAnimationFrame(loop);
  }

  #publish(): void {
    const next = this.#clock.snapshot();
    const key = [
      next.playing,
      next.rate,
      next.audible,
      next.startMs,
      next.endMs,
      ...next.sides.flatMap((s) => [s.state, s.offsetMs, Math.floor(s.targetMs / 100), Math.floor(s.startsInMs / 100)]),
    ].join('|');
    if (key === this.#key) return;
    this.#key = key;
    this.snap = next;
  }

  #run(command: (clock: SyncClock) => void): void {
    command(this.#clock);
    this.#publish();
  }

  toggle(): void {
    this.#run((c) => c.toggle());
  }

  pause(): void {
    this.#run((c) => c.pause());
  }

  skip(ms: number): void {
    this.#run((c) => c.skip(ms));
  }

  seek(ms: number): void {
    this.#run((c) => c.seek(ms));
  }

  seekSide(side: Side, ms: number): void {
    this.#run((c) => c.seekSide(side, ms));
  }

  toStart(): void {
    this.#run((c) => c.seek(c.startMs));
  }

  toEnd(): void {
    this.#run((c) => c.seek(c.endMs));
  }

  setRate(rate: number): void {
    this.#run((c) => c.setRate(rate));
  }

  nudge(side: Side, ms: number): void {
    this.#run((c) => c.nudge(side, ms));
  }

  resetOffsets(): void {
    this.#run((c) => {
      c.setOffset(0, 0);
      c.setOffset(1, 0);
    });
  }

  alignTo(targets: readonly [number | null, number | null]): void {
    this.#run((c) => c.alignTo(targets));
  }

  hear(side: Side): void {
    this.#run((c) => c.setAudible(side));
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    for (const stop of this.#stop) stop();
    for (const video of this.#videos) video.pause();
  }
}
