import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { SAVE_LAG, SaveLag } from '../../src/renderer/lib/media/save-lag';
import SaveLagNotice from '../../src/renderer/components/practice/SaveLagNotice.svelte';

afterEach(cleanup);

describe('SaveLag', () => {
  it('falls behind above the threshold, catches up below the lower one, then settles', () => {
    const lag = new SaveLag();
    // One slice unsaved is normal.
    expect(lag.update(1_000, 0)).toBe('keeping-up');
    expect(lag.update(SAVE_LAG.behindMs + 1, 100)).toBe('behind');
    // Between the two thresholds it stays behind rather than flicker.
    expect(lag.update(SAVE_LAG.recoveredMs + 200, 200)).toBe('behind');
    expect(lag.update(SAVE_LAG.recoveredMs - 1, 300)).toBe('caught-up');
    expect(lag.update(500, 300 + SAVE_LAG.caughtUpShowMs - 1)).toBe('caught-up');
    expect(lag.update(500, 300 + SAVE_LAG.caughtUpShowMs)).toBe('keeping-up');
  });

  it('falls behind again from caught-up without waiting', () => {
    const lag = new SaveLag();
    lag.update(5_000, 0);
    lag.update(0, 10);
    expect(lag.update(SAVE_LAG.behindMs + 1, 20)).toBe('behind');
  });
});

describe('SaveLagNotice', () => {
  it('is an empty live region while saving keeps up', () => {
    render(SaveLagNotice, { state: 'keeping-up', unsavedMs: 900 });
    const region = screen.getByRole('status');
    expect(region.textContent?.trim()).toBe('');
  });

  it('says saving is falling behind and how much is unsaved, keeping the count out of announcements', () => {
    render(SaveLagNotice, { state: 'behind', unsavedMs: 4_300 });
    const region = screen.getByRole('status');
    expect(region.textContent).toContain('Saving is falling behind');
    const count = screen.getByTestId('save-lag-seconds');
    expect(count.textContent).toBe('Not saved yet: the last 4 s');
    expect(count.getAttribute('aria-live')).toBe('off');
  });

  it('says when it has caught up', () => {
    render(SaveLagNotice, { state: 'caught-up', unsavedMs: 300 });
    expect(screen.getByRole('status').textContent).toContain('Caught up');
  });
});
