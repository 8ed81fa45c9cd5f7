import { formatClock } from '../format';

/** "0:12" — a moment in a recording, floored as players do. */
export function formatAt(ms: number): string {
  return formatClock(Math.floor(Math.max(0, ms) / 1000));
}

/** "0:12.4" — the playhead, to a tenth of a second. */
export function formatPrecise(ms: number): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  return `${formatClock(Math.floor(tenths / 10))}.${tenths % 10}`;
}

/**
 * A measured length, as a stopwatch shows it: "0.8 s", "26.2 s", then "1:05.2". Every figure
 * (speaking time, pauses, section lengths, differences) uses it; moments in a recording are
 * clock times (formatAt), so a length never reads like a position or the other way round.
 */
export function formatSpan(ms: number): string {
  const tenths = Math.round(Math.max(0, ms) / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  return `${formatClock(Math.floor(tenths / 10))}.${tenths % 10}`;
}

/** "0:12", or "0:12–0:18" for a range. */
export function formatNoteTime(startMs: number, endMs: number | null): string {
  return endMs === null ? formatAt(startMs) : `${formatAt(startMs)}–${formatAt(endMs)}`;
}
