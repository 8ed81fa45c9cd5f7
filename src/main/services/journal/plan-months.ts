import { PLAN_MONTHS, PLAN_WEEKS } from '../../../shared/comeback';
import { addDays, daysBetween, mondayOf } from '../../../shared/dates';

/**
 * A 90-day plan runs in whole weeks, Monday to Sunday, so its weekly layer is the week
 * view and its months are whole weeks too: four, four, then five. A week's hand-counted
 * applications then belong to exactly one month.
 */
export interface PlanCalendar {
  firstWeek: string;
  lastDay: string;
  months: { month: number; from: string; to: string }[];
}

export function planCalendar(startedOn: string): PlanCalendar {
  const firstWeek = mondayOf(startedOn);
  const lastDay = addDays(firstWeek, PLAN_WEEKS * 7 - 1);
  const months = Array.from({ length: PLAN_MONTHS }, (_, i) => {
    const from = addDays(firstWeek, 28 * i);
    return { month: i + 1, from, to: i === PLAN_MONTHS - 1 ? lastDay : addDays(from, 27) };
  });
  return { firstWeek, lastDay, months };
}

/** Plan week of a day: 0 before the plan, PLAN_WEEKS + 1 after it. */
export function planWeekNumber(calendar: PlanCalendar, today: string): number {
  if (today < calendar.firstWeek) return 0;
  if (today > calendar.lastDay) return PLAN_WEEKS + 1;
  return Math.floor(daysBetween(calendar.firstWeek, today) / 7) + 1;
}

/** The month today falls in; before the plan the first, after it the last. */
export function currentMonth(calendar: PlanCalendar, today: string): number {
  return calendar.months.find((m) => today <= m.to)?.month ?? PLAN_MONTHS;
}

/**
 * Interviews per application. A month without applications has no rate at all: not 0%
 * (nothing was refused) and not an error. Interviews can outnumber applications when
 * earlier ones answer late, so the rate is not capped.
 */
export function responseRate(applications: number, interviews: number): number | null {
  return applications === 0 ? null : interviews / applications;
}

/** The mean of the scores, or null for none. */
export function mean(scores: readonly number[]): number | null {
  return scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
}
