import type { StarSection } from '../../../shared/review';
import type { KeyGroup } from '../../lib/shortcut-table';
import { playbackRows, type PlaybackActions } from '../../components/playback/playback-keys';

export interface CompareActions extends PlaybackActions {
  jump(section: StarSection): void;
  switchSound(): void;
  help(): void;
}

/**
 * Compare's keys, bound and listed in its help from this one table. Playback keys are the
 * review page's; S/T/A/R (and 1–4) jump instead of marking, because here both sides move to
 * their own start of that section. M switches which side you hear: it is not used on the
 * review page, so nothing learnt there clashes.
 */
export function compareKeys(a: CompareActions): KeyGroup[] {
  return [
    { group: 'Playback (both sides)', rows: playbackRows(a) },
    {
      group: 'Side by side',
      rows: [
        {
          what: 'Jump each side to its own Situation, Task, Action or Result',
          bind: { s: () => a.jump('situation'), t: () => a.jump('task'), a: () => a.jump('action'), r: () => a.jump('result') },
        },
        {
          what: 'The same jumps',
          bind: { '1': () => a.jump('situation'), '2': () => a.jump('task'), '3': () => a.jump('action'), '4': () => a.jump('result') },
        },
        { what: 'Switch which side you hear', bind: { m: () => a.switchSound() } },
      ],
    },
    { group: 'This page', rows: [{ what: 'Show or hide these shortcuts', bind: { '?': () => a.help() } }] },
  ];
}
