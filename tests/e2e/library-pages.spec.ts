import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';

/**
 * Finished attempts written into the host's database through a second connection (the
 * recorder would take seconds each). Newest is the last; every fifth failed.
 */
function seedAttempts(dataDir: string, count: number): { promptIds: number[] } {
  const db = new Sqlite(join(dataDir, 'retake.db'));
  try {
    const promptIds = db.prepare<[], number>('SELECT id FROM prompts ORDER BY id LIMIT 2').pluck().all();
    const insert = db.prepare(
      `INSERT INTO attempts (prompt_id, mode, status, failure_reason, started_at, duration_ms, target_seconds, size_bytes)
       VALUES (?, 'audio', ?, ?, ?, 3000, 120, 1000)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const failed = i % 5 === 4;
        insert.run(promptIds[i % 2], failed ? 'failed' : 'ready', failed ? 'The recording could not be read.' : null, new Date(Date.UTC(2025, 0, 1, 9) + i * 3_600_000).toISOString());
      }
    })();
    return { promptIds };
  } finally {
    db.close();
  }
}

const cards = (page: import('@playwright/test').Page) => page.getByTestId('recent-attempts').locator(':scope > li > [data-testid^="attempt-"]');

test('the library reaches every attempt, a page at a time, filtered by question and status', async ({ page, dataDir }) => {
  seedAttempts(dataDir, 30);
  await page.reload();
  await expect(cards(page)).toHaveCount(12);
  await expect(page.getByTestId('attempts-page')).toHaveText('Page 1');
  await expect(page.getByTestId('attempts-newer')).toBeDisabled();
  await snap(page, 'library-pages-01-first');

  // Older pages, then back: nothing repeats, nothing is left out.
  const seen: string[] = [];
  seen.push(...(await cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))));
  await page.getByTestId('attempts-older').click();
  await expect(page.getByTestId('attempts-page')).toHaveText('Page 2');
  seen.push(...(await cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))));
  await page.getByTestId('attempts-older').click();
  await expect(page.getByTestId('attempts-page')).toHaveText('Page 3');
  await expect(cards(page)).toHaveCount(6);
  await expect(page.getByTestId('attempts-older')).toBeDisabled();
  seen.push(...(await cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))));
  expect(new Set(seen).size).toBe(30);
  await page.getByTestId('attempts-newer').click();
  await expect(page.getByTestId('attempts-page')).toHaveText('Page 2');

  // A filter starts again from the newest.
  await page.getByTestId('attempt-filter-status').selectOption('failed');
  await expect(page.getByTestId('attempt-pager')).toHaveCount(0);
  await expect(cards(page)).toHaveCount(6);
  await expect(page.getByTestId('recent-attempts').getByTestId('status-badge')).toHaveText(Array(6).fill('Failed'));
  await snap(page, 'library-pages-02-failed');
  const question = page.getByTestId('attempt-filter-question');
  const [second] = await question.locator('option').evaluateAll((options) => options.slice(2).map((o) => (o as HTMLOptionElement).value));
  await question.selectOption(second!);
  await expect(cards(page)).toHaveCount(3);
  await page.getByTestId('attempt-filter-status').selectOption('ready');
  await expect(cards(page)).toHaveCount(12); // 15 attempts at that question, 3 of them failed: one full page
  await expect(page.getByTestId('attempt-pager')).toHaveCount(0);
  await expectAccessible(page, 'library (paged, filtered)');
});
