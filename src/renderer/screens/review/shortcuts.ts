/** The review page's shortcuts, as the help popover lists them. The handlers live in ReviewScreen. */
export const REVIEW_SHORTCUTS: ReadonlyArray<{ group: string; items: ReadonlyArray<{ keys: string[]; what: string }> }> = [
  {
    group: 'Playback',
    items: [
      { keys: ['Space'], what: 'Play or pause' },
      { keys: ['K'], what: 'Play or pause' },
      { keys: ['J', 'L'], what: 'Back or forward 10 s' },
      { keys: ['←', '→'], what: 'Back or forward 5 s' },
      { keys: ['Shift ←', 'Shift →'], what: 'Back or forward 1 s' },
      { keys: ['Home', 'End'], what: 'Start or end' },
      { keys: ['<', '>'], what: 'Slower or faster (0.5×–2×)' },
    ],
  },
  {
    group: 'Notes',
    items: [
      { keys: ['N'], what: 'Add a note at the playhead' },
      { keys: ['Drag'], what: 'Across the waveform: note a stretch' },
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
