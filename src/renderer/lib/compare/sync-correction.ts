/**
 * How the compare clock (sync-clock.ts) closes drift between the two sides: the tuning and the
 * control law. See docs/decisions.md ("Compare drift law") for why it has this shape.
 */

export const SYNC_TUNING = {
  /** Drift below this is left alone: correcting it would only jitter the rate. */
  deadBandMs: 6,
  /**
   * A nudge aims to close the drift over this long, or over two of the longest recent frame
   * gaps if that is longer: the rate set now holds until the next frame, however late it comes,
   * so a nudge sized for 16 ms frames would overshoot when the page gets a frame every 200 ms.
   */
  nudgeHorizonMs: 120,
  /** Frame gaps are remembered this long; the longest of them sizes the nudge. */
  gapWindowMs: 1500,
  /** One frame at 60 fps: the shortest gap assumed. */
  frameMs: 16,
  /** Never nudge more than this (a fraction of the rate); beyond, the side ahead waits. */
  maxNudge: 0.25,
  /**
   * Nudges move in steps of this fraction, so the rate changes a few times a second rather than
   * every frame (each change is a round trip through the media pipeline).
   */
  nudgeStep: 0.02,
  /**
   * Drift beyond this is not nudged: the side ahead waits (is held paused) for the other, which
   * closes the gap at full speed and, unlike speeding the late side up, asks nothing more of a
   * busy CPU. Also: a side whose position stands still this long while it plays has stalled,
   * and the other waits for it rather than run ahead.
   */
  holdMs: 30,
  /**
   * The side you hear waits at most this share of the playing time (and at most
   * `audibleWaitBudgetMs` at a stretch): on a machine too busy to keep both sides going,
   * sound that keeps running beats a pair kept together by stopping every moment.
   */
  audibleWaitShare: 0.1,
  audibleWaitBudgetMs: 300,
  /** Drift beyond this is closed by seeking the follower rather than by waiting. */
  hardSeekMs: 400,
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

/** How long a nudge takes to close drift when frames come at most `longestGapMs` apart. */
export const nudgeHorizon = (longestGapMs: number, tuning: Tuning = SYNC_TUNING): number =>
  Math.max(tuning.nudgeHorizonMs, 2 * Math.max(tuning.frameMs, longestGapMs));

/**
 * The control law for a follower: `driftMs` is where it is minus where it should be
 * (positive: ahead), `longestGapMs` the longest recent gap between frames. Returns the rate
 * to run at, or that it must jump. ('hold' here means: leave the rate alone.)
 */
export function correct(driftMs: number, baseRate: number, tuning: Tuning = SYNC_TUNING, longestGapMs: number = tuning.frameMs): Correction {
  const size = Math.abs(driftMs);
  if (size > tuning.hardSeekMs) return { kind: 'seek' };
  if (size < tuning.deadBandMs) return { kind: 'hold' };
  // Rounded up to a whole step, so even the smallest drift outside the dead band is corrected.
  const wanted = size / nudgeHorizon(longestGapMs, tuning);
  const steps = Math.ceil(wanted / tuning.nudgeStep - 1e-9);
  const nudge = Math.min(tuning.maxNudge, steps * tuning.nudgeStep);
  return { kind: 'nudge', rate: baseRate * (1 - Math.sign(driftMs) * nudge) };
}

/**
 * When a held side (the one ahead, waiting) plays again: once the other is close enough that
 * nudging can finish the job within one of the longest recent frame gaps, without the side
 * that waited overshooting.
 */
export function releaseWithinMs(baseRate: number, longestGapMs: number, tuning: Tuning = SYNC_TUNING): number {
  return Math.max(tuning.deadBandMs, Math.min(tuning.holdMs / 2, tuning.maxNudge * baseRate * Math.max(tuning.frameMs, longestGapMs)));
}

/**
 * Which side waits (is held paused) this frame, given the follower's drift against the
 * timeline read from the master: the side ahead waits for the side behind once the drift is
 * past what a nudge should close, and either side waits for the other when that one stalls.
 * A follower already waiting keeps waiting until the master is within `releaseMs` of it.
 */
export function whoWaits(
  followerDriftMs: number,
  stalled: { master: boolean; follower: boolean },
  followerWaiting: boolean,
  releaseMs: number,
  tuning: Tuning = SYNC_TUNING,
): 'master' | 'follower' | null {
  if (Math.abs(followerDriftMs) > tuning.hardSeekMs) return null; // a seek closes it
  if (stalled.follower || followerDriftMs < -tuning.holdMs) return 'master';
  if (stalled.master || followerDriftMs > tuning.holdMs) return 'follower';
  if (followerWaiting && followerDriftMs > releaseMs) return 'follower';
  return null;
}

/** The gaps between the clock's frames over the last `gapWindowMs`: how late the next frame may come. */
export class FrameGaps {
  #gaps: Array<{ at: number; gap: number }> = [];
  #last: number | null = null;
  readonly #tuning: Tuning;

  constructor(tuning: Tuning = SYNC_TUNING) {
    this.#tuning = tuning;
  }

  note(now: number): void {
    if (this.#last !== null) this.#gaps.push({ at: now, gap: now - this.#last });
    this.#last = now;
    while (this.#gaps.length > 0 && now - this.#gaps[0]!.at > this.#tuning.gapWindowMs) this.#gaps.shift();
  }

  get longestMs(): number {
    return this.#gaps.reduce<number>((m, g) => Math.max(m, g.gap), this.#tuning.frameMs);
  }
}
