import type { Browser, Page } from '@playwright/test';
import { api, waitFor } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser } from './support/browser';
import { ANSWER_ONE, expect, test as base } from './support/fixtures';
import { snap } from './support/screens';
import { speechFile } from './support/speech';
import { startWebHost, type RunningHost } from './support/web-host';

/** A whole interview outlasts the usual fake answer: the same speech, then four minutes of room tone. */
const test = base.extend({
  browser: async ({}, use: (browser: Browser) => Promise<void>) => {
    const browser = await launchBrowser(speechFile('mock-answer', ANSWER_ONE, 240));
    await use(browser);
    await browser.close();
  },
});

const CAP_SECONDS = 30;

/** Builds a named set (the opening plus the first two questions), 10 s think, 30 s cap, and starts it. */
async function buildAndStart(page: Page, screenshots: boolean, mode: 'realistic' | 'practice' = 'realistic'): Promise<void> {
  await page.evaluate(() => (location.hash = '#/mock'));
  await expect(page.getByTestId('mock-home')).toBeVisible();
  if (screenshots) {
    await expect(page.getByTestId('mock-empty')).toBeVisible();
    await snap(page, 'mock-01-home-empty');
    await expectAccessible(page, 'mock interviews (empty)');
  }
  await page.getByTestId('mock-new').click();
  await expect(page.getByTestId('mock-build')).toBeVisible();
  await expect(page.getByTestId('mock-build-summary')).toContainText('at least 2 questions besides the opening');
  for (const box of await page.locator('[data-testid^="link-prompt-"]').all().then((all) => all.slice(0, 2))) await box.check();
  await page.getByTestId('mock-think-seconds').selectOption('10');
  await page.getByTestId('mock-cap-seconds').selectOption(String(CAP_SECONDS));
  await page.getByTestId(`mock-mode-${mode}`).check();
  await page.getByTestId('mock-set-name').fill('Panel rehearsal');
  await expect(page.getByTestId('mock-build-summary')).toHaveText('3 questions, ready to start.');
  if (screenshots) {
    await snap(page, 'mock-02-build');
    await expectAccessible(page, 'mock interview builder');
  }
  await page.getByTestId('mock-build-start').click();
  await expect(page.getByTestId('mock-check')).toBeVisible();
}

async function startFromCheck(page: Page, screenshots: boolean): Promise<void> {
  const start = page.getByTestId('mock-start');
  await expect(start).toBeEnabled({ timeout: 20_000 });
  await expect(page.getByTestId('level-meter')).toBeVisible();
  if (screenshots) {
    await snap(page, 'mock-03-check');
    await expectAccessible(page, 'mock interview device check');
  }
  await page.keyboard.press('Enter');
}

/** Think time of question n is on screen; Enter answers now; Space stops after `seconds` (0: let the cap stop it). */
async function answer(page: Page, n: number, seconds: number, screenshots = false): Promise<void> {
  await expect(page.locator(`[data-testid="mock-think"][data-position="${n}"]`)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('mock-position')).toHaveText(`Question ${n} of 3`);
  if (screenshots) {
    await snap(page, `mock-04-think-q${n}`);
    await expectAccessible(page, 'mock interview think time');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mock-stop')).toBeVisible();
  if (screenshots) {
    await snap(page, `mock-05-recording-q${n}`);
    await expectAccessible(page, 'mock interview recording');
  }
  if (seconds > 0) {
    await page.waitForTimeout(seconds * 1000);
    await page.keyboard.press(' ');
    await expect(page.getByTestId('mock-break')).toHaveAttribute('data-cut', 'false');
  } else {
    // The warning comes before the cap, then the cap stops the answer by itself and says so.
    await expect(page.getByTestId('mock-cap')).toHaveAttribute('data-warning', 'true', { timeout: CAP_SECONDS * 1000 });
    if (screenshots) await snap(page, `mock-06-cap-warning-q${n}`);
    await expect(page.getByTestId('mock-break')).toHaveAttribute('data-cut', 'true', { timeout: 20_000 });
    await expect(page.getByTestId('mock-cut-notice')).toBeVisible();
  }
  // Realistic mode moves on after a few seconds: a screenshot, not a slow axe pass, fits in the break.
  if (screenshots) await snap(page, `mock-07-break-q${n}`);
}

const interviewIdOf = (page: Page) => Number(/#\/mock\/(\d+)/.exec(page.url())![1]);

async function waitForReview(host: RunningHost, id: number) {
  return waitFor(
    () => api(host, 'getMockInterview', { id }),
    (m) => m.status === 'finished' && m.questions.every((q) => q.answer && ['ready', 'recovered', 'failed'].includes(q.answer.attempt.status)),
    90_000,
  );
}

test('a realistic 3-question interview with one answer cut at the cap; reviewed, run again and compared', async ({ page, host }) => {
  test.setTimeout(300_000);
  await buildAndStart(page, true);
  await startFromCheck(page, true);

  await answer(page, 1, 3, true);
  // Realistic mode: the next question comes by itself after the break.
  await answer(page, 2, 0, true);
  await answer(page, 3, 3);
  await expect(page.getByTestId('mock-break-next')).toHaveText('That was the last question.');
  await page.waitForURL(/#\/mock\/\d+$/, { timeout: 30_000 });
  const first = interviewIdOf(page);

  const stored = await waitForReview(host, first);
  expect(stored.questions.map((q) => q.answer?.attempt.status)).toEqual(['ready', 'ready', 'ready']);
  expect(stored.questions.map((q) => q.answer?.cutAtCap)).toEqual([false, true, false]);
  expect(stored.questions[1]!.answer!.attempt.durationMs!).toBeLessThanOrEqual((CAP_SECONDS + 2) * 1000);
  expect(stored.questions[0]!.text).toBe('Tell me about yourself.');

  await page.reload();
  await expect(page.getByTestId('mock-answer')).toHaveCount(3);
  await expect(page.getByTestId('mock-total-cut')).toContainText('1');
  await expect(page.locator('[data-testid="mock-answer"][data-position="2"] [data-testid="mock-answer-cut"]')).toBeVisible();
  // Each answer's delivery, as finalising measured it: a pace wherever there was speech to measure.
  expect(stored.questions.some((q) => q.answer?.delivery?.wordsPerMinute != null)).toBe(true);
  for (const q of stored.questions) {
    const figures = page.locator(`[data-testid="mock-answer"][data-position="${q.position}"] [data-testid="mock-answer-delivery"]`);
    const pace = q.answer!.delivery?.wordsPerMinute;
    await expect(figures).toContainText(pace == null ? /too little speech|not measured/ : `~${Math.round(pace)} words/min`);
  }
  await page.getByTestId('mock-self-rating-3').check();
  await page.getByTestId('mock-reflection').fill('Land the result before the cap; shorter Situation.');
  await page.getByTestId('mock-reflection').blur();
  await expect(page.getByTestId('mock-rating')).toContainText('Saved.');
  await snap(page, 'mock-08-review');
  await expectAccessible(page, 'mock interview review');

  // The same set again, answered shorter, then the two runs side by side question by question.
  await page.getByTestId('mock-run-again').click();
  await startFromCheck(page, false);
  await answer(page, 1, 3);
  await answer(page, 2, 4);
  await answer(page, 3, 3);
  await page.keyboard.press('Enter'); // finish without waiting for the break
  await page.waitForURL(/#\/mock\/\d+$/, { timeout: 30_000 });
  const second = interviewIdOf(page);
  expect(second).not.toBe(first);
  await waitForReview(host, second);
  await page.reload();
  await expect(page.getByTestId('mock-total-cut')).toContainText('0');

  await page.getByTestId('mock-compare-link').click();
  await expect(page.getByTestId('mock-compare')).toBeVisible();
  await expect(page.getByTestId('mock-pair')).toHaveCount(3);
  await expect(page.getByTestId('change-table')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('mock-pair-question')).toHaveText(stored.questions[1]!.text);
  await snap(page, 'mock-09-compare');
  await expectAccessible(page, 'mock interview compare');
  await page.getByTestId('mock-pair-open').click();
  const secondRun = await api(host, 'getMockInterview', { id: second });
  await page.waitForURL(`**/#/compare/${stored.questions[1]!.answer!.attempt.id}/${secondRun.questions[1]!.answer!.attempt.id}`);

  await page.evaluate(() => (location.hash = '#/mock'));
  await expect(page.getByTestId('mock-run-row')).toHaveCount(2);
  await expect(page.getByTestId('mock-set-row')).toHaveCount(1);
  await snap(page, 'mock-10-home');
  await expectAccessible(page, 'mock interviews');

  // The library lists the recent runs too, each opening its review.
  await page.evaluate(() => (location.hash = '#/library'));
  const inLibrary = page.getByTestId('library-mock-runs');
  await expect(inLibrary.getByTestId('mock-run-row')).toHaveCount(2);
  await inLibrary.getByTestId('mock-run-row').first().getByRole('link').first().click();
  await page.waitForURL(`**/#/mock/${second}`);

  // The journal's week counts both runs, and each of their six answers as practice.
  await page.evaluate(() => (location.hash = '#/journal'));
  await expect(page.getByTestId('week-mock-interviews')).toHaveText('2 mock interviews this week; their answers count above.');
  await expect(page.getByTestId('goal-done-practice')).toHaveText('6');
});

test('the web host is killed during question 2: question 1 intact, question 2 recovered, resume at question 3', async ({ page, host, dataDir }) => {
  test.setTimeout(240_000);
  // Practice mode: the break waits for the person, so it can be checked with axe.
  await buildAndStart(page, false, 'practice');
  await startFromCheck(page, false);
  await answer(page, 1, 3);
  await expect(page.getByTestId('mock-retake')).toBeVisible();
  await expectAccessible(page, 'mock interview break (practice mode)');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="mock-think"][data-position="2"]')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mock-stop')).toBeVisible();
  await page.waitForTimeout(5_000);
  const id = Number(/#\/mock\/(\d+)\/run/.exec(page.url())![1]);
  await host.stop('SIGKILL');

  const again = await startWebHost(dataDir);
  try {
    const recovered = await waitFor(
      () => api(again, 'getMockInterview', { id }),
      (m) => m.questions[1]!.answer !== null && !['recording', 'finalizing'].includes(m.questions[1]!.answer.attempt.status),
    );
    expect(recovered).toMatchObject({ status: 'running', nextPosition: 3 });
    expect(recovered.questions[0]!.answer!.attempt.status).toBe('ready');
    expect(recovered.questions[1]!.answer!.attempt.status).toBe('recovered');
    expect(recovered.questions[1]!.answer!.attempt.durationMs!).toBeGreaterThan(2_000);

    await page.goto(`${again.url}#/mock`);
    await expect(page.getByTestId('mock-running')).toBeVisible();
    await page.getByTestId('mock-resume').click();
    await expect(page.getByTestId('mock-resume-note')).toContainText('question 3 of 3');
    await snap(page, 'mock-11-resume');
    await expectAccessible(page, 'mock interview resume');
    await startFromCheck(page, false);
    await expect(page.locator('[data-testid="mock-think"][data-position="3"]')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('mock-stop')).toBeVisible();
    await page.waitForTimeout(3_000);

    // Esc asks first; cancelling carries on recording, confirming ends and keeps the answer in progress.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('confirm-dialog')).toBeVisible();
    await snap(page, 'mock-12-confirm-end');
    await expectAccessible(page, 'mock interview end confirmation');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('mock-stop')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByTestId('mock-confirm-end').click();
    await page.waitForURL(/#\/mock\/\d+$/, { timeout: 30_000 });
    const done = await waitForReview(again, id);
    expect(done.questions.map((q) => q.answer?.attempt.status)).toEqual(['ready', 'recovered', 'ready']);
    expect(done.done).toBe(true);
  } finally {
    await again.stop();
  }
});
