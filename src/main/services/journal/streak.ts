import { addDays } from '../../../shared/dates';

export interface Streak {
  days: number;
  activeToday: boolean;
}

/**
 * Consecutive active days ending today, or ending yesterday while today is still to be
 * used: a streak is not broken until a whole day passes without anything done.
 */
export function streakAt(isActive: (date: string) => boolean, today: string): Streak {
  const activeToday = isActive(today);
  let days = 0;
  for (let date = activeToday ? today : addDays(today, -1); isActive(date); date = addDays(date, -1)) days += 1;
  return { days, activeToday };
}
