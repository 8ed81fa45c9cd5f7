/** Formatting for times, durations and sizes, in one place so every screen says it the same way. */

/** 0:07, 2:00, 1:02:03 */
export function formatClock(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const s = Math.floor(Math.abs(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${sign}${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${sign}${minutes}:${ss}`;
}

/** A recording's length for lists: "1:42", or an em dash when it is not known yet. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  // Floor, as media players do, so a list and the player never disagree by a second.
  return formatClock(Math.floor(ms / 1000));
}

/** "45 s", "2 min", "2 min 30 s" — for settings such as think time and target length. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "Tue, 4 Mar 2025, 14:05" */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** "just now", "5 minutes ago", "yesterday", "3 days ago", then a plain date. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const dayDiff = Math.floor((then - startOfToday.getTime()) / 86_400_000);
  if (dayDiff === 0) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  if (dayDiff >= -6 && dayDiff < 0) return relativeFormat.format(dayDiff, 'day');
  if (dayDiff >= -27 && dayDiff < 0) return relativeFormat.format(Math.round(dayDiff / 7), 'week');
  return dateFormat.format(new Date(then));
}

/** "1 attempt", "3 attempts" */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
