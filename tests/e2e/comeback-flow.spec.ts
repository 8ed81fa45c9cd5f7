import { addDays, localDate } from '../../src/shared/dates';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { fillFullDebrief } from './support/debrief';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const TODAY = localDate(new Date(), ZONE);

test('the whole comeback: debrief, a lever on a pattern, a plan, a recorded answer ticking the challenge, the monthly review', async ({ page, host }) => {
  test.setTimeout(180_000);
  // Two technical rejections already logged; the third comes through the guided debrief.
  for (const company of ['Acme', 'Initech']) {
    await api(host, 'createInterview', { company, role: 'Engineer', date: TODAY, stage: 'technical', outcome: 'rejected', debriefDone: true });
  }
  await page.getByTestId('nav-journal').click();
  await page.getByTestId('log-interview').click();
  const form = page.getByTestId('interview-form');
  await fillFullDebrief(form, TODAY, addDays(TODAY, 1));
  await form.getByTestId('interview-stage').selectOption('technical');
  await page.getByTestId('interview-save').click();
  await page.waitForURL(/#\/journal\/\d+$/);
  const id = Number(/(\d+)$/.exec(page.url())![1]);
  expect(await api(host, 'getInterview', { id })).toMatchObject({ stage: 'technical', goodThing: 'I met a team I would love to work with.', notify: 'Priya' });

  // Three rejections at one stage: the pattern card offers the levers; commit to one.
  await page.getByTestId('nav-journal').click();
  const card = page.getByTestId('pattern-card');
  await expect(card).toHaveCount(1);
  await card.getByTestId('lever-skill').check();
  await card.getByTestId('lever-days-90').check();
  await card.getByTestId('lever-target').fill('One system-design project within 30 days');
  await card.getByTestId('lever-commit').click();
  await expect(card.getByTestId('lever-countdown')).toContainText('Day 1 of 90');

  // The plan, started from the journal.
  await page.getByTestId('plan-open').click();
  await page.getByTestId('plan-role').fill('Backend engineer');
  await page.getByTestId('plan-goal-practice').fill('3');
  await page.getByTestId('plan-submit').click();
  const week = page.getByTestId('week-view');
  await expect(week.getByTestId('plan-week-number')).toHaveText('Plan week 1 of 13');
  await expect(week.getByTestId('week-focus')).toContainText('Improve the skill: One system-design project within 30 days');
  await week.getByTestId('count-applications').click();
  await week.getByTestId('count-applications').click();
  await expect(week.getByTestId('goal-done-applications')).toHaveText('2 of 5');
  await week.getByTestId('confidence-2').click();
  await expect(week.getByTestId('confidence-word')).toHaveText('unsure');

  // The ten-day challenge, started today; nothing picked for day 1 yet.
  await page.getByTestId('challenge-start').click();
  const day1 = page.getByTestId('challenge-day').first();
  await expect(day1.getByTestId('challenge-tick')).not.toBeChecked();

  // A recorded answer, rated in its review.
  await page.getByTestId('nav-library').click();
  await page.getByTestId('practice-button').first().click();
  await page.getByTestId('skip-think').click();
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  await page.waitForTimeout(3_000);
  await page.getByTestId('stop-recording').click();
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  await page.getByTestId('rating-structure-4').check();
  await page.getByTestId('rating-clarity-3').check();
  await expect.poll(async () => (await api(host, 'listAttempts', {}))[0]?.status).toBe('ready');

  // Back in the journal: the recording ticked day 1 by itself and counts towards the plan's practice block.
  await page.getByTestId('nav-journal').click();
  await expect(day1.getByTestId('challenge-tick')).toBeChecked();
  await expect(day1).toContainText('Ticked by your recording');
  await expect(page.getByTestId('challenge-done')).toHaveText('1 of 10 done');
  await expect(week.getByTestId('goal-done-practice')).toHaveText('1 of 3');
  await expect(card.getByTestId('lever-countdown')).toContainText('1 practice answer');
  await snap(page, 'comeback-flow-01-journal');
  await expectAccessible(page, 'journal with a plan, a lever and the challenge');

  // The monthly review: three interviews from two applications, the check-in, the rated answer, the lever.
  await week.getByTestId('open-month-review').click();
  await page.waitForURL(/#\/journal\/review\/1$/);
  const review = page.getByTestId('month-review');
  await expect(review.getByTestId('response-rate')).toHaveText('150%');
  await expect(review.getByTestId('response-detail')).toHaveText('3 interviews from 2 applications.');
  await expect(review.getByTestId('confidence-chart-dot')).toHaveCount(1);
  await expect(review.getByTestId('practice-figures')).toHaveText('1 answer recorded · average self-rating 3.5');
  await expect(review.getByTestId('month-lever-progress')).toContainText('Day 1 of 90 · 0 actions done · 1 practice answer since it started');
  await review.getByTestId('change-note-text').fill('Two system-design answers recorded every week.');
  await review.getByTestId('change-note-save').click();
  await expect(review.getByTestId('change-note-saved')).toBeVisible();
  await snap(page, 'comeback-flow-02-month-review');
  await expectAccessible(page, 'monthly review after a month of the plan');
  const { months } = await api(host, 'getPlanReview', { today: TODAY, timeZone: ZONE });
  expect(months[0]).toMatchObject({ applications: 2, interviews: 3, practice: 1, averageRating: 3.5, changeNote: 'Two system-design answers recorded every week.' });
});
