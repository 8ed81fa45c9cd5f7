import { JOURNAL_LIMITS, type WeekGoals } from '../../../shared/journal';

/** Goals as number fields give them: an emptied field is null and means no goal. */
export type GoalFields = { [K in keyof WeekGoals]: number | null };

/** Whole numbers within the limit, nothing for an empty field. */
export function wholeGoals(fields: GoalFields): WeekGoals {
  const whole = (n: number | null) => Math.min(JOURNAL_LIMITS.weeklyGoal, Math.max(0, Math.round(n ?? 0)));
  return { practice: whole(fields.practice), applications: whole(fields.applications), outreach: whole(fields.outreach) };
}
