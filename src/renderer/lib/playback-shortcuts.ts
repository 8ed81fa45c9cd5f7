import type { Shortcuts } from './keyboard';

/** One titled group of keys, as a shortcuts help popover lists them. */
export interface ShortcutGroup {
  group: string;
  items: ReadonlyArray<{ keys: string[]; what: string }>;
}

/** The playback keys review and compare share, so what is learnt on one page works on the other. */
export const PLAYBACK_KEYS: ShortcutGroup['items'] = [
  { keys: ['Space'], what: 'Play or pause' },
  { keys: ['K'], what: 'Play or pause' },
  { keys: ['J', 'L'], what: 'Back or forward 10 s' },
  { keys: ['←', '→'], what: 'Back or forward 5 s' },
  { keys: ['Shift ←', 'Shift →'], what: 'Back or forward 1 s' },
  { keys: ['Home', 'End'], what: 'Start or end' },
  { keys: ['<', '>'], what: 'Slower or faster (0.5×–2×)' },
];

export interface PlaybackActions {
  toggle(): void;
  skip(ms: number): void;
  toStart(): void;
  toEnd(): void;
  stepRate(direction: 1 | -1): void;
}

/** The handlers behind PLAYBACK_KEYS; seeking repeats while a key is held. */
export function playbackShortcuts(a: PlaybackActions): Shortcuts {
  const seek = (ms: number) => ({ run: () => a.skip(ms), repeat: true });
  return {
    Space: () => a.toggle(),
    k: () => a.toggle(),
    j: seek(-10_000),
    l: seek(10_000),
    ArrowLeft: seek(-5000),
    ArrowRight: seek(5000),
    'Shift+ArrowLeft': seek(-1000),
    'Shift+ArrowRight': seek(1000),
    Home: () => a.toStart(),
    End: () => a.toEnd(),
    '<': () => a.stepRate(-1),
    '>': () => a.stepRate(1),
  };
}
