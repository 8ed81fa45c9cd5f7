import type { StarSection } from '../../../shared/review';
import type { Shortcuts } from '../../lib/keyboard';
import { PLAYBACK_KEYS, playbackShortcuts, type PlaybackActions, type ShortcutGroup } from '../../lib/playback-shortcuts';

/**
 * Compare's keys. Playback keys are the review page's; S/T/A/R (and 1–4) jump instead of
 * marking, because here both sides move to their own start of that section. M switches
 * which side you hear: it is not used on the review page, so nothing learnt there clashes.
 */
export const COMPARE_SHORTCUTS: readonly ShortcutGroup[] = [
  { group: 'Playback (both sides)', items: PLAYBACK_KEYS },
  {
    group: 'Side by side',
    items: [
      { keys: ['S', 'T', 'A', 'R'], what: 'Jump each side to its own Situation, Task, Action or Result' },
      { keys: ['1', '2', '3', '4'], what: 'The same jumps' },
      { keys: ['M'], what: 'Switch which side you hear' },
    ],
  },
  { group: 'This page', items: [{ keys: ['?'], what: 'Show or hide these shortcuts' }] },
];

export interface CompareActions extends PlaybackActions {
  jump(section: StarSection): void;
  switchSound(): void;
  help(): void;
}

/** The key table bound while the compare screen is open. */
export function compareShortcuts(a: CompareActions): Shortcuts {
  return {
    ...playbackShortcuts(a),
    s: () => a.jump('situation'),
    t: () => a.jump('task'),
    a: () => a.jump('action'),
    r: () => a.jump('result'),
    '1': () => a.jump('situation'),
    '2': () => a.jump('task'),
    '3': () => a.jump('action'),
    '4': () => a.jump('result'),
    m: () => a.switchSound(),
    '?': () => a.help(),
  };
}
