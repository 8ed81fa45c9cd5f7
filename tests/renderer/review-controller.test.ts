import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { Attempt } from '../../src/shared/attempts';
import { bindShortcuts } from '../../src/renderer/lib/keyboard';
import { helpOf } from '../../src/renderer/lib/shortcut-table';
import type { Route } from '../../src/renderer/lib/router';
import { Toasts } from '../../src/renderer/lib/toasts.svelte';
import { ReviewController, type Playhead } from '../../src/renderer/screens/review/review-controller.svelte';
import { inProcessBridge } from '../support/in-process-bridge';
import { readyAttempt, shortRecording } from '../support/review';
import { makeTempDir, openTestRetake, type TestRetake } from '../support/services';

/** The waveform's part as a clock the test moves by hand. */
class HandPlayhead implements Playhead {
  at = 0;
  playing = false;
  rate = 1;
  seek(ms: number): void {
    this.at = ms;
  }
  skip(ms: number): void {
    this.at += ms;
  }
  setRate(rate: number): void {
    this.rate = rate;
  }
  togglePlay(): void {
    this.playing = !this.playing;
  }
  play(): void {
    this.playing = true;
  }
  pause(): void {
    this.playing = false;
  }
  isPlaying(): boolean {
    return this.playing;
  }
  currentMs(): number {
    return this.at;
  }
}

let chunks: Uint8Array<ArrayBuffer>[];
let t: TestRetake;
let bridge: RetakeBridge;
let attempt: Attempt;
let playhead: HandPlayhead;
let notify: Toasts;
let routes: Route[];
let helpToggles: number;
let stops: (() => void)[];

beforeAll(async () => {
  chunks = await shortRecording(makeTempDir());
});
beforeEach(async () => {
  t = openTestRetake();
  bridge = inProcessBridge(t.services);
  attempt = await readyAttempt(t, chunks);
  playhead = new HandPlayhead();
  notify = new Toasts();
  routes = [];
  helpToggles = 0;
  stops = [];
});
afterEach(() => {
  for (const stop of stops) stop();
  t.dispose();
});

async function open(atMs: number | null = null): Promise<ReviewController> {
  const ctl = new ReviewController(
    { bridge, notify, navigate: (route) => routes.push(route) },
    { playhead, toggleHelp: () => helpToggles++, showEditor: async () => {} },
    attempt.id,
    atMs,
  );
  stops.push(ctl.start());
  await expect.poll(() => ctl.review !== null && ctl.peaks !== null).toBe(true);
  return ctl;
}

const press = (key: string, shiftKey = false) => window.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, cancelable: true }));

describe('ReviewController', () => {
  it('loads the attempt, its review and waveform, and starts where the search hit points', async () => {
    const ctl = await open(1200);
    expect(ctl.attempt?.id).toBe(attempt.id);
    expect(ctl.playable).toBe(true);
    expect(ctl.durationMs).toBe(ctl.peaks!.durationMs);
    ctl.ready();
    expect(playhead.at).toBe(1200);
    expect(ctl.currentMs).toBe(1200);
  });

  it('says when the attempt cannot be opened', async () => {
    const ctl = new ReviewController(
      { bridge, notify, navigate: (route) => routes.push(route) },
      { playhead, toggleHelp: () => {}, showEditor: async () => {} },
      attempt.id + 999,
    );
    await ctl.load();
    expect(ctl.attempt).toBeNull();
    expect(ctl.loadError).not.toBeNull();
    expect(ctl.sessionExpired).toBe(false);
  });

  it('pauses for a note at the playhead and plays on once it is saved', async () => {
    const ctl = await open();
    playhead.at = 800;
    playhead.playing = true;
    ctl.noteHere();
    expect(ctl.draft).toEqual({ startMs: 800, endMs: null });
    expect(playhead.playing).toBe(false);

    await ctl.createNote({ category: 'delivery', text: 'breathe' });
    expect(ctl.draft).toBeNull();
    expect(playhead.playing).toBe(true);
    expect(ctl.draftCategory).toBe('delivery');
    expect(ctl.review!.notes.map((n) => [n.startMs, n.text])).toEqual([[800, 'breathe']]);
  });

  it('stays paused when the note is cancelled', async () => {
    const ctl = await open();
    playhead.playing = true;
    ctl.noteHere();
    ctl.closeDraft(false);
    expect(playhead.playing).toBe(false);
  });

  it('makes a stretch from two Shift+N presses, earlier end first, and Esc drops a pending one', async () => {
    const ctl = await open();
    stops.push(bindShortcuts(ctl.shortcuts));
    playhead.at = 2000;
    press('N', true);
    expect(ctl.rangeFromMs).toBe(2000);
    expect(ctl.draft).toBeNull();
    playhead.at = 500;
    ctl.currentMs = 500;
    expect(ctl.waveDraft).toEqual({ startMs: 500, endMs: 2000 });
    press('N', true);
    expect(ctl.rangeFromMs).toBeNull();
    expect(ctl.draft).toEqual({ startMs: 500, endMs: 2000 });

    ctl.closeDraft(false);
    ctl.rangeHere();
    expect(Object.keys(ctl.shortcuts)).toContain('Escape');
    ctl.dropRange();
    expect(ctl.rangeFromMs).toBeNull();
    expect(Object.keys(ctl.shortcuts)).not.toContain('Escape');
  });

  it('binds N to a point note and leaves Esc alone while nothing is pending', async () => {
    const ctl = await open();
    stops.push(bindShortcuts(ctl.shortcuts));
    playhead.at = 300;
    press('n');
    expect(ctl.draft).toEqual({ startMs: 300, endMs: null });
    expect(press('Escape')).toBe(true);
  });

  it('marks a STAR section at the playhead and says so in the transport bar', async () => {
    const ctl = await open();
    playhead.at = 1500;
    ctl.markSection('action');
    expect(ctl.status).toBe('Action begins at 0:01');
    await expect.poll(() => ctl.review!.sections).toEqual([{ section: 'action', startMs: 1500 }]);
    expect(ctl.marked.has('action')).toBe(true);
  });

  it('steps the speed within the offered rates', async () => {
    const ctl = await open();
    ctl.stepRate(1);
    expect(ctl.rate).toBe(1.25);
    expect(playhead.rate).toBe(1.25);
    expect(ctl.status).toBe('Speed 1.25×');
    for (let i = 0; i < 8; i++) ctl.stepRate(-1);
    expect(ctl.rate).toBe(0.5);
  });

  it('lists in its help every key it binds', async () => {
    const ctl = await open();
    const shown = helpOf(ctl.keys).flatMap((g) => g.items.flatMap((i) => i.keys));
    expect(shown).toEqual(expect.arrayContaining(['Space', 'K', 'J', 'L', '←', '→', 'Shift ←', 'Home', 'End', '<', '>', 'N', 'Shift N', 'S', 'T', 'A', 'R', '?']));
    press('?');
    expect(helpToggles).toBe(0); // not bound yet
    stops.push(bindShortcuts(ctl.shortcuts));
    press('?');
    expect(helpToggles).toBe(1);
  });

  it('deletes the attempt and goes back to the library with a word that survives the change', async () => {
    const ctl = await open();
    await ctl.deleteAttempt();
    expect(routes).toEqual([{ name: 'library' }]);
    expect(notify.items.map((i) => [i.message, i.carry])).toEqual([['Recording deleted', true]]);
    await expect(bridge.getAttempt({ attemptId: attempt.id })).rejects.toThrow();
  });

  it('leaves for the library when another window deletes the attempt', async () => {
    const ctl = await open();
    await bridge.deleteAttempt({ attemptId: attempt.id });
    await expect.poll(() => routes).toEqual([{ name: 'library' }]);
    expect(notify.items.at(-1)?.message).toBe('This recording was deleted.');
    expect(ctl.deleting).toBe(false);
  });
});
