import type { Page } from '@playwright/test';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

/** Answers the first question for about `seconds` from its practice screen; returns the attempt id. */
async function recordAnswer(page: Page, seconds: number, check?: (stage: 'think' | 'recording') => Promise<void>): Promise<number> {
  await page.goto(page.url().replace(/#.*$/, '#/library'));
  await expect(page.getByTestId('library')).toBeVisible();
  await page.getByTestId('practice-button').first().click();
  await expect(page.getByTestId('think-countdown')).toBeVisible();
  await check?.('think');
  await page.getByTestId('skip-think').click();
  const stop = page.getByTestId('stop-recording');
  await expect(stop).toBeVisible();
  await check?.('recording');
  await page.waitForTimeout(seconds * 1000);
  await stop.click();
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  return Number(/#\/attempt\/(\d+)/.exec(page.url())![1]);
}

async function visit(page: Page, hash: string, testId: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(page.getByTestId(testId).first()).toBeVisible();
}

test('every screen passes axe-core with no critical or serious problem, in both themes', async ({ page, host }) => {
  test.setTimeout(240_000);
  await expect(page.getByTestId('library')).toBeVisible();
  await expectAccessible(page, 'library (empty)');

  const first = await recordAnswer(page, 3, async (stage) => expectAccessible(page, `practice (${stage})`));
  await expect(page.getByTestId('waveform').first()).toBeVisible();
  await expectAccessible(page, 'review');
  const second = await recordAnswer(page, 3);
  const [attempt] = await api(host, 'listAttempts', {});

  await visit(page, '#/library', 'library');
  await expectAccessible(page, 'library');
  await visit(page, `#/compare/${first}/${second}`, 'compare-play');
  await expectAccessible(page, 'compare');
  await visit(page, `#/progress/${attempt!.promptId}`, 'progress-screen');
  await expectAccessible(page, 'progress');

  await visit(page, '#/questions', 'questions');
  await expectAccessible(page, 'questions');
  await visit(page, '#/stories', 'new-story');
  await expectAccessible(page, 'stories');
  await page.getByTestId('new-story').first().click();
  await expect(page.getByTestId('story-form')).toBeVisible();
  await expectAccessible(page, 'story form');

  await visit(page, '#/journal', 'journal-screen');
  await expectAccessible(page, 'journal and week view');
  await visit(page, '#/journal/new', 'interview-form');
  await expectAccessible(page, 'interview form');
  const interview = await api(host, 'createInterview', {
    company: 'Northwind',
    role: 'Product manager',
    date: '2025-03-04',
    stage: 'panel',
    outcome: 'rejected',
    recall: 'Tell me about a conflict.',
  });
  await visit(page, `#/journal/${interview.id}`, 'interview-title');
  await expectAccessible(page, 'one interview');
});
