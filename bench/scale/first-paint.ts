import type { Browser } from '@playwright/test';
import { startWebHost } from '../../tests/e2e/support/web-host';

const RUNS = 7;

/**
 * Milliseconds from navigation start until the library shows its attempts (or says there
 * are none) and its question bank, median of several loads: the moment a person can act.
 * Recorded inside the page by a MutationObserver, so no round trip is counted.
 */
export async function libraryFirstPaint(browser: Browser, dataDir: string): Promise<number> {
  const host = await startWebHost(dataDir);
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      // No named functions in the page script: the bundler would wrap them in a helper the page lacks.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const attempts = document.querySelector('[data-testid="recent-attempts"], [data-testid="attempts-empty"]');
          if (!attempts || !document.querySelector('[data-testid^="competency-"]')) return;
          (window as unknown as { libraryShownAt: number }).libraryShownAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(host.url);
      await page.waitForFunction(() => (window as unknown as { libraryShownAt?: number }).libraryShownAt !== undefined);
      times.push(await page.evaluate(() => (window as unknown as { libraryShownAt: number }).libraryShownAt));
      await page.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  } finally {
    await host.stop();
  }
}
