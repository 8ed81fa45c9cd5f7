import { addDays, localDate, mondayOf } from '../../src/shared/dates';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';

/** The browser runs on this machine, so its today is ours. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const TODAY = localDate(new Date(), ZONE);

test('the 90-day plan: started from the journal, the week view becomes its weekly layer with a confidence check-in', async ({ page, host }) => {
  await page.getByTestId('nav-journal').click();
  const start = page.getByTestId('plan-start');
  await expect(page.getByTestId('plan-week')).toHaveCount(0);
  await start.getByTestId('plan-open').click();
  await expect(start.getByTestId('plan-submit')).toBeDisabled();
  await start.getByTestId('plan-role').fill('Senior product manager');
  await expect(start.getByTestId('plan-start-date')).toHaveValue(TODAY);
  await start.getByTestId('plan-goal-applications').fill('6');
  await start.getByTestId('plan-goal-practice').fill('4');
  await start.getByTestId('plan-goal-outreach').fill('2');
  await snap(page, 'plan-01-start');
  await expectAccessible(page, 'starting a 90-day plan');
  await start.getByTestId('plan-submit').click();

  // The form goes; the week is plan week 1 with the plan's blocks as its goals.
  await expect(page.getByTestId('plan-start')).toHaveCount(0);
  const week = page.getByTestId('week-view');
  await expect(week.getByTestId('plan-week-number')).toHaveText('Plan week 1 of 13');
  await expect(week.getByTestId('plan-week')).toContainText('Senior product manager');
  await expect(week.getByTestId('goal-done-applications')).toHaveText('0 of 6');
  await expect(week.getByTestId('goal-done-practice')).toHaveText('0 of 4');
  await expect(week.getByTestId('goal-done-outreach')).toHaveText('0 of 2');

  // The weekly check-in saves, shows which score is chosen, and a second press clears it.
  await expect(week.getByTestId('confidence-word')).toHaveText('Not checked in yet');
  await week.getByTestId('confidence-3').click();
  await expect(week.getByTestId('confidence-3')).toHaveAttribute('aria-pressed', 'true');
  await expect(week.getByTestId('confidence-word')).toHaveText('steady');
  expect((await api(host, 'getWeek', { weekOf: TODAY, today: TODAY, timeZone: ZONE })).confidence).toBe(3);
  await week.getByTestId('confidence-3').click();
  await expect(week.getByTestId('confidence-3')).toHaveAttribute('aria-pressed', 'false');
  await week.getByTestId('confidence-4').click();
  await expect.poll(async () => (await api(host, 'getWeek', { weekOf: TODAY, today: TODAY, timeZone: ZONE })).confidence).toBe(4);
  await week.getByTestId('count-applications').click();
  await expect(week.getByTestId('goal-done-applications')).toHaveText('1 of 6');
  await snap(page, 'plan-02-week-layer');
  await expectAccessible(page, 'the week as the plan’s weekly layer');

  // The week before the plan is outside it and keeps its own (empty) check-in.
  await week.getByTestId('week-previous').click();
  await expect(week.getByTestId('plan-week')).toContainText('Outside your 90-day plan');
  await expect(week.getByTestId('confidence-word')).toHaveText('Not checked in yet');
  const { plan } = await api(host, 'getPlanReview', { today: TODAY, timeZone: ZONE });
  expect(plan).toMatchObject({ startedOn: TODAY, targetRole: 'Senior product manager', firstWeek: mondayOf(TODAY), lastDay: addDays(mondayOf(TODAY), 90) });
});
