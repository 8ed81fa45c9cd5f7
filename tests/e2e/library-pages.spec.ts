import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';
import { seedAttempts } from './support/seed';

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

test('a long history shows its latest attempts on the progress screen, and all of them when asked', async ({ page, host, dataDir }) => {
  const {
    promptIds: [promptId],
  } = seedAttempts(dataDir, 30, 1);
  await page.goto(`${host.url}#/progress/${promptId}`);
  const rows = page.getByTestId('progress-attempts').locator('tbody tr');
  await expect(rows).toHaveCount(20);
  await expect(rows.first().locator('td.n')).toHaveText('#11');
  await expect(page.getByTestId('attempts-extent')).toHaveText('The latest 20 of 30 attempts');
  await expect(page.getByTestId('chart-length-point')).toHaveCount(1);
  await snap(page, 'progress-long-01-latest');

  const toggle = page.getByRole('button', { name: 'Show all 30' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(30);
  await expect(rows.first().locator('td.n')).toHaveText('#1');
  await expect(page.getByTestId('attempts-show-all')).toBeFocused();
  await expect(page.getByTestId('attempts-show-all')).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'progress (long history, every row)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'progress-long-02-all-dark');
});
