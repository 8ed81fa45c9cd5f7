import { describe, expect, it } from 'vitest';
import { correct, SYNC_TUNING, SyncClock } from '../../src/renderer/lib/compare/sync-clock';
import { FakeMedia } from '../support/fake-clock-media';

function rig(durationsS: [number, number], options: [ConstructorParameters<typeof FakeMedia>[1], ConstructorParameters<typeof FakeMedia>[1]] = [{}, {}]) {
  let now = 0;
  const media: [FakeMedia, FakeMedia] = [new FakeMedia(durationsS[0], options[0]), new FakeMedia(durationsS[1], options[1])];
  const clock = new SyncClock(media, [durationsS[0] * 1000, durationsS[1] * 1000], { now: () => now });
  /** Runs `ms` of frames, at 60 fps unless told; returns the drift (after offsets) seen at each frame. */
  const run = (ms: number, frameMs = 16): number[] => {
    const drifts: number[] = [];
    for (let t = 0; t < ms; t += frameMs) {
      now += frameMs;
      media[0].advance(frameMs);
      media[1].advance(frameMs);
      clock.tick();
      drifts.push(media[0].currentTime * 1000 - clock.offset(0) - (media[1].currentTime * 1000 - clock.offset(1)));
    }
    return drifts;
  };
  return { media, clock, run };
}

const worst = (values: number[]): number => Math.max(...values.map(Math.abs));

describe('the follower control law', () => {
  it('leaves tiny drift alone, nudges the rate against small drift, and seeks beyond the threshold', () => {
    expect(correct(3, 1)).toEqual({ kind: 'hold' });
    const ahead = correct(40, 1);
    expect(ahead.kind).toBe('nudge');
    expect(ahead.kind === 'nudge' && ahead.rate).toBeLessThan(1);
    const behind = correct(-40, 1.5);
    expect(behind.kind === 'nudge' && behind.rate).toBeGreaterThan(1.5);
    expect(correct(SYNC_TUNING.hardSeekMs + 1, 1)).toEqual({ kind: 'seek' });
  });

  it('sizes the nudge by the longest recent frame gap: at most half the drift closes before the next frame', () => {
    for (const gapMs of [16, 60, 200, 400]) {
      for (const drift of [-25, -10, 8, 25]) {
        const fix = correct(drift, 1, SYNC_TUNING, gapMs);
        expect(fix.kind).toBe('nudge');
        const closedMs = Math.abs((fix.kind === 'nudge' ? fix.rate : 1) - 1) * gapMs;
        expect(closedMs, `${drift} ms drift, ${gapMs} ms frames`).toBeLessThanOrEqual(Math.abs(drift) / 2 + SYNC_TUNING.nudgeStep * gapMs);
      }
    }
  });

  it('never nudges by more than the cap', () => {
    const fix = correct(-SYNC_TUNING.hardSeekMs, 1);
    expect(fix.kind === 'nudge' && fix.rate).toBeCloseTo(1 + SYNC_TUNING.maxNudge);
  });
});

describe('SyncClock', () => {
  it('keeps a fast, late-starting follower within one frame of the master', () => {
    const { clock, run, media } = rig([20, 20], [{ startLatencyMs: 30 }, { startLatencyMs: 150, speed: 1.03 }]);
    clock.play();
    run(1500); // settling after the late start
    const drifts = run(8000);
    expect(worst(drifts)).toBeLessThan(40);
    // The audible side leads and is never rate-nudged.
    expect(media[0].rates.every((r) => r === 1)).toBe(true);
    expect(media[1].rates.some((r) => r !== 1)).toBe(true);
  });

  it('closes a large gap by seeking, aiming ahead of the seek latency', () => {
    const { clock, run, media } = rig([20, 20], [{}, { seekLatencyMs: 120 }]);
    clock.play();
    run(500);
    media[1].currentTime = media[1].currentTime + 1.5; // as if the decoder skipped
    media[1].seeking = false;
    run(2500);
    expect(worst(run(3000))).toBeLessThan(40);
  });

  it('parks the shorter side at its end and keeps the other playing', () => {
    const { clock, run, media } = rig([6, 12]);
    clock.seek(8000);
    expect(clock.snapshot().sides[0].state).toBe('ended');
    expect(media[0].currentTime).toBe(6);
    clock.play();
    run(1000);
    const snap = clock.snapshot();
    expect(snap.playing).toBe(true);
    expect(snap.sides[0].state).toBe('ended');
    expect(media[0].paused).toBe(true);
    expect(snap.sides[1].state).toBe('playing');
    expect(media[1].currentTime).toBeGreaterThan(8.5);
  });

  it('plays past the shorter end without stopping, then stops when both are done', () => {
    const { clock, run, media } = rig([2, 3]);
    clock.play();
    run(2500);
    expect(clock.snapshot().sides[0].state).toBe('ended');
    expect(media[1].paused).toBe(false);
    run(1500);
    expect(clock.playing).toBe(false);
    expect(clock.snapshot().sides[1].state).toBe('ended');
    clock.play(); // from the top, as a player does
    expect(clock.timeMs).toBe(0);
  });

  it('lines each side up on its own moment; the offsets become the difference', () => {
    const { clock, media } = rig([30, 30]);
    clock.alignTo([4000, 9500]);
    expect(clock.offset(0)).toBe(0);
    expect(clock.offset(1)).toBe(5500);
    expect(media[0].currentTime).toBeCloseTo(4);
    expect(media[1].currentTime).toBeCloseTo(9.5);
    // A side with no moment stays where it is.
    clock.alignTo([null, 12_000]);
    expect(media[0].currentTime).toBeCloseTo(4);
    expect(media[1].currentTime).toBeCloseTo(12);
    expect(clock.offset(1)).toBe(0);
    expect(clock.offset(0)).toBe(-8000);
  });

  it('holds a side with a negative offset at its start until its time comes', () => {
    const { clock, run, media } = rig([10, 10]);
    clock.setOffset(1, -1000);
    clock.play();
    run(500);
    expect(clock.snapshot().sides[1].state).toBe('waiting');
    expect(media[1].currentTime).toBe(0);
    run(1500);
    expect(clock.snapshot().sides[1].state).toBe('playing');
    expect(worst(run(2000))).toBeLessThan(40);
  });

  it('follows the user when one side is moved from its own waveform', () => {
    const { clock, media } = rig([20, 20]);
    clock.nudge(1, 300);
    media[0].currentTime = 7; // a click on the Before waveform
    clock.mediaSeeking(0);
    expect(clock.timeMs).toBe(7000);
    expect(media[1].currentTime).toBeCloseTo(7.3);
    // Its own seeks are not mistaken for the user's.
    clock.seek(2000);
    clock.mediaSeeking(1);
    expect(clock.timeMs).toBe(2000);
  });

  it('mutes all but the side you listen to, and lets that side lead', () => {
    const { clock, media, run } = rig([20, 20], [{ speed: 1.02 }, {}]);
    expect([media[0].muted, media[1].muted]).toEqual([false, true]);
    clock.setAudible(1);
    expect([media[0].muted, media[1].muted]).toEqual([true, false]);
    clock.play();
    run(3000);
    expect(media[1].rates.every((r) => r === 1)).toBe(true);
    expect(worst(run(3000))).toBeLessThan(40);
  });

  it('moves only the nudged side, while playing, and keeps the pair together after', () => {
    const { clock, media, run } = rig([20, 20]);
    clock.play();
    run(1000);
    const heardSeeks = media[0].seeks;
    const at = media[1].currentTime;
    clock.nudge(1, 1000);
    expect(media[1].currentTime).toBeCloseTo(at + 1, 1);
    expect(media[0].seeks).toBe(heardSeeks);
    run(300);
    expect(media[0].seeks).toBe(heardSeeks);
    expect(worst(run(2000))).toBeLessThan(40);
  });

  it('applies the speed to both sides', () => {
    const { clock, media, run } = rig([20, 20]);
    clock.setRate(1.5);
    clock.play();
    run(1000);
    expect(media[0].currentTime).toBeGreaterThan(1.4);
    expect(worst(run(2000))).toBeLessThan(40);
  });
});

describe('SyncClock on a busy machine', () => {
  it('makes the side you hear wait while a stalled follower catches up, rather than nudge it back slowly', () => {
    const { clock, run, media } = rig([20, 20]);
    clock.play();
    run(1000);
    // The page gets no frame for 160 ms and the follower's decoder, starved too, stands still.
    media[1].stall(150);
    expect(worst(run(160, 160))).toBeGreaterThan(100);
    const after = run(600);
    expect(worst(after.slice(12))).toBeLessThan(10); // together again within 200 ms
    expect(after.filter((d) => Math.abs(d) > 40).length * 16).toBeLessThan(150);
    expect(media[0].heldMs).toBeGreaterThan(0); // it waited…
    expect(media[0].rates.every((r) => r === 1)).toBe(true); // …and its sound was never rate-nudged
  });

  it('holds the follower when the side you hear stalls, so neither runs ahead', () => {
    const { clock, run, media } = rig([20, 20]);
    clock.play();
    run(1000);
    media[0].stall(300);
    expect(worst(run(1000))).toBeLessThan(40);
    expect(media[0].currentTime).toBeGreaterThan(1.6);
  });

  it('lets the side you hear wait at most a tenth of the time when the follower keeps stalling', () => {
    const { clock, run, media } = rig([30, 30]);
    clock.play();
    run(1000);
    const from = media[0].currentTime;
    for (let i = 0; i < 25; i++) {
      media[1].stall(120); // a machine too busy to keep the follower going
      run(320);
    }
    expect(media[0].heldMs).toBeLessThan(0.1 * 8000 + SYNC_TUNING.audibleWaitBudgetMs);
    expect(media[0].currentTime - from).toBeGreaterThan(0.85 * 8);
  });
});
