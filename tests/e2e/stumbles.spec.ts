import { api } from './support/api';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';
import { startWebHost } from './support/web-host';

test('a toast about one screen does not follow the user to the next', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
  await page.getByRole('button', { name: /New story|Write your first story/ }).first().click();
  await page.getByTestId('story-title-input').fill('Release turnaround');
  await page.getByTestId('story-situation-input').fill('Releases kept slipping.');
  await page.getByRole('button', { name: /^(Add|Save) story$/ }).click();
  await expect(page.getByTestId('toast')).toContainText('Story added.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await page.getByTestId('practice-button').first().click();
  await expect(page.getByTestId('think-countdown')).toBeVisible();
  // Counted at once, not awaited: the toast's own timer would hide it within seconds anyway.
  expect(await page.getByTestId('toast').count()).toBe(0);
  await snap(page, 'stumble-01-no-toast-on-practice');
});

test('an old tab after the web host restarts says so and reloads with the new address', async ({ page, host, dataDir }) => {
  await expect(page.getByTestId('library')).toBeVisible();
  await host.stop();
  const again = await startWebHost(dataDir);
  try {
    // As "View what was saved" on an old tab does: open a recording.
    await page.evaluate(() => (window.location.hash = '#/attempt/1'));
    await expect(page.getByTestId('attempt-missing')).toContainText('This tab lost its connection to Retake');
    await expect(page.getByTestId('attempt-missing')).not.toContainText("can't be opened");
    const notice = page.getByTestId('session-expired');
    await expect(notice).toContainText('Your recordings and notes are safe');
    await snap(page, 'stumble-02-stale-tab');

    await notice.getByLabel("The web host's new address").fill('http://example.com/?token=abc');
    await notice.getByRole('button', { name: 'Reload with it' }).click();
    await expect(notice).toContainText("That is not the web host's address");

    await notice.getByLabel("The web host's new address").fill(again.url);
    await notice.getByRole('button', { name: 'Reload with it' }).click();
    // The same screen, now answered by the new host: attempt 1 does not exist in this fresh folder.
    await expect(page).toHaveURL(new RegExp(`^${again.origin}/#/attempt/1$`));
    await expect(page.getByTestId('attempt-missing')).toContainText("can't be opened");
    await expect(page.getByTestId('session-expired')).toHaveCount(0);
  } finally {
    await again.stop();
  }
});

test('the linked story stays readable while recording, until the person folds it away', async ({ page, host }) => {
  const [prompt] = await api(host, 'listPrompts', {});
  await api(host, 'createStory', {
    title: 'Release turnaround',
    situation: 'Releases kept slipping every sprint.',
    task: 'Get them back on schedule.',
    action: 'Mapped every step and automated the slow checks.',
    result: 'On time every sprint; tickets fell by a third.',
    promptIds: [prompt!.id],
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${host.origin}/#/practice/${prompt!.id}`);
  await page.getByTestId('skip-think').click();
  const story = page.getByTestId('linked-story-recording');
  await expect(story).toContainText('Mapped every step and automated the slow checks.');
  await expect(story).toContainText('On time every sprint');
  // Reduced motion: the recording dot is shown still, not pulsing.
  const iterations = await page.locator('.recording-title .dot').evaluate((el) => getComputedStyle(el).animationIterationCount);
  expect(iterations).toBe('1');
  await snap(page, 'stumble-07-story-while-recording');

  await story.getByRole('button', { name: 'Hide story' }).click();
  await expect(story.getByText('Mapped every step')).toBeHidden();
  await expect(story.getByRole('button', { name: 'Show story' })).toHaveAttribute('aria-expanded', 'false');
  await page.getByTestId('stop-recording').click();
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
});

test('at 200% zoom (half the viewport) every main screen reflows without sideways scrolling', async ({ page, host }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  const [prompt] = await api(host, 'listPrompts', {});
  // A running plan, so the journal has its week layer and the monthly review its figures.
  await api(host, 'startPlan', { startedOn: '2025-03-05', targetRole: 'Senior product manager, payments and risk' });
  for (const [name, hash] of [
    ['library', '#/library'],
    ['questions', '#/questions'],
    ['stories', '#/stories'],
    ['journal', '#/journal'],
    ['monthly-review', '#/journal/review/1'],
    ['practice', `#/practice/${prompt!.id}`],
  ] as const) {
    await page.goto(`${host.origin}/${hash}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    await snap(page, `zoom-200-${name}`);
  }
});
