import { localDate } from '../../../shared/dates';

/** Journal dates in the person's locale and time zone. Stored dates are plain yyyy-mm-dd. */

/** The yyyy-mm-dd as a local date at noon, so no time zone can tip it onto a neighbouring day. */
function toDate(isoDate: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dayOfMonthFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric' });
const rangeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "4 Mar 2025", "Mar 4, 2025", … as the locale writes it. */
export const formatDay = (isoDate: string): string => dayFormat.format(toDate(isoDate));
export const formatWeekday = (isoDate: string): string => weekdayFormat.format(toDate(isoDate));
export const formatDayOfMonth = (isoDate: string): string => dayOfMonthFormat.format(toDate(isoDate));
/** "3–9 Mar 2025" */
export const formatDayRange = (from: string, to: string): string => rangeFormat.formatRange(toDate(from), toDate(to));

export const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Today, yyyy-mm-dd, where the person is. */
export const today = (): string => localDate(new Date(), timeZone());
