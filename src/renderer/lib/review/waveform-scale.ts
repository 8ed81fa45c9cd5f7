/**
 * Shrinks a peaks array to at most `max` buckets by taking the loudest of each group, so a
 * long recording draws as quickly as a short one and no peak is lost.
 */
export function reducePeaks(peaks: readonly number[], max: number): number[] {
  if (peaks.length <= max || max <= 0) return peaks.slice();
  const out = new Array<number>(max);
  const step = peaks.length / max;
  for (let i = 0; i < max; i++) {
    const from = Math.floor(i * step);
    const to = Math.max(from + 1, Math.floor((i + 1) * step));
    let loudest = 0;
    for (let j = from; j < to; j++) {
      const value = peaks[j]!;
      if (value > loudest) loudest = value;
    }
    out[i] = loudest;
  }
  return out;
}

/** The longest `max` pauses, back in time order: enough to read the rhythm without thousands of nodes. */
export function longestPauses<T extends { startMs: number; endMs: number }>(pauses: readonly T[], max: number): T[] {
  if (pauses.length <= max) return pauses.slice();
  return pauses
    .toSorted((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs))
    .slice(0, max)
    .sort((a, b) => a.startMs - b.startMs);
}

const RULER_STEPS = [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];

/**
 * Tick and label spacing (in seconds) for a time ruler `widthPx` wide: ticks at least
 * 10 px apart, labels on whole-second multiples of the tick at least 64 px apart.
 */
export function rulerIntervals(durationS: number, widthPx: number): { tick: number; label: number } {
  const pxPerS = Math.max(1, widthPx) / Math.max(0.001, durationS);
  const tick = RULER_STEPS.find((s) => s * pxPerS >= 10) ?? RULER_STEPS.at(-1)!;
  // Labels show whole seconds, so they never fall on half seconds.
  const label = RULER_STEPS.find((s) => s >= Math.max(1, tick) && s * pxPerS >= 64 && Math.round(s * 100) % Math.round(tick * 100) === 0) ?? RULER_STEPS.at(-1)!;
  return { tick, label };
}

/** Where `ms` sits along a lane of the recording's length, as a percentage clamped to 0–100. */
export function lanePercent(ms: number, durationMs: number): number {
  return durationMs > 0 ? Math.min(100, Math.max(0, (ms / durationMs) * 100)) : 0;
}

/** The moment under the pointer on a lane that spans the whole recording. */
export function msAtPointer(lane: Element, clientX: number, durationMs: number): number {
  const { left, width } = lane.getBoundingClientRect();
  const ratio = width > 0 ? (clientX - left) / width : 0;
  return Math.round(Math.min(1, Math.max(0, ratio)) * durationMs);
}
