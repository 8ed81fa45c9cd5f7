/** The shapes the compare clock (sync-clock.ts) works in and reports. */

/** What the clock needs of a media element; an HTMLVideoElement satisfies it. */
export interface ClockMedia {
  /** Seconds, as on HTMLMediaElement. */
  currentTime: number;
  playbackRate: number;
  muted: boolean;
  /** Pitch correction costs CPU at any rate but 1; the muted side, which is never heard, goes without. */
  preservesPitch: boolean;
  readonly paused: boolean;
  readonly seeking: boolean;
  readonly readyState: number;
  /** Seconds; NaN before metadata. */
  readonly duration: number;
  play(): Promise<void>;
  pause(): void;
}

export type Side = 0 | 1;
export const SIDES: readonly Side[] = [0, 1];

export type SideState = 'waiting' | 'playing' | 'paused' | 'ended';

export interface SideSnapshot {
  /** Where the recording is, ms (what the video shows). */
  positionMs: number;
  /** Where the clock wants it, ms, clamped to the recording. */
  targetMs: number;
  offsetMs: number;
  durationMs: number;
  state: SideState;
  /** While waiting: how long until this side starts, in timeline ms. */
  startsInMs: number;
}

export interface ClockSnapshot {
  playing: boolean;
  rate: number;
  audible: Side;
  timeMs: number;
  /** The timeline's bounds: from the first side's start to the last side's end. */
  startMs: number;
  endMs: number;
  sides: [SideSnapshot, SideSnapshot];
}
