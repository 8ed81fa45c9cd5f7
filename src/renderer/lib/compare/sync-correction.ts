/** How the compare clock (sync-clock.ts) closes drift between the two sides: the tuning and the control law. */

export const SYNC_TUNING = {
  /** Drift below this is left alone: correcting it would only jitter the rate. */
  deadBandMs: 6,
  /** Rate change per ms of drift: 40 ms of drift (one frame at 25 fps) runs the follower 16% off. */
  gainPerMs: 1 / 250,
  /** Never nudge more than this (a fraction of the rate); beyond, drift is closed by seeking. */
  maxNudge: 0.25,
  /**
   * Nudges move in steps of this fraction, so the rate changes a few times a second rather than
   * every frame (each change is a round trip through the media pipeline).
   */
  nudgeStep: 0.02,
  /** Drift beyond this is closed by seeking rather than nudging. */
  hardSeekMs: 200,
  /** After a hard seek, give the follower this long before seeking it again. */
  seekCooldownMs: 600,
  /** A seek while playing lands late by about this much at first; it is then measured. */
  initialSeekLeadMs: 60,
  maxSeekLeadMs: 400,
  /** A side within this of its end counts as there (media durations differ from probed ones by a few ms). */
  endSlackMs: 50,
} as const;

export type Tuning = typeof SYNC_TUNING;

export type Correction = { kind: 'hold' } | { kind: 'nudge'; rate: number } | { kind: 'seek' };

/**
 * The control law for a follower: `driftMs` is where it is minus where it should be
 * (positive: ahead). Returns the rate to run at, or that it must jump.
 */
export function correct(driftMs: number, baseRate: number, tuning: Tuning = SYNC_TUNING): Correction {
  const size = Math.abs(driftMs);
  if (size > tuning.hardSeekMs) return { kind: 'seek' };
  if (size < tuning.deadBandMs) return { kind: 'hold' };
  // Rounded up to a whole step, so even the smallest drift outside the dead band is corrected.
  const steps = Math.ceil((size * tuning.gainPerMs) / tuning.nudgeStep - 1e-9);
  const nudge = Math.min(tuning.maxNudge, steps * tuning.nudgeStep);
  return { kind: 'nudge', rate: baseRate * (1 - Math.sign(driftMs) * nudge) };
}
