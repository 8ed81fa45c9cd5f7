import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/shared/review';
import { shortcutName } from '../../src/renderer/lib/keyboard';
import { latestActive, notesAt, sortNotes } from '../../src/renderer/lib/review/note-list';
import { longestPauses, reducePeaks, rulerIntervals } from '../../src/renderer/lib/review/waveform-scale';
import { formatAim, missingHint, summariseSections } from '../../src/renderer/lib/review/section-labels';
import { parseSnippet } from '../../src/renderer/lib/review/snippet';
import { formatNoteTime, formatPrecise, formatSpan } from '../../src/renderer/lib/review/time';

const note = (id: number, startMs: number, endMs: number | null = null): Note => ({
  id,
  attemptId: 1,
  startMs,
  endMs,
  category: 'strength',
  text: `note ${id}`,
  createdAt: '2025-01-01T00:00:00Z',
  mentor: null,
});

describe('STAR section summary', () => {
  it('runs each section from its mark to the next mark in time order, or the end', () => {
    const s = summariseSections(
      [
        { section: 'result', startMs: 80_000 },
        { section: 'situation', startMs: 5_000 },
        { section: 'action', startMs: 30_000 },
        { section: 'task', startMs: 20_000 },
      ],
      100_000,
    );
    expect(s.stats.map((x) => [x.section, x.lengthMs])).toEqual([
      ['situation', 15_000],
      ['task', 10_000],
      ['action', 50_000],
      ['result', 20_000],
    ]);
    expect(s.stats.map((x) => x.band)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(s.leadInMs).toBe(5_000);
    expect(s.missing).toEqual([]);
    expect(s.outOfOrder).toBe(false);
    expect(s.totalBand).toBe('ok');
  });

  it('points out missing sections instead of guessing them, and notices the order', () => {
    const s = summariseSections(
      [
        { section: 'action', startMs: 1_000 },
        { section: 'situation', startMs: 60_000 },
      ],
      110_000,
    );
    expect(s.missing).toEqual(['task', 'result']);
    expect(s.outOfOrder).toBe(true);
    expect(s.stats[0]).toMatchObject({ section: 'action', lengthMs: 59_000 });
    expect(s.stats[1]).toMatchObject({ section: 'situation', lengthMs: 50_000, band: 'long' });
    expect(s.totalBand).toBe('ok');
    expect(missingHint('result')).toBe('No Result marked yet — press R where your result begins');
    expect(formatAim({ min: 0.4, max: 0.6 })).toBe('40–60%');
  });

  it('clamps marks past the end and handles an empty answer', () => {
    expect(summariseSections([{ section: 'task', startMs: 9_000 }], 5_000).stats[0]).toMatchObject({ startMs: 5_000, lengthMs: 0 });
    expect(summariseSections([], 0)).toMatchObject({ stats: [], leadInMs: 0, totalMs: 0 });
  });
});

describe('notes under the playhead', () => {
  const notes = sortNotes([note(3, 9_000, 12_000), note(1, 2_000), note(2, 2_000)]);

  it('sorts by time, then by id', () => {
    expect(notes.map((n) => n.id)).toEqual([1, 2, 3]);
  });

  it('treats a point as active for a moment after it and a range while inside it', () => {
    expect([...notesAt(notes, 1_900)]).toEqual([]);
    expect([...notesAt(notes, 2_500)]).toEqual([1, 2]);
    expect([...notesAt(notes, 4_500)]).toEqual([]);
    expect([...notesAt(notes, 11_999)]).toEqual([3]);
    expect([...notesAt(notes, 12_000)]).toEqual([]);
    expect(latestActive(notes, new Set([1, 3]))?.id).toBe(3);
  });
});

describe('search snippets', () => {
  it('splits marked and plain text without treating anything as HTML', () => {
    expect(parseSnippet('the [[release]] and [[<b>x</b>]] end')).toEqual([
      { text: 'the ', mark: false },
      { text: 'release', mark: true },
      { text: ' and ', mark: false },
      { text: '<b>x</b>', mark: true },
      { text: ' end', mark: false },
    ]);
    expect(parseSnippet('no hits')).toEqual([{ text: 'no hits', mark: false }]);
    expect(parseSnippet('open [[only')).toEqual([{ text: 'open [[only', mark: false }]);
    expect(parseSnippet('')).toEqual([]);
  });
});

describe('waveform helpers', () => {
  it('reduces peaks by keeping the loudest of each group', () => {
    expect(reducePeaks([0.1, 0.9, 0.2, 0.3, 0.5, 0.4], 3)).toEqual([0.9, 0.3, 0.5]);
    expect(reducePeaks([0.1, 0.2], 10)).toEqual([0.1, 0.2]);
    const long = Array.from({ length: 180_000 }, (_, i) => (i === 123_456 ? 1 : 0.1));
    const reduced = reducePeaks(long, 6000);
    expect(reduced).toHaveLength(6000);
    expect(Math.max(...reduced)).toBe(1);
  });

  it('keeps the longest pauses, in time order', () => {
    const pauses = [
      { startMs: 0, endMs: 600 },
      { startMs: 1000, endMs: 4000 },
      { startMs: 5000, endMs: 5700 },
      { startMs: 8000, endMs: 10_000 },
    ];
    expect(longestPauses(pauses, 2)).toEqual([pauses[1], pauses[3]]);
  });

  it('spaces the ruler so labels never crowd', () => {
    expect(rulerIntervals(9, 1150)).toEqual({ tick: 0.5, label: 1 });
    expect(rulerIntervals(4, 1150)).toEqual({ tick: 0.5, label: 1 });
    expect(rulerIntervals(120, 1150)).toEqual({ tick: 2, label: 10 });
    expect(rulerIntervals(3600, 1150)).toEqual({ tick: 60, label: 300 });
  });
});

describe('review formatting and shortcut names', () => {
  it('formats times', () => {
    expect(formatPrecise(12_345)).toBe('0:12.3');
    expect(formatSpan(850)).toBe('0.9 s');
    expect(formatSpan(14_400)).toBe('14.4 s');
    expect(formatSpan(59_960)).toBe('1:00.0');
    expect(formatSpan(65_240)).toBe('1:05.2');
    expect(formatNoteTime(4_000, 6_500)).toBe('0:04–0:06');
  });

  it('names key presses the way shortcuts are written', () => {
    const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
      shortcutName({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(key(' ')).toBe('Space');
    expect(key('N', { shiftKey: true })).toBe('n');
    expect(key('?', { shiftKey: true })).toBe('?');
    expect(key('ArrowLeft', { shiftKey: true })).toBe('Shift+ArrowLeft');
    expect(key('k', { metaKey: true })).toBe('Mod+k');
    expect(key('K', { ctrlKey: true, shiftKey: true })).toBe('Mod+k');
  });
});
