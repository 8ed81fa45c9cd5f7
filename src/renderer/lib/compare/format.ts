import { movementLevel } from '../../../shared/body-language-figures';
import { MOVEMENT_WORDS } from '../review/body-language';
import { formatSpan } from '../review/time';
import type { Unit } from './changes';

/** How compare writes its figures; the span and clock wording comes from the review page's helpers. */

/** A value in a row of the change table. */
export function formatValue(unit: Unit, value: number | null): string {
  if (value === null) return '—';
  switch (unit) {
    case 'clock':
    case 'span':
      return formatSpan(value);
    case 'count':
      return String(value);
    case 'score':
      return `${value} / 5`;
    case 'wpm':
      return `~${Math.round(value)}`;
    case 'semitones':
      return `${value.toFixed(1)} st`;
    case 'dbfs':
      return `${value < 0 ? '−' : ''}${Math.abs(Math.round(value))} dBFS`;
    case 'percent':
      return `${Math.round(value * 100)}%`;
    case 'movement':
      return `${MOVEMENT_WORDS[movementLevel(value)]} (${value.toFixed(2)}/s)`;
  }
}

/** "+1.2 s", "−3", "±0": signed with a real minus sign, so a difference never reads as a dash. */
export function formatDiff(unit: Unit, diff: number | null): string {
  if (diff === null) return '—';
  const size = Math.abs(diff);
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  switch (unit) {
    case 'count':
    case 'score':
      return `${sign}${size}`;
    case 'wpm':
      return `${sign}${Math.round(size)}`;
    case 'semitones':
      return `${sign}${size.toFixed(1)} st`;
    case 'dbfs':
      return `${sign}${Math.round(size)} dB`;
    case 'percent':
      return `${sign}${Math.round(size * 100)} pts`;
    case 'movement':
      // Signed as written: a change that rounds to 0.00 has no direction.
      return size < 0.005 ? '±0.00/s' : `${sign}${size.toFixed(2)}/s`;
    default:
      return diff === 0 ? '±0 s' : `${sign}${formatSpan(size)}`;
  }
}

/** An offset in seconds to a tenth: "+0.3 s", "−1.0 s", "0.0 s". */
export function formatOffset(ms: number): string {
  const tenths = Math.round(ms / 100);
  if (tenths === 0) return '0.0 s';
  return `${tenths > 0 ? '+' : '−'}${(Math.abs(tenths) / 10).toFixed(1)} s`;
}
