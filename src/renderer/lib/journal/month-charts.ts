import type { MonthReview } from '../../../shared/comeback';
import { daysBetween } from '../../../shared/dates';

/**
 * The monthly review's two small charts, worked out apart from the SVG so they can be
 * tested: one column per plan week of the month, and a sentence that says what the chart
 * shows for a screen reader (the table beside it has every figure).
 */

export interface WeekColumn {
  weekStart: string;
  /** Plan week 1 to 13. */
  planWeek: number;
  confidence: number | null;
  practice: number;
}

export function weekColumns(month: MonthReview, firstWeek: string): WeekColumn[] {
  return month.weeks.map((w) => ({
    weekStart: w.weekStart,
    planWeek: Math.floor(daysBetween(firstWeek, w.weekStart) / 7) + 1,
    confidence: w.confidence,
    practice: w.practice,
  }));
}

/** x of column i of n, centred in equal slots across the plot. */
export function slotX(i: number, n: number, left: number, right: number): number {
  const slot = (right - left) / Math.max(1, n);
  return left + slot * (i + 0.5);
}

/** A round top for the practice bars: at least 4, then the next multiple of 2 or 5 above the most. */
export function barMax(values: readonly number[]): number {
  const most = Math.max(0, ...values);
  if (most <= 4) return 4;
  const step = most <= 10 ? 2 : 5;
  return Math.ceil(most / step) * step;
}

export function confidenceSummary(columns: readonly WeekColumn[]): string {
  const checked = columns.filter((c) => c.confidence !== null);
  if (checked.length === 0) return 'No confidence check-ins this month.';
  const first = checked[0]!;
  const last = checked.at(-1)!;
  const missing = columns.length - checked.length;
  const trend =
    checked.length === 1
      ? `One check-in: ${first.confidence} of 5 in week ${first.planWeek}.`
      : last.confidence! > first.confidence!
        ? `Rose from ${first.confidence} to ${last.confidence} of 5 between weeks ${first.planWeek} and ${last.planWeek}.`
        : last.confidence! < first.confidence!
          ? `Fell from ${first.confidence} to ${last.confidence} of 5 between weeks ${first.planWeek} and ${last.planWeek}.`
          : `Stayed at ${first.confidence} of 5 between weeks ${first.planWeek} and ${last.planWeek}.`;
  return missing === 0 ? trend : `${trend} ${missing} ${missing === 1 ? 'week has' : 'weeks have'} no check-in.`;
}

export function practiceSummary(columns: readonly WeekColumn[]): string {
  const total = columns.reduce((sum, c) => sum + c.practice, 0);
  if (total === 0) return 'No practice answers recorded this month.';
  const most = columns.reduce((best, c) => (c.practice > best.practice ? c : best));
  return `${total} practice ${total === 1 ? 'answer' : 'answers'} in ${columns.length} weeks; the most, ${most.practice}, in week ${most.planWeek}.`;
}
