import {
  ANSWER_GUIDANCE,
  RATING_CRITERIA,
  RATING_LABELS,
  STAR_LABELS,
  STAR_SECTIONS,
  type RatingCriterion,
  type SectionMark,
  type SpeechMetrics,
  type StarSection,
} from '../../../shared/review';
import { DELIVERY_GUIDANCE, type DeliveryFigures } from '../../../shared/delivery';
import { formatClock } from '../format';
import { formatAim, formatShare, summariseSections } from '../review/section-labels';

/**
 * The table of changes between two attempts, and whether each change is for the better.
 * Shorter is not always better: lengths are judged against the guidance bands in
 * ANSWER_GUIDANCE (moving into a band is better, out of it worse); fewer and shorter long
 * pauses, a quicker first word and a higher self-rating are better. Speaking time is shown
 * but not judged: more of it is only better if the answer is, which a number cannot tell.
 * Pace is judged against the conversational band in DELIVERY_GUIDANCE (faster is not
 * better), pitch range against the flat threshold, and loudness against too quiet.
 */

/** What the table needs of one attempt. */
export interface AttemptFigures {
  durationMs: number | null;
  metrics: SpeechMetrics | null;
  sections: readonly SectionMark[];
  ratings: Partial<Record<RatingCriterion, number>>;
  /** The whole answer's delivery; null until measured. */
  delivery: DeliveryFigures | null;
}

export type Verdict = 'better' | 'worse' | 'same' | 'info' | 'unknown';

/** How a row's values read: a recording length, a short span, a count, or a 1–5 score. */
export type Unit = 'clock' | 'span' | 'count' | 'score' | 'wpm' | 'semitones' | 'dbfs';

export type ChangeGroup = 'length' | 'pauses' | 'delivery' | 'sections' | 'ratings';

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
  sections: 'STAR sections',
  ratings: 'Your ratings',
};

/** Differences smaller than these are noise, not change. */
export const TOLERANCE = { clockMs: 500, spanMs: 100, share: 0.01, wpm: 5, semitones: 0.5, db: 1 } as const;

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

function missing(before: unknown, after: unknown, what: string): string {
  if (before == null && after == null) return `No ${what} on either`;
  return before == null ? `No ${what} in Before` : `No ${what} in After`;
}

function row(
  base: Omit<ChangeRow, 'diff' | 'verdict' | 'reason' | 'beforeNote' | 'afterNote'> & Partial<Pick<ChangeRow, 'beforeNote' | 'afterNote'>>,
  judge: (before: number, after: number) => { verdict: Verdict; reason: string },
  missingWhat: string,
): ChangeRow {
  const { before, after } = base;
  const both = before !== null && after !== null;
  const judged = both ? judge(before, after) : { verdict: 'unknown' as const, reason: missing(before, after, missingWhat) };
  return { beforeNote: null, afterNote: null, ...base, diff: both ? after - before : null, ...judged };
}

function lengthRows(before: AttemptFigures, after: AttemptFigures): ChangeRow[] {
  const band = ANSWER_GUIDANCE.totalMs;
  const aim = `${formatClock(band.min / 1000)}–${formatClock(band.max / 1000)}`;
  const share = (f: AttemptFigures): string | null =>
    f.metrics && f.durationMs ? `${formatShare(f.metrics.speakingMs / f.durationMs)} of the answer` : null;
  return [
    row(
      { id: 'duration', group: 'length', label: 'Duration', unit: 'clock', before: before.durationMs, after: after.durationMs },
      (b, a) => judgeBand(b, a, band, TOLERANCE.clockMs, aim),
      'length',
    ),
    row(
      {
        id: 'speaking',
        group: 'length',
        label: 'Speaking time',
        unit: 'clock',
        before: before.metrics?.speakingMs ?? null,
        after: after.metrics?.speakingMs ?? null,
        beforeNote: share(before),
        afterNote: share(after),
      },
      () => ({ verdict: 'info', reason: 'More is only better if what you say is' }),
      'speech figures',
    ),
  ];
}

function pauseRows(before: AttemptFigures, after: AttemptFigures): ChangeRow[] {
  const b = before.metrics;
  const a = after.metrics;
  const count = (n: number): string => `${n} ${n === 1 ? 'pause' : 'pauses'}`;
  const countJudge = (x: number, y: number) =>
    judgeLower(x, y, 0, { fewer: `${count(x - y)} fewer`, more: `${count(y - x)} more` });
  return [
    row({ id: 'pauses-1s', group: 'pauses', label: 'Pauses over 1 s', unit: 'count', before: b?.pausesOver1s ?? null, after: a?.pausesOver1s ?? null }, countJudge, 'speech figures'),
    row({ id: 'pauses-2s', group: 'pauses', label: 'Pauses over 2 s', unit: 'count', before: b?.pausesOver2s ?? null, after: a?.pausesOver2s ?? null }, countJudge, 'speech figures'),
    row(
      { id: 'longest-pause', group: 'pauses', label: 'Longest pause', unit: 'span', before: b?.longestPauseMs ?? null, after: a?.longestPauseMs ?? null },
      (x, y) => judgeLower(x, y, TOLERANCE.spanMs, { fewer: 'Shorter', more: 'Longer' }),
      'speech figures',
    ),
    row(
      {
        id: 'first-word',
        group: 'pauses',
        label: 'Time to first word',
        unit: 'span',
        before: b?.timeToFirstWordMs ?? null,
        after: a?.timeToFirstWordMs ?? null,
      },
      (x, y) => judgeLower(x, y, TOLERANCE.spanMs, { fewer: 'Started sooner', more: 'Started later' }),
      'speech detected',
    ),
  ];
}

function deliveryRows(before: AttemptFigures, after: AttemptFigures): ChangeRow[] {
  const b = before.delivery;
  const a = after.delivery;
  const { wordsPerMinute: pace, flat, quietBelowDbfs } = DELIVERY_GUIDANCE;
  const count = (what: string) => (x: number, y: number) =>
    judgeLower(x, y, 0, { fewer: `${x - y} fewer ${what}`, more: `${y - x} more ${what}` });
  return [
    row(
      { id: 'pace', group: 'delivery', label: 'Pace (words/min, estimate)', unit: 'wpm', before: b?.wordsPerMinute ?? null, after: a?.wordsPerMinute ?? null },
      (x, y) => judgeBand(x, y, pace, TOLERANCE.wpm, `${pace.min}–${pace.max} wpm`),
      'pace',
    ),
    row(
      {
        id: 'pitch-range',
        group: 'delivery',
        label: 'Pitch range',
        unit: 'semitones',
        before: b?.pitch?.rangeSemitones ?? null,
        after: a?.pitch?.rangeSemitones ?? null,
      },
      // Past the flat threshold more range is not judged better: lively is not a contest.
      (x, y) => judgeBand(x, y, { min: flat.semitones, max: Infinity }, TOLERANCE.semitones, `${flat.semitones}+ semitone`),
      'pitch',
    ),
    row(
      { id: 'flat', group: 'delivery', label: 'Flat stretches', unit: 'count', before: b?.flatStretches.length ?? null, after: a?.flatStretches.length ?? null },
      count('flat stretches'),
      'delivery figures',
    ),
    row(
      { id: 'trailing', group: 'delivery', label: 'Trailing off', unit: 'count', before: b?.trailingOff.length ?? null, after: a?.trailingOff.length ?? null },
      count('times'),
      'delivery figures',
    ),
    row(
      { id: 'level', group: 'delivery', label: 'Loudness', unit: 'dbfs', before: b?.level?.speechDbfs ?? null, after: a?.level?.speechDbfs ?? null },
      (x, y) => judgeBand(x, y, { min: quietBelowDbfs, max: 0 }, TOLERANCE.db, `above ${quietBelowDbfs} dBFS`),
      'loudness',
    ),
  ];
}

function sectionRows(before: AttemptFigures, after: AttemptFigures): ChangeRow[] {
  const stat = (f: AttemptFigures, section: StarSection) =>
    summariseSections(f.sections, f.durationMs ?? 0).stats.find((s) => s.section === section) ?? null;
  return STAR_SECTIONS.map((section) => {
    const b = stat(before, section);
    const a = stat(after, section);
    const aim = ANSWER_GUIDANCE.share[section];
    const judged: ChangeRow = row(
      {
        id: `section-${section}`,
        group: 'sections',
        label: STAR_LABELS[section],
        unit: 'span',
        before: b?.lengthMs ?? null,
        after: a?.lengthMs ?? null,
        beforeNote: b ? `${formatShare(b.share)} of the answer` : null,
        afterNote: a ? `${formatShare(a.share)} of the answer` : null,
      },
      // Judged on its share of the answer, so a longer answer's longer Action is not a fault.
      () => judgeBand(b!.share, a!.share, aim, TOLERANCE.share, `${formatAim(aim)} share`),
      `${STAR_LABELS[section]} mark`,
    );
    return judged;
  });
}

function ratingRows(before: AttemptFigures, after: AttemptFigures): ChangeRow[] {
  return RATING_CRITERIA.map((criterion) =>
    row(
      {
        id: `rating-${criterion}`,
        group: 'ratings',
        label: RATING_LABELS[criterion],
        unit: 'score',
        before: before.ratings[criterion] ?? null,
        after: after.ratings[criterion] ?? null,
      },
      (x, y) => (y === x ? { verdict: 'same', reason: 'Same score' } : y > x ? { verdict: 'better', reason: 'Rated higher' } : { verdict: 'worse', reason: 'Rated lower' }),
      'rating',
    ),
  );
}

/** Every row of the table, grouped in the order it is shown. */
export function compareFigures(before: AttemptFigures, after: AttemptFigures): ChangeRow[] {
  return [
    ...lengthRows(before, after),
    ...pauseRows(before, after),
    ...deliveryRows(before, after),
    ...sectionRows(before, after),
    ...ratingRows(before, after),
  ];
}

/** How many rows got better and worse, for a one-line summary above the table. */
export function tally(rows: readonly ChangeRow[]): Record<'better' | 'worse' | 'same', number> {
  const out = { better: 0, worse: 0, same: 0 };
  for (const r of rows) if (r.verdict === 'better' || r.verdict === 'worse' || r.verdict === 'same') out[r.verdict]++;
  return out;
}
