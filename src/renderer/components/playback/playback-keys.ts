import type { KeyRow } from '../../lib/shortcut-table';

export interface PlaybackActions {
  toggle(): void;
  skip(ms: number): void;
  toStart(): void;
  toEnd(): void;
  stepRate(direction: 1 | -1): void;
}

/** The playback keys review and compare share, so what is learnt on one page works on the other. Seeking repeats while a key is held. */
export function playbackRows(a: PlaybackActions): KeyRow[] {
  const seek = (ms: number) => ({ run: () => a.skip(ms), repeat: true });
  return [
    { what: 'Play or pause', bind: { Space: () => a.toggle() } },
    { what: 'Play or pause', bind: { k: () => a.toggle() } },
    { what: 'Back or forward 10 s', bind: { j: seek(-10_000), l: seek(10_000) } },
    { what: 'Back or forward 5 s', bind: { ArrowLeft: seek(-5000), ArrowRight: seek(5000) } },
    { what: 'Back or forward 1 s', bind: { 'Shift+ArrowLeft': seek(-1000), 'Shift+ArrowRight': seek(1000) } },
    { what: 'Start or end', bind: { Home: () => a.toStart(), End: () => a.toEnd() } },
    { what: 'Slower or faster (0.5×–2×)', bind: { '<': () => a.stepRate(-1), '>': () => a.stepRate(1) } },
  ];
}
