/**
 * The arithmetic of the progress chart, kept out of the SVG so it can be tested: scales,
 * round axis steps, and line paths that break where a value is missing.
 */

export type Scale = (value: number) => number;

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** The smallest multiple of `step` at or above `value` (and at least one step). */
export function ceilTo(value: number, step: number): number {
  return Math.max(step, Math.ceil(value / step) * step);
}

/** 0, step, 2·step … up to max. */
export function ticks(max: number, step: number): number[] {
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(v);
  return out;
}

/** An axis step that gives about four to six gridlines for a time axis in seconds. */
export function secondsStep(maxSeconds: number): number {
  const steps = [5, 10, 15, 30, 60, 120, 300, 600];
  return steps.find((s) => maxSeconds / s <= 6) ?? 1200;
}

/** An SVG path through the points; a null starts a new segment, so a gap is never bridged by a guess. */
export function linePath(points: ReadonlyArray<{ x: number; y: number } | null>): string {
  let path = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
    pen = true;
  }
  return path;
}

/**
 * Every point as a circle of radius r, all in one SVG path: a chart of 200 attempts then draws
 * its dots as one element per line instead of one per point.
 */
export function dotsPath(points: ReadonlyArray<{ x: number; y: number } | null>, r: number): string {
  let path = '';
  for (const p of points) {
    if (!p) continue;
    path += `M${(p.x - r).toFixed(1)},${p.y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return path;
}

/** The mean of the scores given, or null when none are. */
export function meanScore(scores: Partial<Record<string, number>>): number | null {
  const values = Object.values(scores).filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
