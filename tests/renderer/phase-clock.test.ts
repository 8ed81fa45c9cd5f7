import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhaseClock } from '../../src/renderer/lib/phase-clock.svelte';

afterEach(() => {
  vi.useRealTimers();
});

describe('PhaseClock', () => {
  it('ticks ten times a second once started, counts down whole seconds, and stops for good', () => {
    vi.useFakeTimers();
    let ticks = 0;
    const clock = new PhaseClock(() => ticks++);
    const started = clock.start();
    const deadline = started + 3000;
    expect(clock.secondsUntil(deadline)).toBe(3);
    vi.advanceTimersByTime(1000);
    expect(ticks).toBe(10);
    expect(clock.now - started).toBe(1000);
    expect(clock.secondsUntil(deadline)).toBe(2);
    vi.advanceTimersByTime(2500);
    expect(clock.secondsUntil(deadline)).toBe(0);
    clock.stop();
    vi.advanceTimersByTime(1000);
    expect(ticks).toBe(35);
  });

  it('restarting replaces the running timer instead of adding a second one', () => {
    vi.useFakeTimers();
    let ticks = 0;
    const clock = new PhaseClock(() => ticks++);
    clock.start();
    clock.start();
    vi.advanceTimersByTime(500);
    expect(ticks).toBe(5);
    clock.stop();
  });

  it('mark reads the time without ticking', () => {
    vi.useFakeTimers();
    let ticks = 0;
    const clock = new PhaseClock(() => ticks++);
    vi.advanceTimersByTime(700);
    expect(clock.mark()).toBe(performance.now());
    vi.advanceTimersByTime(700);
    expect(ticks).toBe(0);
  });
});
