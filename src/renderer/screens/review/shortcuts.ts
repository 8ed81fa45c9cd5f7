import { PLAYBACK_KEYS, type ShortcutGroup } from '../../lib/playback-shortcuts';

/** The review page's shortcuts, as the help popover lists them. The handlers live in ReviewScreen. */
export const REVIEW_SHORTCUTS: readonly ShortcutGroup[] = [
  { group: 'Playback', items: PLAYBACK_KEYS },
  {
    group: 'Notes',
    items: [
      { keys: ['N'], what: 'Add a note at the playhead' },
      { keys: ['Drag'], what: 'Across the waveform: note a stretch' },
      { keys: ['Shift N'], what: 'Start a stretch at the playhead; again to end it and note it (Esc drops it)' },
      { keys: ['1', '2', '3', '4'], what: 'In the editor: Strength, Content, Delivery, Body language' },
      { keys: ['Enter'], what: 'Save the note' },
      { keys: ['Esc'], what: 'Cancel' },
    ],
  },
  {
    group: 'STAR sections',
    items: [
      { keys: ['S', 'T', 'A', 'R'], what: 'Mark where Situation, Task, Action or Result begins' },
      { keys: ['←', '→'], what: 'On a focused marker: move it ½ s (Shift: 0.1 s)' },
    ],
  },
  { group: 'This page', items: [{ keys: ['?'], what: 'Show or hide these shortcuts' }] },
];
