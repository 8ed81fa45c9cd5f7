/** One side of the compare clock (sync-clock.ts): what the clock keeps about it, and small helpers over its media. */

import type { Tuning } from './sync-correction';
import type { ClockMedia, SideState } from './sync-types';

export interface SideData {
  media: ClockMedia;
  durationMs: number;
  offsetMs: number;
  state: SideState;
  /** The last position we asked for (seconds, as set), to tell our seeks from the user's. */
  ourSeekS: number | null;
  /** Wall time of our last seek while playing, until the side moves again. */
  seekWall: number | null;
  lastSeekWall: number;
  lastTimeS: number;
  /** True when currentTime advanced since the last tick: the side is really playing. */
  moving: boolean;
  /** Has moved since it was last started or sought: standing still now is a stall, not a start. */
  started: boolean;
  movedWall: number;
  /** Held at rate 0 by the clock to wait for the other side; still 'playing' to the user. */
  held: boolean;
}

export function newSide(media: ClockMedia, durationMs: number): SideData {
  return {
    media,
    durationMs: Math.max(0, durationMs),
    offsetMs: 0,
    state: 'paused',
    ourSeekS: null,
    seekWall: null,
    lastSeekWall: -Infinity,
    lastTimeS: media.currentTime,
    moving: false,
    started: false,
    movedWall: 0,
    held: false,
  };
}

export function atMediaEnd(media: ClockMedia, tuning: Tuning): boolean {
  return Number.isFinite(media.duration) && media.currentTime >= media.duration - tuning.endSlackMs / 1000;
}

/** A position (ms) as seconds within what the media can seek to. */
export function clampToMedia(s: SideData, ms: number): number {
  const limit = Number.isFinite(s.media.duration) ? s.media.duration : s.durationMs / 1000;
  return Math.min(limit, Math.max(0, ms / 1000));
}

/** True when the clock's own last seek already asked for this position. */
export function asked(s: SideData, ms: number): boolean {
  return s.ourSeekS !== null && Math.abs(s.ourSeekS * 1000 - clampToMedia(s, ms) * 1000) < 1;
}
