/** The pieces every row of compare's change table is made of: what a row holds and how a change is judged. */

export type Verdict = 'better' | 'worse' | 'same' | 'info' | 'unknown';

/** How a row's values read: a recording length, a short span, a count, or a 1–5 score. */
export type Unit = 'clock' | 'span' | 'count' | 'score' | 'wpm' | 'semitones' | 'dbfs' | 'percent' | 'movement';

export type ChangeGroup = 'length' | 'pauses' | 'delivery' | 'body' | 'sections' | 'ratings';

export interface ChangeRow {
  id: string;
  group: ChangeGroup;
  label: string;
  unit: Unit;
  before: number | null;
  after: number | null;
  /** After minus before; null when either is missing. */
  diff: number | null;
  /** A second figure beside the value, e.g. a section's share of the answer ("45%"). */
  beforeNote: string | null;
  afterNote: string | null;
  verdict: Verdict;
  /** The judgement in words, e.g. "Now inside the 1:30–2:00 aim" or "2 fewer". */
  reason: string;
}

export const GROUP_LABELS: Record<ChangeGroup, string> = {
  length: 'Length',
  pauses: 'Pauses',
  delivery: 'Delivery',
  body: 'Body language',
  sections: 'STAR sections',
  ratings: 'Your ratings',
};

/** Differences smaller than these are noise, not change. */
export const TOLERANCE = { clockMs: 500, spanMs: 100, share: 0.01, wpm: 5, semitones: 0.5, db: 1, bodyShare: 0.03 } as const;

interface Band {
  min: number;
  max: number;
}

function distance(value: number, band: Band): number {
  return value < band.min ? band.min - value : value > band.max ? value - band.max : 0;
}

/** Judges a move relative to an aim: into it is better, out of it worse, otherwise closer or further. */
export function judgeBand(before: number, after: number, band: Band, tolerance: number, aim: string): { verdict: Verdict; reason: string } {
  const was = distance(before, band);
  const now = distance(after, band);
  if (was === 0 && now === 0) return { verdict: 'same', reason: `Both inside the ${aim} aim` };
  if (was > 0 && now === 0) return { verdict: 'better', reason: `Now inside the ${aim} aim` };
  if (was === 0 && now > 0) return { verdict: 'worse', reason: `Moved outside the ${aim} aim` };
  if (Math.abs(now - was) <= tolerance) return { verdict: 'same', reason: `Still outside the ${aim} aim` };
  const side = after < band.min ? 'short of' : 'over';
  return now < was
    ? { verdict: 'better', reason: `Closer to the ${aim} aim` }
    : { verdict: 'worse', reason: `Further ${side} the ${aim} aim` };
}

/** Judges a figure where less is better (pauses, time to first word). */
export function judgeLower(before: number, after: number, tolerance: number, words: { fewer: string; more: string }): { verdict: Verdict; reason: string } {
  if (Math.abs(after - before) <= tolerance) return { verdict: 'same', reason: 'About the same' };
  return after < before ? { verdict: 'better', reason: words.fewer } : { verdict: 'worse', reason: words.more };
}

export function missing(before: unknown, after: unknown, what: string): string {
  if (before == null && after == null) return `No ${what} on either`;
  return before == null ? `No ${what} in Before` : `No ${what} in After`;
}

export function row(
  base: Omit<ChangeRow, 'diff' | 'verdict' | 'reason' | 'beforeNote' | 'afterNote'> & Partial<Pick<ChangeRow, 'beforeNote' | 'afterNote'>>,
  judge: (before: number, after: number) => { verdict: Verdict; reason: string },
  missingWhat: string,
): ChangeRow {
  const { before, after } = base;
  const both = before !== null && after !== null;
  const judged = both ? judge(before, after) : { verdict: 'unknown' as const, reason: missing(before, after, missingWhat) };
  return { beforeNote: null, afterNote: null, ...base, diff: both ? after - before : null, ...judged };
}
