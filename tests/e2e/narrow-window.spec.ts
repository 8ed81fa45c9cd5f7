import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { recordAnswer } from './support/practice';
import { snap } from './support/screens';

/** How many lines a piece of text is drawn on: a badge or a label broken in two reads badly. */
function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
}

/** True when the element is wholly inside the window as it stands, without scrolling. */
function onScreen(page: Page, locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return window.scrollY === 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
  });
}

test('a 900 px window keeps the question and Stop beside the camera while answering', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  // Practice, answered from the keyboard so nothing scrolls the page for us.
  await page.getByTestId('practice-button').first().click();
  await expect(page.getByTestId('think-countdown')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await onScreen(page, page.getByTestId('practice-question'))).toBe(true);
  expect(await onScreen(page, page.getByTestId('stop-recording'))).toBe(true);
  await page.waitForTimeout(2500); // a stop before any data reaches the disk records nothing
  await page.keyboard.press(' ');
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });

  // A mock interview, started from the keyboard so nothing scrolls the page for us.
  await page.evaluate(() => (location.hash = '#/mock/new'));
  await expect(page.getByTestId('link-prompt-1')).toBeVisible();
  for (const box of await page.locator('[data-testid^="link-prompt-"]').all().then((all) => all.slice(0, 2))) await box.check();
  await page.getByTestId('mock-think-seconds').selectOption('10');
  await page.getByTestId('mock-set-name').fill('Panel rehearsal for the product manager role');
  await page.getByTestId('mock-build-start').click();
  await expect(page.getByTestId('mock-start')).toBeEnabled({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mock-think')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mock-stop')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'narrow-01-mock-answer-900');
  expect(await onScreen(page, page.getByTestId('mock-stage').getByText('Tell me about yourself.'))).toBe(true);
  expect(await onScreen(page, page.getByTestId('mock-stop'))).toBe(true);
  // A long set name shares the row with the position, which keeps to one line.
  expect(await lineCount(page.getByTestId('mock-position'))).toBe(1);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('mock-break')).toBeVisible();
});

test('the review at any width: the pace badge on one line, the question not squeezed', async ({ page, host }) => {
  const attemptId = await recordAnswer(page, host, 12);
  await expect(page.getByTestId('delivery-pace')).toBeVisible({ timeout: 30_000 });
  const badge = page.getByTestId('delivery-pace').locator('.badge');
  await expect(badge).toBeVisible();
  // Its column's width follows the window's, so try the widths a window is dragged through.
  const broken: number[] = [];
  for (let width = 800; width <= 1600; width += 20) {
    await page.setViewportSize({ width, height: 800 });
    if ((await lineCount(badge)) > 1) broken.push(width);
  }
  expect(broken, `widths (px) that break the pace badge of attempt ${attemptId}`).toEqual([]);

  // 200% zoom of a 1280 × 800 window: the header's buttons go under the question, not beside it.
  await page.setViewportSize({ width: 640, height: 400 });
  const title = await page.getByTestId('attempt-title').boundingBox();
  expect(title!.width).toBeGreaterThan(500);
});

test('the toast after logging an interview names where its questions are, in one column too', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await page.getByTestId('nav-journal').click();
  await page.getByTestId('log-interview').click();
  const form = page.getByTestId('interview-form');
  await form.getByTestId('interview-company').fill('Northwind');
  await form.getByTestId('interview-role').fill('Product manager');
  await form.getByTestId('interview-recall').fill('Tell me about a conflict with a colleague.');
  await page.getByTestId('interview-save').click();
  await page.waitForURL(/#\/journal\/\d+$/);
  // At 900 px the questions sit below the debrief, not on the right: the toast names their heading.
  await expect(page.getByTestId('toast').first()).toContainText('“Questions to practice”');
  await expect(page.getByRole('heading', { name: 'Questions to practice' })).toBeAttached();
});

test('a long target role wraps beside its plan week, not under a stray separator', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await page.getByTestId('nav-journal').click();
  const start = page.getByTestId('plan-start');
  await start.getByTestId('plan-open').click();
  await start.getByTestId('plan-role').fill('Senior product manager, platform and developer experience at a mid-size company');
  await start.getByTestId('plan-submit').click();
  const layer = page.getByTestId('plan-week');
  const week = layer.getByTestId('plan-week-number');
  await expect(week).toHaveText('Plan week 1 of 13');
  // The "· month 1 · role" line starts on the plan week's own line, so its dot separates the two.
  const role = layer.getByText('· month 1 ·');
  const [weekBox, roleBox] = [await week.boundingBox(), await role.boundingBox()];
  expect(Math.abs(roleBox!.y - weekBox!.y)).toBeLessThan(weekBox!.height);
  expect(roleBox!.x).toBeGreaterThan(weekBox!.x + weekBox!.width);
});
