import type { StarSection } from '../../../shared/review';
import type { KeyGroup } from '../../lib/shortcut-table';
import { playbackRows, type PlaybackActions } from '../../components/playback/playback-keys';

export interface ReviewActions extends PlaybackActions {
  noteHere(): void;
  rangeHere(): void;
  mark(section: StarSection): void;
  help(): void;
}

/** The review page's keys, bound and listed in its help from this one table. */
export function reviewKeys(a: ReviewActions): KeyGroup[] {
  return [
    { group: 'Playback', rows: playbackRows(a) },
    {
      group: 'Notes',
      rows: [
        { what: 'Add a note at the playhead', bind: { n: () => a.noteHere() } },
        { what: 'Across the waveform: note a stretch', shown: ['Drag'] },
        { what: 'Start a stretch at the playhead; again to end it and note it (Esc drops it)', bind: { 'Shift+n': () => a.rangeHere() } },
        { what: 'In the editor: Strength, Content, Delivery, Body language', shown: ['1', '2', '3', '4'] },
        { what: 'Save the note', shown: ['Enter'] },
        { what: 'Cancel', shown: ['Esc'] },
      ],
    },
    {
      group: 'STAR sections',
      rows: [
        {
          what: 'Mark where Situation, Task, Action or Result begins',
          bind: { s: () => a.mark('situation'), t: () => a.mark('task'), a: () => a.mark('action'), r: () => a.mark('result') },
        },
        { what: 'On a focused marker: move it ½ s (Shift: 0.1 s)', shown: ['←', '→'] },
      ],
    },
    { group: 'This page', rows: [{ what: 'Show or hide these shortcuts', bind: { '?': () => a.help() } }] },
  ];
}
