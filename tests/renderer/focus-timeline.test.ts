import { describe, expect, it } from 'vitest';
import { focusTimeline } from '../../src/renderer/lib/focus/timeline';
import { filterNotes } from '../../src/renderer/lib/review/note-list';
import type { Note } from '../../src/shared/review';

const at = (day: number, hour: number) => new Date(2026, 2, day, hour).toISOString();

describe('focus timeline', () => {
  it('counts openings (reopenings too) and closings per local day, with the points still open', () => {
    expect(
      focusTimeline([
        { focusPointId: 2, kind: 'opened', at: at(3, 15) },
        { focusPointId: 1, kind: 'opened', at: at(3, 9) },
        { focusPointId: 1, kind: 'closed', at: at(5, 10) },
        { focusPointId: 1, kind: 'reopened', at: at(6, 8) },
        { focusPointId: 2, kind: 'closed', at: at(6, 20) },
      ]),
    ).toEqual([
      { day: '2026-03-03', opened: 2, closed: 0, openAfter: 2 },
      { day: '2026-03-05', opened: 0, closed: 1, openAfter: 1 },
      { day: '2026-03-06', opened: 1, closed: 1, openAfter: 1 },
    ]);
    expect(focusTimeline([])).toEqual([]);
  });
});

describe('note filter', () => {
  const note = (id: number, mentor: string | null): Note => ({
    id,
    attemptId: 1,
    startMs: id * 100,
    endMs: null,
    category: 'content',
    text: `n${id}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    mentor,
  });
  const notes = [note(1, null), note(2, 'Dana'), note(3, null)];

  it('shows all, only mine, or only a mentor’s', () => {
    expect(filterNotes(notes, 'all').map((n) => n.id)).toEqual([1, 2, 3]);
    expect(filterNotes(notes, 'mine').map((n) => n.id)).toEqual([1, 3]);
    expect(filterNotes(notes, 'mentor').map((n) => n.id)).toEqual([2]);
  });
});
