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

/** A short span: "0.8 s", "2.4 s", "14 s", then "1:05". */
export function formatSpan(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 10) return `${(Math.round(seconds * 10) / 10).toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  return formatClock(Math.round(seconds));
}

/** "0:12", or "0:12–0:18" for a range. */
export function formatNoteTime(startMs: number, endMs: number | null): string {
  return endMs === null ? formatAt(startMs) : `${formatAt(startMs)}–${formatAt(endMs)}`;
}
