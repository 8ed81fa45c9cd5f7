import { LEVER_LABELS, PLAN_WEEKS, type Commitment, type MonthReview, type PlanReview } from '../../../shared/comeback';
import { daysBetween } from '../../../shared/dates';

/**
 * The 90-day plan's weekly layer, worked out from the plan review: which plan week a week of
 * the week view is, which month it belongs to, and what the week should focus on.
 */

/** Plan week 1 to 13 of the week starting on `weekStart`, or null outside the plan. */
export function planWeekOf(review: PlanReview | null, weekStart: string): number | null {
  if (!review?.plan) return null;
  const n = Math.floor(daysBetween(review.plan.firstWeek, weekStart) / 7) + 1;
  return n >= 1 && n <= PLAN_WEEKS ? n : null;
}

/** The plan month whose weeks include the week starting on `weekStart`. */
export function monthOfWeek(review: PlanReview | null, weekStart: string): MonthReview | null {
  return review?.months.find((m) => weekStart >= m.from && weekStart <= m.to) ?? null;
}

export type WeekFocus =
  | { kind: 'change'; month: number; text: string }
  | { kind: 'lever'; title: string; text: string; commitment: Commitment }
  | null;

/**
 * The week's focus: what last month's review said would change, else the lever being worked
 * on, else nothing. Month 1 has no last month, so it starts from the lever.
 */
export function weekFocus(review: PlanReview | null, weekStart: string): WeekFocus {
  if (!review) return null;
  const month = monthOfWeek(review, weekStart);
  const last = month ? review.months.find((m) => m.month === month.month - 1) : undefined;
  if (last && last.changeNote.trim() !== '') return { kind: 'change', month: last.month, text: last.changeNote };
  const lever = review.commitments.find((c) => c.verdict === null);
  return lever ? { kind: 'lever', title: LEVER_LABELS[lever.lever].title, text: lever.target, commitment: lever } : null;
}
