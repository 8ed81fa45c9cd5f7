import type { Locator, Page } from '@playwright/test';
import { api, waitFor } from './support/api';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';
import type { RunningHost } from './support/web-host';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, and checks that the focus can
 * be seen there. Fails if it is not reached within `max` presses.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  await expect(target).toBeAttached();
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    seen.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}` : 'none';
    }));
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const visible = await target.evaluate((el) => {
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? true : style.boxShadow !== 'none';
      });
      expect(visible, 'the focused element shows a focus indicator').toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}; the focus went: ${seen.slice(-25).join(' → ')}`);
}

/** From wherever the focus is, Tab to the element and press Enter. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** From the library: the first question's Practice, skip think time, answer, stop; returns the attempt id. */
async function answerByKeyboard(page: Page, host: RunningHost, seconds: number): Promise<number> {
  await expect(page.getByTestId('library')).toBeVisible();
  await activate(page, page.getByTestId('practice-button').first());
  await expect(page.getByTestId('think-countdown')).toBeVisible();
  await activate(page, page.getByTestId('skip-think'));
  const stop = page.getByTestId('stop-recording');
  await expect(stop).toBeVisible();
  await page.waitForTimeout(seconds * 1000);
  await activate(page, stop);
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  const attemptId = Number(/#\/attempt\/(\d+)/.exec(page.url())![1]);
  await waitFor(() => api(host, 'getAttempt', { attemptId }), (a) => a.status === 'ready');
  await expect(page.locator('[data-testid="waveform"][data-ready="true"]')).toBeVisible();
  return attemptId;
}

test('the whole loop from the keyboard alone: practice, review, compare, log an interview', async ({ page, host }) => {
  test.setTimeout(240_000);
  // No click anywhere: the mouse is parked outside the page.
  await page.mouse.move(-10, -10);

  const first = await answerByKeyboard(page, host, 4);

  // Notes, marks and a rating on the review, by keyboard.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('n');
  await expect(page.getByTestId('note-text')).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.type('Open with the result');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-editor')).toBeHidden();
  await page.keyboard.press('Home');
  await page.keyboard.press('s');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('r');
  await tabTo(page, page.getByTestId('rating-structure-1'));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('rating-structure-4')).toBeChecked();
  const review = await waitFor(
    () => api(host, 'getReview', { attemptId: first }),
    (r) => r.notes.length === 1 && r.sections.length === 3 && r.ratings.structure === 4,
  );
  expect(review.notes[0]).toMatchObject({ category: 'content', text: 'Open with the result' });
  await snap(page, 'keyboard-01-review');

  // A second answer, then compare the two from its review.
  await activate(page, page.getByTestId('nav-library'));
  const second = await answerByKeyboard(page, host, 3);
  await activate(page, page.getByTestId('compare-earlier'));
  await page.waitForURL(new RegExp(`#/compare/${first}/${second}$`));
  await expect(page.getByTestId('compare-play')).toBeVisible();
  await activate(page, page.getByTestId('compare-play'));
  await expect(page.getByTestId('compare-play')).toHaveAttribute('data-playing', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-play')).toHaveAttribute('data-playing', 'false');
  await snap(page, 'keyboard-02-compare');

  // Log an interview.
  await activate(page, page.getByTestId('nav-journal'));
  await activate(page, page.getByTestId('log-interview'));
  const form = page.getByTestId('interview-form');
  await tabTo(page, form.getByTestId('interview-company'));
  await page.keyboard.type('Northwind');
  await tabTo(page, form.getByTestId('interview-role'));
  await page.keyboard.type('Product manager');
  await tabTo(page, form.getByTestId('interview-recall'));
  await page.keyboard.type('Tell me about a conflict.');
  await snap(page, 'keyboard-03-interview-form');
  await activate(page, form.getByTestId('interview-save'));
  await page.waitForURL(/#\/journal\/\d+$/);
  const [logged] = await api(host, 'listInterviews', {});
  expect(logged).toMatchObject({ company: 'Northwind', role: 'Product manager' });
});
