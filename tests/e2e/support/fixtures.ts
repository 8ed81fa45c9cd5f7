import { test as base, type Browser, type Page } from '@playwright/test';
import { launchBrowser } from './browser';
import { speechFile } from './speech';
import { makeDataDir, startWebHost, type RunningHost } from './web-host';

export const ANSWER_ONE =
  'In my last role our release process kept slipping. I was asked to get it back on track. ' +
  'I mapped every step, automated the slow checks, and ran a short review each week. ' +
  'Within two months we shipped on time every sprint, and support tickets fell by a third.';

interface Fixtures {
  dataDir: string;
  host: RunningHost;
  browser: Browser;
  page: Page;
}

/** A fresh data folder, the real web host on it, and Chromium with a fake camera and a spoken answer. */
export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => use(makeDataDir()),
  host: async ({ dataDir }, use) => {
    const host = await startWebHost(dataDir);
    await use(host);
    await host.stop();
  },
  browser: async ({}, use) => {
    const browser = await launchBrowser(speechFile('answer-one', ANSWER_ONE));
    await use(browser);
    await browser.close();
  },
  page: async ({ browser, host }, use) => {
    // A context of its own, not browser.newPage()'s: axe-core opens pages beside it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e));
    await page.goto(host.url);
    await use(page);
    await context.close();
  },
});

export { expect } from '@playwright/test';
