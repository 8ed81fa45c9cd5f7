import { api, waitFor } from './support/api';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';

test('saving falls behind while recording: the practice screen says so, then that it caught up', async ({ page, host }) => {
  // Main stops taking chunks for a while, as on a machine too busy to keep up.
  let release = (): void => undefined;
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/api/appendChunk', async (route) => {
    await held;
    await route.continue();
  });

  await page.getByTestId('practice-button').first().click();
  await page.getByTestId('skip-think').click();
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  const started = Date.now();

  const notice = page.getByTestId('save-lag');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('Saving is falling behind', { timeout: 10_000 });
  await expect(page.getByTestId('save-lag-seconds')).toContainText(/the last \d+ s/);
  await snap(page, 'save-lag-behind');
  await expectAccessible(page, 'practice, saving falls behind');

  release();
  await expect(notice).toContainText('Caught up', { timeout: 10_000 });
  await snap(page, 'save-lag-caught-up');
  await page.getByTestId('stop-recording').click();
  const recordedMs = Date.now() - started;

  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  const [attempt] = await waitFor(
    () => api(host, 'listAttempts', {}),
    (all) => all[0]?.status === 'ready',
  );
  // Everything held back while main was busy arrived in the end.
  expect(attempt!.durationMs!).toBeGreaterThanOrEqual(recordedMs - 1_000);
});
