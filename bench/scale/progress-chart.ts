import type { Browser, CDPSession, Page } from '@playwright/test';
import { api } from '../../tests/e2e/support/api';
import { startWebHost } from '../../tests/e2e/support/web-host';

const REPEATS = 7;

export interface ScriptTimes {
  label: string;
  /** Main-thread script CPU time per interaction (CDP ScriptDuration in thread time), median and worst of REPEATS. */
  medianMs: number;
  maxMs: number;
  /** Style and layout on the same thread (not script, but in the same frame), median. */
  layoutMs: number;
}

/** Thread time spent so far in script, and in style and layout, in ms. */
const spent = async (cdp: CDPSession): Promise<{ script: number; layout: number }> => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: ms('ScriptDuration'), layout: ms('LayoutDuration') + ms('RecalcStyleDuration') };
};

/** Two frames: whatever the interaction set off has rendered. Code as text: no bundler helpers in the page. */
const settle = (page: Page): Promise<unknown> => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');

/**
 * The progress screen of one question with many attempts, in Chromium: the script CPU time each
 * interaction costs on the page's main thread, against a click that does nothing (the
 * driver's own share). The aim is one frame: under 16 ms of script per interaction.
 */
export async function progressChartScript(browser: Browser, dataDir: string, promptId: number): Promise<ScriptTimes[]> {
  const host = await startWebHost(dataDir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const cdp = await page.context().newCDPSession(page);
    // Thread time, not wall time: on a machine shared with other work the figure is what the page's own script cost.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(host.url);
    await page.getByTestId('library').waitFor();
    const points = await api(host, 'getProgress', { promptId });
    const ids = points.filter((p) => p.attempt.status === 'ready').map((p) => p.attempt.id);
    const times = new Map<string, Array<{ script: number; layout: number }>>();
    const measure = async (label: string, interact: () => Promise<unknown>): Promise<void> => {
      await settle(page);
      const before = await spent(cdp);
      await interact();
      await settle(page);
      const after = await spent(cdp);
      times.set(label, [...(times.get(label) ?? []), { script: after.script - before.script, layout: after.layout - before.layout }]);
    };
    for (let i = 0; i < REPEATS; i++) {
      await measure('open the screen (fetch, first draw of 4 charts and the table)', async () => {
        await page.evaluate(`location.hash = '#/progress/${promptId}'`);
        await page.getByTestId('chart-length').waitFor();
        await page.getByTestId(`progress-row-${ids.at(-1)}`).waitFor();
      });
      await measure('a click that does nothing (baseline: the driver)', () => page.getByTestId('progress-title').click());
      await measure('tick an attempt to compare', () => page.getByTestId(`choose-${ids[i]}`).check());
      await measure('tick a second attempt', () => page.getByTestId(`choose-${ids[i + 50]}`).check());
      await measure('resize the window (charts laid out again)', () => page.setViewportSize({ width: i % 2 === 0 ? 1000 : 1280, height: 900 }));
      await measure('an attempt is updated (refetch, redraw)', async () => {
        const fetched = page.waitForResponse((r) => r.url().includes('/api/getProgress'));
        await api(host, 'acknowledgeRecovery', { attemptId: ids[i]! });
        await fetched;
      });
      await page.evaluate(`location.hash = '#/'`);
      await page.getByTestId('library').waitFor();
    }
    const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return [...times].map(([label, list]) => {
      const script = list.map((t) => t.script);
      return { label, medianMs: median(script), maxMs: Math.max(...script), layoutMs: median(list.map((t) => t.layout)) };
    });
  } finally {
    await page.close();
    await host.stop();
  }
}
