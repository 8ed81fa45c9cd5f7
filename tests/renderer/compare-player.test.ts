import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparePlayer } from '../../src/renderer/lib/compare/compare-player.svelte';
import { FakeMedia } from '../support/fake-clock-media';

afterEach(() => vi.useRealTimers());

describe('ComparePlayer', () => {
  it('publishes the clock as it plays, seeks, changes rate and sides, and stops on destroy', async () => {
    const media: [FakeMedia, FakeMedia] = [new FakeMedia(10), new FakeMedia(12)];
    const player = new ComparePlayer(media, [10_000, 12_000]);
    expect(player.snap).toMatchObject({ playing: false, startMs: 0 });

    player.toggle();
    expect(player.snap.playing).toBe(true);
    player.setRate(1.5);
    expect(player.snap.rate).toBe(1.5);
    player.hear(1);
    expect(player.snap.audible).toBe(1);
    player.nudge(1, 200);
    expect(player.snap.sides[1]!.offsetMs).toBe(200);
    player.resetOffsets();
    expect(player.snap.sides[1]!.offsetMs).toBe(0);

    player.seek(4000);
    await vi.waitFor(() => expect(media[0].currentTime).toBeCloseTo(4, 1));
    player.toEnd();
    expect(player.snap.sides.every((s) => s.targetMs >= 0)).toBe(true);

    const before = player.snap;
    player.destroy();
    expect(media.every((m) => m.paused)).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(player.snap).toBe(before); // no more frames
  });
});
