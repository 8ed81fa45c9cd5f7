import type { Page } from '@playwright/test';
import { addDays, localDate } from '../../src/shared/dates';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { fillFullDebrief } from './support/debrief';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';

/** The browser runs on this machine, so its today is ours. */
const TODAY = localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);

/** Closes the toasts still showing, so they do not cover what a screenshot is meant to show. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByTestId('toast').getByRole('button', { name: 'Dismiss' });
  while ((await close.count()) > 0) await close.first().click();
}

test('the comeback plan: a full debrief, debriefs still due, and private feelings kept out of exports', async ({ page, host }) => {
  // One interview logged days ago without a debrief, one logged today without one.
  await api(host, 'createInterview', { company: 'Globex', role: 'Analyst', date: addDays(TODAY, -9), stage: 'screening', outcome: 'rejected' });

  await page.getByTestId('nav-journal').click();
  await page.getByTestId('log-interview').click();
  const form = page.getByTestId('interview-form');
  await fillFullDebrief(form, TODAY, addDays(TODAY, 1));
  await form.getByTestId('interview-stage').selectOption('panel');
  await expect(page.getByTestId('debrief-feeling')).toBeVisible();
  await snap(page, 'comeback-01-debrief');
  await expectAccessible(page, 'guided debrief');
  await page.getByTestId('interview-save').click();
  await page.waitForURL(/#\/journal\/\d+$/);
  const id = Number(/(\d+)$/.exec(page.url())![1]);
  expect(await api(host, 'getInterview', { id })).toMatchObject({
    feeling: 'Deflated',
    reflectionOn: addDays(TODAY, 1),
    goodThing: 'I met a team I would love to work with.',
    gapKinds: ['behavioural', 'communication'],
    nextActions: 'Record two conflict answers by Friday.',
    notify: 'Priya',
    nextPlan: 'Research their recent launches.',
  });
  expect((await api(host, 'getInterview', { id })).debriefedAt).not.toBeNull();

  // Logged without a debrief: due for two days from the day it was logged (Globex was logged
  // late, so it is not overdue on arrival), then overdue. A done debrief shows nothing.
  await api(host, 'createInterview', { company: 'Contoso', role: 'Product owner', date: addDays(TODAY, -1), stage: 'final', outcome: 'waiting' });
  await page.getByTestId('nav-journal').click();
  const row = (company: string) => page.getByTestId('interview-row').filter({ hasText: company });
  await expect(row('Contoso').getByTestId('debrief-status')).toHaveText('Debrief due');
  await expect(row('Globex').getByTestId('debrief-status')).toHaveText('Debrief due');
  await expect(row('Northwind').getByTestId('debrief-status')).toHaveCount(0);
  await dismissToasts(page);
  await snap(page, 'comeback-02-debriefs-due');
  // Three days on, both are overdue.
  await page.clock.setFixedTime(new Date(`${addDays(TODAY, 3)}T12:00:00`));
  await page.reload();
  await expect(row('Contoso').getByTestId('debrief-status')).toHaveText('Debrief overdue');
  await expect(row('Globex').getByTestId('debrief-status')).toHaveText('Debrief overdue');
  await expect(row('Northwind').getByTestId('debrief-status')).toHaveCount(0);
  await page.clock.setFixedTime(new Date());
  await page.reload();

  // The feeling stays out of an export unless asked for.
  const plain = page.waitForEvent('download');
  await page.getByTestId('export-markdown').click();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync((await (await plain).path())!, 'utf8')).not.toContain('Deflated');
  await page.getByTestId('export-include-feelings').check();
  const withFeelings = page.waitForEvent('download');
  await page.getByTestId('export-markdown').click();
  expect(readFileSync((await (await withFeelings).path())!, 'utf8')).toContain('How I feel now (private): Deflated');
});

test('the comeback plan: a lever chosen on a pattern counts down to a verdict', async ({ page, host }) => {
  for (const company of ['Acme', 'Initech', 'Hooli']) {
    await api(host, 'createInterview', { company, role: 'Engineer', date: addDays(TODAY, -3), stage: 'technical', outcome: 'rejected', debriefDone: true });
  }
  await page.getByTestId('nav-journal').click();
  const card = page.getByTestId('pattern-card');
  await expect(card).toHaveCount(1);
  // The stage's own focus is offered first; any of the three can be chosen.
  await expect(card.getByTestId('lever-skill')).toBeChecked();
  await card.getByTestId('lever-visibility').check();
  await card.getByTestId('lever-skill').check();
  await card.getByTestId('lever-days-60').check();
  await card.getByTestId('lever-target').fill('One certification within 30 days');
  await expectAccessible(page, 'pattern card with levers');
  await card.getByTestId('lever-commit').click();
  await expect(card.getByTestId('lever-countdown')).toContainText('Day 1 of 60 · 60 days left');
  await card.getByTestId('lever-action').fill('Booked the exam');
  await card.getByTestId('lever-action').press('Enter');
  await expect(card.getByTestId('lever-actions-done')).toHaveText('1 action done');
  await snap(page, 'comeback-03-lever');
  await expectAccessible(page, 'pattern card tracking a lever');

  // Sixty days on, the card asks for a verdict; giving one offers the levers again.
  await page.clock.setFixedTime(new Date(`${addDays(TODAY, 60)}T12:00:00`));
  await page.reload();
  await expect(card.getByTestId('lever-verdict')).toBeVisible();
  await card.getByTestId('lever-verdict-note').fill('Passed; two technical rounds since');
  await snap(page, 'comeback-04-verdict');
  await card.getByTestId('verdict-helped').click();
  await expect(card.getByTestId('lever-commit')).toBeVisible();
  const [closed] = await api(host, 'listCommitments', { today: addDays(TODAY, 60), timeZone: 'UTC' });
  expect(closed).toMatchObject({ verdict: 'helped', verdictNote: 'Passed; two technical rounds since', actions: [expect.objectContaining({ text: 'Booked the exam' })] });
});

test('the comeback plan: the ten-day challenge, ticked by hand and by a recorded answer', async ({ page, host }) => {
  await page.getByTestId('nav-journal').click();
  const panel = page.getByTestId('challenge');
  await panel.getByTestId('challenge-start').click();
  await expect(panel.getByTestId('challenge-day')).toHaveCount(10);
  const day1 = panel.getByTestId('challenge-day').first();
  await day1.getByTestId('challenge-action').selectOption('resume');
  await expect(day1.getByTestId('challenge-action')).toHaveValue('resume');
  await day1.getByTestId('challenge-tick').check();
  await expect(panel.getByTestId('challenge-done')).toHaveText('1 of 10 done');
  const day2 = panel.getByTestId('challenge-day').nth(1);
  await day2.getByTestId('challenge-action').selectOption('own');
  await day2.getByTestId('challenge-own').fill('Coffee with Priya');
  await day2.getByTestId('challenge-own').press('Tab');
  await expect.poll(async () => (await api(host, 'getChallenge', { today: TODAY, timeZone: 'UTC' }))!.days[1]!.ownText).toBe('Coffee with Priya');
  await expect(day2.getByTestId('challenge-tick')).toBeDisabled(); // not that day yet
  await snap(page, 'comeback-05-challenge');
  await expectAccessible(page, 'ten-day challenge');
});
