import { describe, expect, it } from 'vitest';
import { keptText, recoveryCauseText, sharedCause } from '../../src/renderer/lib/recovery';

describe('recovered-recording notices', () => {
  it('say which thing closed, not that Retake closed when only its tab did', () => {
    expect(recoveryCauseText('window-closed')).toMatch(/window or tab you were recording in closed/);
    expect(recoveryCauseText('window-closed')).not.toMatch(/Retake stopped/);
    expect(recoveryCauseText('app-stopped')).toMatch(/^Retake stopped/);
    expect(recoveryCauseText(null)).toMatch(/interrupted/);
  });

  it('say how much was kept and bound what was lost', () => {
    expect(keptText({ durationMs: 42_800 })).toBe('Kept the first 0:42; at most the last second or two is missing.');
    expect(keptText({ durationMs: null })).toMatch(/at most the last second or two/);
  });

  it('name one cause for a banner only when every recovery shares it', () => {
    expect(sharedCause([{ recoveryCause: 'window-closed' }, { recoveryCause: 'window-closed' }])).toBe('window-closed');
    expect(sharedCause([{ recoveryCause: 'window-closed' }, { recoveryCause: 'app-stopped' }])).toBeNull();
  });
});
