import { z } from 'zod';

/**
 * Calendar dates as `yyyy-mm-dd` strings. A calendar date has no time zone, so the
 * arithmetic here runs on UTC midnights: adding a day can never land on a DST gap.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(date: string): Date {
  const m = ISO_DATE.exec(date);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(Number.NaN);
}

const fromUtc = (d: Date): string => d.toISOString().slice(0, 10);

/** True for a date that exists on the calendar (no 31 April) within years a journal can mean. */
function isCalendarDate(date: string): boolean {
  const d = toUtc(date);
  const year = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && fromUtc(d) === date && year >= 1970 && year <= 2200;
}

export const IsoDate = z
  .string()
  .regex(ISO_DATE, 'must be a date written yyyy-mm-dd')
  .refine(isCalendarDate, 'is not a date on the calendar');
export type IsoDate = z.infer<typeof IsoDate>;

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Whole calendar days from `from` to `to`; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** Weeks run Monday to Sunday, as ISO 8601 has them. */
export function mondayOf(date: string): string {
  const weekday = (toUtc(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

// Guarded: zod runs every check, and a malformed date has no Monday to compare with.
export const WeekStart = IsoDate.refine((date) => isCalendarDate(date) && mondayOf(date) === date, 'must be a Monday');

/** An IANA zone name such as "Europe/Berlin", checked against the zones this runtime knows. */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'is not a known time zone');

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in a time zone: what "that day" means to the person. */
export function localDate(instant: Date | string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  // Parts rather than the formatted string, whose separators vary by locale data.
  const parts = format.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
