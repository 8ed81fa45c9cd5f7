import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const dir = resolve(import.meta.dirname, '../../../test-results/screenshots');

/**
 * Screenshots are kept as artefacts so a person can look at every screen the run visited.
 * Taken from the top: a full-page shot taken scrolled down draws the sticky bar mid-page.
 */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
