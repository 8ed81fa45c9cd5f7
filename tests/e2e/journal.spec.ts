import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { api, waitFor } from './support/api';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';

const RECALLED = [
  'Tell me about a time you disagreed with your manager.',
  'Why do you want to leave your current role?',
  'Describe a project you are proud of.',
];

/** Opens a new interview form from the journal and fills in the basics: a panel interview that ended in rejection. */
async function fillInterview(page: Page, fields: { company: string; role: string; interviewer?: string; recall?: string }): Promise<void> {
  await page.getByTestId('nav-journal').click();
  await page.getByTestId('log-interview').click();
  const form = page.getByTestId('interview-form');
  await form.getByTestId('interview-company').fill(fields.company);
  await form.getByTestId('interview-role').fill(fields.role);
  await form.getByTestId('interview-date').fill('2025-03-04');
  if (fields.interviewer) await form.getByTestId('interview-interviewer').fill(fields.interviewer);
  await form.getByTestId('interview-stage').selectOption('panel');
  await form.getByTestId('interview-outcome').selectOption('rejected');
  if (fields.recall) await form.getByTestId('interview-recall').fill(fields.recall);
}

/** Closes the toasts still showing, so they do not cover what a screenshot is meant to show. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByTestId('toast').getByRole('button', { name: 'Dismiss' });
  while ((await close.count()) > 0) await close.first().click();
}

/** Saves the new interview and waits for its own page; returns its id. */
async function submitNewInterview(page: Page): Promise<number> {
  await page.getByTestId('interview-save').click();
  await page.waitForURL(/#\/journal\/\d+$/);
  await expect(page.getByTestId('interview-title')).toBeVisible();
  return Number(/(\d+)$/.exec(page.url())![1]);
}

test('log an interview, practice one of its questions, see it counted, and spot a pattern', async ({ page, host }) => {
  // The whole journal in one flow, a short recording included: longer than the default two minutes.
  test.setTimeout(240_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });

  await page.getByTestId('nav-journal').click();
  await expect(page.getByTestId('journal-screen')).toBeVisible();
  await expect(page.getByTestId('interviews-empty')).toBeVisible();
  await snap(page, 'journal-01-empty');

  // Log the interview with its guided debrief.
  await fillInterview(page, { company: 'Northwind', role: 'Product manager', interviewer: 'Dana', recall: RECALLED.join('\n') });
  const form = page.getByTestId('interview-form');
  await form.getByTestId('interview-went-well').fill('Warm rapport with the panel, clear opening.');
  await form.getByTestId('interview-struggled').fill('Lost the thread in the conflict answer; no result at the end.');
  await form.getByTestId('interview-felt').fill('Nervous at first, steadier by the end.');
  await form.getByTestId('interview-refine').fill('End every answer on the result, in numbers.');
  await snap(page, 'journal-02-new-interview');
  const interviewId = await submitNewInterview(page);

  const rows = page.getByTestId('recalled-question');
  await expect(rows).toHaveCount(3);
  // The competency is guessed from the wording and can be changed before the question is made.
  const first = rows.nth(0);
  await expect(first.getByTestId('question-competency')).toHaveValue('conflict');
  await first.getByTestId('question-competency').selectOption('communication');
  await first.getByTestId('make-practice-question').click();
  await expect(first.getByTestId('practiced-count')).toHaveText('Not practiced yet');
  await expect(rows.nth(1).getByTestId('make-practice-question')).toBeVisible();
  const [made] = (await api(host, 'getInterview', { id: interviewId })).questions;
  expect(made).toMatchObject({ text: RECALLED[0], competency: 'communication', practicedCount: 0 });
  expect((await api(host, 'listPrompts', {})).find((p) => p.id === made!.promptId)?.source).toBe('interview');

  // The follow-up messages are filled in and copy to the clipboard.
  await expect(page.getByTestId('message-thank-you-body')).toContainText('Hi Dana,');
  await expect(page.getByTestId('message-thank-you-body')).toContainText('the Product manager role at Northwind');
  await page.getByTestId('copy-thank-you').click();
  await expect(page.getByTestId('copy-thank-you')).toHaveText('Copied');
  expect(await page.evaluate('navigator.clipboard.readText()')).toMatch(/^Hi Dana,\n\nThank you for your time on /);
  await dismissToasts(page);
  await snap(page, 'journal-03-interview');

  // Practice it on camera for a few seconds.
  await first.getByTestId('practice-question').click();
  await expect(page.getByTestId('practice-question')).toHaveText(RECALLED[0]!);
  await page.getByTestId('skip-think').click();
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  await page.waitForTimeout(3_000);
  await page.getByTestId('stop-recording').click();
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  await waitFor(
    () => api(host, 'listAttempts', { promptId: made!.promptId }),
    (attempts) => attempts.length === 1 && attempts[0]!.status === 'ready',
  );

  // The interview shows it practiced; the week counts it.
  await page.goto(`${host.url}#/journal/${interviewId}`);
  await expect(page.getByTestId('recalled-question').nth(0).getByTestId('practiced-count')).toContainText('Practiced once');
  await expect(page.getByTestId('practiced-summary')).toHaveText('1 of 3 practiced since this interview');
  await snap(page, 'journal-04-practiced');
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'journal-04-practiced-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByTestId('nav-journal').click();
  await expect(page.getByTestId('goal-done-practice')).toHaveText('1');
  await page.getByTestId('edit-goals').click();
  await page.getByTestId('goal-practice').fill('5');
  await page.getByTestId('goal-applications').fill('3');
  await page.getByTestId('save-goals').click();
  await expect(page.getByTestId('goal-done-practice')).toHaveText('1 of 5');
  await page.getByTestId('count-applications').click();
  await expect(page.getByTestId('goal-done-applications')).toHaveText('1 of 3');
  await expect(page.getByTestId('streak')).toContainText('1-day streak');
  await page.getByTestId('win-input').fill('Answered the conflict question without notes');
  await page.getByTestId('add-win').click();
  await expect(page.getByTestId('win')).toHaveText(/Answered the conflict question without notes/);
  await expect(page.getByTestId('patterns').getByTestId('pattern-card')).toHaveCount(0);
  await snap(page, 'journal-05-week');

  // Two more rejections at the same stage make a pattern.
  await fillInterview(page, { company: 'Contoso', role: 'Product owner', recall: 'How do you handle a difficult stakeholder?' });
  await submitNewInterview(page);
  await page.getByTestId('make-practice-question').click();
  await expect(page.getByTestId('practiced-count')).toHaveText('Not practiced yet');
  await fillInterview(page, { company: 'Fabrikam', role: 'Product manager' });
  await submitNewInterview(page);
  await page.getByTestId('nav-journal').click();
  const card = page.getByTestId('pattern-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('3 rejections at the panel or onsite stage');
  await expect(card).toContainText('Focus on the skill itself');
  // Every recalled question, made into practice or not, grouped by competency in the app's order:
  // conflict (made), problem-solving and results-and-impact (guessed from the wording), communication (made).
  await expect(card.getByTestId('pattern-question')).toHaveText(['How do you handle a difficult stakeholder?', RECALLED[1]!, RECALLED[2]!, RECALLED[0]!]);
  await expect(page.getByTestId('outcomes-by-stage').locator('tr[data-stage="panel"] td').nth(1)).toHaveText('3');
  await dismissToasts(page);
  await snap(page, 'journal-06-pattern');
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'journal-07-pattern-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // One click from a recalled question that is not a practice question yet to practicing it.
  await card.getByRole('button', { name: `Practice: ${RECALLED[2]!}` }).click();
  await expect(page.getByTestId('think-countdown')).toBeVisible();
  await expect(page.getByTestId('practice-question')).toHaveText(RECALLED[2]!);
  await page.getByTestId('nav-journal').click();
  await expect(page.getByTestId('journal-screen')).toBeVisible();

  // Export: a download for the person, and a copy in the data folder.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-markdown').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^retake-journal-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('### 3 rejections at Panel or onsite');
  expect(existsSync(join(host.dataDir, 'exports', file.suggestedFilename()))).toBe(true);

  // Deleting asks first, and keeps the practice questions made from the interview.
  await page.goto(`${host.url}#/journal/${interviewId}`);
  await page.getByTestId('delete-interview').click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  // Two: the one made by hand, and the one the pattern card made on the way to practicing it.
  await expect(page.getByTestId('confirm-dialog')).toContainText('The 2 practice questions made from it stay in Questions');
  await snap(page, 'journal-08-delete');
  await page.getByTestId('confirm-button').click();
  await page.waitForURL(/#\/journal$/);
  await expect(page.getByTestId('interview-row')).toHaveCount(2);
  expect((await api(host, 'listPrompts', {})).some((p) => p.id === made!.promptId)).toBe(true);
});
