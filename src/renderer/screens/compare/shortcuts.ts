import type { StarSection } from '../../../shared/review';
import type { Shortcuts } from '../../lib/keyboard';
import type { REVIEW_SHORTCUTS } from '../review/shortcuts';

/**
 * Compare's keys. Playback keys are the review page's; S/T/A/R (and 1–4) jump instead of
 * marking, because here both sides move to their own start of that section. M switches
 * which side you hear: it is not used on the review page, so nothing learnt there clashes.
 */
export const COMPARE_SHORTCUTS: typeof REVIEW_SHORTCUTS = [
  {
    group: 'Playback (both sides)',
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
    group: 'Side by side',
    items: [
      { keys: ['S', 'T', 'A', 'R'], what: 'Jump each side to its own Situation, Task, Action or Result' },
      { keys: ['1', '2', '3', '4'], what: 'The same jumps' },
      { keys: ['M'], what: 'Switch which side you hear' },
    ],
  },
  { group: 'This page', items: [{ keys: ['?'], what: 'Show or hide these shortcuts' }] },
];

export interface CompareActions {
  toggle(): void;
  skip(ms: number): void;
  toStart(): void;
  toEnd(): void;
  stepRate(direction: 1 | -1): void;
  jump(section: StarSection): void;
  switchSound(): void;
  help(): void;
}

/** The key table bound while the compare screen is open. */
export function compareShortcuts(a: CompareActions): Shortcuts {
  const seek = (ms: number) => ({ run: () => a.skip(ms), repeat: true });
  return {
    Space: a.toggle,
    k: a.toggle,
    j: seek(-10_000),
    l: seek(10_000),
    ArrowLeft: seek(-5000),
    ArrowRight: seek(5000),
    'Shift+ArrowLeft': seek(-1000),
    'Shift+ArrowRight': seek(1000),
    Home: a.toStart,
    End: a.toEnd,
    '<': () => a.stepRate(-1),
    '>': () => a.stepRate(1),
    s: () => a.jump('situation'),
    t: () => a.jump('task'),
    a: () => a.jump('action'),
    r: () => a.jump('result'),
    '1': () => a.jump('situation'),
    '2': () => a.jump('task'),
    '3': () => a.jump('action'),
    '4': () => a.jump('result'),
    m: a.switchSound,
    '?': a.help,
  };
}
