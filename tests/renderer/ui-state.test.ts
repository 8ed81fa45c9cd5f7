import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '../../src/shared/attempts';
import { PairPicker } from '../../src/renderer/lib/compare/pair-picker.svelte';
import { Now } from '../../src/renderer/lib/now.svelte';
import { Router } from '../../src/renderer/lib/router.svelte';
import { toasts, Toasts } from '../../src/renderer/lib/toasts.svelte';

afterEach(() => {
  vi.useRealTimers();
  window.location.hash = '';
});

describe('Toasts', () => {
  it('keeps the newest four, dismisses each after its time, and longer when it offers an action', () => {
    vi.useFakeTimers();
    const list = new Toasts();
    for (let i = 1; i <= 5; i++) list.show(`message ${i}`);
    expect(list.items.map((t) => t.message)).toEqual(['message 2', 'message 3', 'message 4', 'message 5']);
    const undo = list.show('Note deleted', { action: { label: 'Undo', run: () => {} } });
    list.error('It failed');
    vi.advanceTimersByTime(5000);
    expect(list.items.map((t) => t.message)).toEqual(['Note deleted', 'It failed']);
    vi.advanceTimersByTime(3000);
    expect(list.items.map((t) => t.id)).not.toContain(undo);
    list.dismiss(list.items[0]!.id);
    expect(list.items).toEqual([]);
  });
});

describe('Router', () => {
  it('follows the hash, navigates, and replaces the history entry when asked', async () => {
    const router = new Router(window);
    expect(router.route.name).toBe('library');
    router.navigate({ name: 'journal' });
    await vi.waitFor(() => expect(router.route.name).toBe('journal'));
    const entries = window.history.length;
    router.navigate({ name: 'attempt', attemptId: 7 }, { replace: true });
    expect(router.route).toMatchObject({ name: 'attempt', attemptId: 7 });
    expect(window.location.hash).toBe('#/attempt/7');
    expect(window.history.length).toBe(entries);
    window.location.hash = '#/nowhere';
    await vi.waitFor(() => expect(router.route.name).toBe('not-found'));
  });
});

describe('Now', () => {
  it('moves on every half minute', () => {
    vi.useFakeTimers();
    const now = new Now();
    const start = now.value;
    vi.advanceTimersByTime(30_000);
    expect(now.value - start).toBe(30_000);
  });
});

describe('PairPicker', () => {
  const attempt = (id: number, status: Attempt['status'] = 'ready') => ({ id, status }) as Attempt;

  it('picks at most two finished attempts, a third replacing the first, and refuses unfinished ones', () => {
    const picker = new PairPicker(toasts);
    picker.start();
    picker.toggle(attempt(1));
    picker.toggle(attempt(2));
    picker.toggle(attempt(3));
    expect(picker.ids).toEqual([2, 3]);
    picker.toggle(attempt(2));
    expect(picker.has(2)).toBe(false);
    picker.toggle(attempt(4, 'finalizing'));
    expect(picker.ids).toEqual([3]);
    expect(toasts.items.at(-1)?.message).toBe('Only finished recordings can be compared.');
    picker.cancel();
    expect([picker.active, picker.ids]).toEqual([false, []]);
  });
});
