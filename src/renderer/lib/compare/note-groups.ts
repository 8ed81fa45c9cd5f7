import { STAR_LABELS, STAR_SECTIONS, type Note, type SectionMark, type StarSection } from '../../../shared/review';
import { sortNotes } from '../review/note-list';

/**
 * Notes grouped by STAR section, so what was said about one part of the answer before can be
 * read next to the same part after. A note belongs to the section whose mark comes at or before
 * its start; notes before every mark are the lead-in, and a side with no marks at all has only
 * unmarked notes.
 */

export type NoteGroupKey = 'lead-in' | StarSection | 'unmarked';

export const NOTE_GROUP_ORDER: readonly NoteGroupKey[] = ['lead-in', ...STAR_SECTIONS, 'unmarked'];

export const NOTE_GROUP_LABELS: Record<NoteGroupKey, string> = {
  'lead-in': 'Before the first section',
  ...STAR_LABELS,
  unmarked: 'Unmarked (no STAR sections marked)',
};

/** The section a moment falls in: the latest mark at or before it (STAR order breaks ties). */
export function sectionAt(ms: number, marks: readonly SectionMark[]): StarSection | null {
  let found: SectionMark | null = null;
  for (const mark of marks) {
    if (mark.startMs > ms) continue;
    const later = !found || mark.startMs > found.startMs || (mark.startMs === found.startMs && STAR_SECTIONS.indexOf(mark.section) > STAR_SECTIONS.indexOf(found.section));
    if (later) found = mark;
  }
  return found?.section ?? null;
}

export function groupKeyOf(note: Pick<Note, 'startMs'>, marks: readonly SectionMark[]): NoteGroupKey {
  if (marks.length === 0) return 'unmarked';
  return sectionAt(note.startMs, marks) ?? 'lead-in';
}

export interface NoteRow {
  key: NoteGroupKey;
  label: string;
  before: Note[];
  after: Note[];
}

/** One row per group that has a note on either side, in answer order, each side in time order. */
export function pairNotesBySection(
  before: { notes: readonly Note[]; sections: readonly SectionMark[] },
  after: { notes: readonly Note[]; sections: readonly SectionMark[] },
): NoteRow[] {
  const split = (side: typeof before): Map<NoteGroupKey, Note[]> => {
    const groups = new Map<NoteGroupKey, Note[]>();
    for (const note of sortNotes(side.notes)) {
      const key = groupKeyOf(note, side.sections);
      groups.set(key, [...(groups.get(key) ?? []), note]);
    }
    return groups;
  };
  const b = split(before);
  const a = split(after);
  return NOTE_GROUP_ORDER.filter((key) => b.has(key) || a.has(key)).map((key) => ({
    key,
    label: NOTE_GROUP_LABELS[key],
    before: b.get(key) ?? [],
    after: a.get(key) ?? [],
  }));
}
