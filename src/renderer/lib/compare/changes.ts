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
import type { BodySummary } from '../../../shared/body-language';
import { bodyRows } from './body-changes';
import { judgeBand, judgeLower, row, TOLERANCE, type ChangeRow } from './judge';

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
  /** The whole answer's body language; null until measured (and for an audio-only answer). */
  body: BodySummary | null;
}

export { GROUP_LABELS, judgeBand, judgeLower, TOLERANCE } from './judge';
export type { ChangeGroup, ChangeRow, Unit, Verdict } from './judge';

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
    ...bodyRows(before.body, after.body),
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
