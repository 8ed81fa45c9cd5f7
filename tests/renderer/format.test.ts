import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatRelative, formatSeconds, plural } from '../../src/renderer/lib/format';

describe('renderer formatting', () => {
  it('formats clocks', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(7.9)).toBe('0:07');
    expect(formatClock(120)).toBe('2:00');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(-12)).toBe('-0:12');
  });

  it('formats durations the way media players do (floor) and unknown as a dash', () => {
    expect(formatDuration(16_999)).toBe('0:16');
    expect(formatDuration(null)).toBe('—');
  });

  it('formats setting lengths', () => {
    expect(formatSeconds(30)).toBe('30 s');
    expect(formatSeconds(120)).toBe('2 min');
    expect(formatSeconds(150)).toBe('2 min 30 s');
  });

  it('says when something happened in relative terms', () => {
    const now = new Date(2025, 2, 10, 15, 0, 0).getTime();
    expect(formatRelative(new Date(now - 10_000).toISOString(), now)).toBe('just now');
    expect(formatRelative(new Date(now - 5 * 60_000).toISOString(), now)).toMatch(/5 minutes ago/);
    expect(formatRelative(new Date(2025, 2, 9, 12).toISOString(), now)).toMatch(/yesterday/i);
    expect(formatRelative(new Date(2025, 2, 6, 12).toISOString(), now)).toMatch(/4 days ago/);
    expect(formatRelative('not a date', now)).toBe('not a date');
  });

  it('pluralises', () => {
    expect(plural(1, 'attempt')).toBe('1 attempt');
    expect(plural(3, 'story', 'stories')).toBe('3 stories');
  });
});
