import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/shared/attempts';
import type { Note, SectionMark } from '../../src/shared/review';
import { ceilTo, dotsPath, linePath, linearScale, meanScore, secondsStep, ticks } from '../../src/renderer/lib/compare/chart';
import { groupKeyOf, pairNotesBySection, sectionAt } from '../../src/renderer/lib/compare/note-groups';
import { earlierPair, firstAndLatest, orderPair, unplayableReason } from '../../src/renderer/lib/compare/pair';
import { attempt as made } from './fixtures/attempt';

const attempt = (id: number, day: number, status: Attempt['status'] = 'ready'): Attempt =>
  made(id, {
    promptText: 'Tell me about a time…',
    mode: 'video',
    status,
    failureReason: status === 'failed' ? 'The recording was empty.' : null,
    startedAt: `2025-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    durationMs: 60_000,
  });

const note = (id: number, startMs: number): Note => ({ id, attemptId: 1, startMs, endMs: null, category: 'content', text: `n${id}`, createdAt: '', mentor: null });

describe('choosing the pair', () => {
  it('pairs the first and the latest playable attempt, skipping unfinished ones', () => {
    const list = [attempt(5, 9), attempt(2, 1, 'failed'), attempt(3, 2, 'recovered'), attempt(6, 10, 'finalizing'), attempt(4, 5)];
    expect(firstAndLatest(list)).toEqual({ beforeId: 3, afterId: 5 });
    expect(firstAndLatest([attempt(1, 1), attempt(2, 2, 'recording')])).toBeNull();
  });

  it('orders two picked attempts as older Before and newer After', () => {
    expect(orderPair(attempt(9, 20), attempt(4, 3))).toEqual({ beforeId: 4, afterId: 9 });
  });

  it('from a review, pairs the attempt with the first playable one before it', () => {
    const others = [attempt(1, 1, 'failed'), attempt(2, 2), attempt(3, 3), attempt(7, 30)];
    expect(earlierPair(attempt(5, 10), others)).toEqual({ beforeId: 2, afterId: 5 });
    expect(earlierPair(attempt(2, 2), others)).toBeNull();
  });

  it('says why an attempt cannot be played', () => {
    expect(unplayableReason(attempt(1, 1))).toBeNull();
    expect(unplayableReason(attempt(1, 1, 'finalizing'))).toMatch(/prepared/);
    expect(unplayableReason(attempt(1, 1, 'failed'))).toMatch(/empty/);
  });
});

describe('notes by STAR section', () => {
  const marks: SectionMark[] = [
    { section: 'task', startMs: 10_000 },
    { section: 'situation', startMs: 2000 },
    { section: 'action', startMs: 20_000 },
  ];

  it('puts a note in the section whose mark is at or before its start', () => {
    expect(sectionAt(1999, marks)).toBeNull();
    expect(sectionAt(2000, marks)).toBe('situation');
    expect(sectionAt(15_000, marks)).toBe('task');
    expect(sectionAt(99_000, marks)).toBe('action');
    expect(groupKeyOf({ startMs: 500 }, marks)).toBe('lead-in');
    expect(groupKeyOf({ startMs: 500 }, [])).toBe('unmarked');
  });

  it('lines up the two sides by section, in answer order, only where there are notes', () => {
    const rows = pairNotesBySection(
      { notes: [note(2, 25_000), note(1, 3000), note(3, 500)], sections: marks },
      { notes: [note(9, 4000)], sections: [{ section: 'situation', startMs: 0 }] },
    );
    expect(rows.map((r) => r.key)).toEqual(['lead-in', 'situation', 'action']);
    expect(rows[1]!.before.map((n) => n.id)).toEqual([1]);
    expect(rows[1]!.after.map((n) => n.id)).toEqual([9]);
    expect(rows[2]!.after).toEqual([]);
  });
});

describe('progress chart arithmetic', () => {
  it('scales, steps and ticks', () => {
    const y = linearScale([0, 120], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(60)).toBe(100);
    expect(ceilTo(131, 30)).toBe(150);
    expect(ceilTo(0, 30)).toBe(30);
    expect(ticks(90, 30)).toEqual([0, 30, 60, 90]);
    expect(secondsStep(150)).toBe(30);
    expect(secondsStep(20)).toBe(5);
  });

  it('breaks the line where a value is missing', () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 10, y: 2 }, null, { x: 30, y: 4 }])).toBe('M0.0,1.0L10.0,2.0M30.0,4.0');
  });

  it('draws every dot of a line as one path, skipping the gaps', () => {
    expect(dotsPath([{ x: 10, y: 5 }, null, { x: 30, y: 8 }], 4)).toBe('M6.0,5.0a4,4 0 1,0 8,0a4,4 0 1,0 -8,0M26.0,8.0a4,4 0 1,0 8,0a4,4 0 1,0 -8,0');
    expect(dotsPath([null], 4)).toBe('');
  });

  it('averages only the ratings given', () => {
    expect(meanScore({ clarity: 4, impact: 2 })).toBe(3);
    expect(meanScore({})).toBeNull();
  });
});
