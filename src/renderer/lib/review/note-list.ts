import type { Note, NoteCategory } from '../../../shared/review';

/** The colour token of a category, for `--c` (tokens.css defines one per category, light and dark). */
export function categoryColour(category: NoteCategory): string {
  return `var(--cat-${category})`;
}

/** A point note counts as "under the playhead" for this long after its time. */
export const POINT_NOTE_SPAN_MS = 2000;

/** Time order, then creation order, so the list and the waveform read the same way. */
export function sortNotes(notes: readonly Note[]): Note[] {
  return notes.toSorted((a, b) => a.startMs - b.startMs || a.id - b.id);
}

export function upsertNote(notes: readonly Note[], note: Note): Note[] {
  return sortNotes([...notes.filter((n) => n.id !== note.id), note]);
}

/** The notes whose time covers `ms`: a range while inside it, a point for a moment after it. */
export function notesAt(notes: readonly Note[], ms: number): Set<number> {
  const active = new Set<number>();
  for (const note of notes) {
    const end = note.endMs ?? note.startMs + POINT_NOTE_SPAN_MS;
    if (ms >= note.startMs - 50 && ms < end) active.add(note.id);
  }
  return active;
}

/** The note to scroll to: the latest-starting one among those active. */
export function latestActive(notes: readonly Note[], active: ReadonlySet<number>): Note | null {
  let found: Note | null = null;
  for (const note of notes) if (active.has(note.id) && (!found || note.startMs >= found.startMs)) found = note;
  return found;
}

export type NoteFilter = 'all' | 'mine' | 'mentor';
export const NOTE_FILTERS: readonly { value: NoteFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Mine' },
  { value: 'mentor', label: 'From mentors' },
];

/** The notes a filter shows: the person's own, a mentor's imported ones, or all. */
export function filterNotes(notes: readonly Note[], filter: NoteFilter): Note[] {
  if (filter === 'all') return [...notes];
  return notes.filter((n) => (filter === 'mentor' ? n.mentor !== null : n.mentor === null));
}
