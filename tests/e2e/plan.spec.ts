import { addDays, daysBetween, localDate, mondayOf } from '../../src/shared/dates';
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

test('the monthly review: response rate from the log, confidence and practice charted, the lever, and what will change', async ({ page, host }) => {
  // A plan that started four weeks ago: today is in month 2, so month 1 is the one to review.
  const started = addDays(mondayOf(TODAY), -28);
  await api(host, 'startPlan', { startedOn: started, targetRole: 'Data analyst' });
  await api(host, 'updateWeek', { weekStart: started, tally: { applications: 4 }, confidence: 2 });
  await api(host, 'updateWeek', { weekStart: addDays(started, 14), tally: { applications: 4 }, confidence: 4 });
  await api(host, 'createInterview', { company: 'Globex', role: 'Analyst', date: addDays(started, 9), stage: 'screening', outcome: 'rejected', debriefDone: true });
  await api(host, 'createInterview', { company: 'Initech', role: 'Analyst', date: addDays(started, 16), stage: 'final', outcome: 'offer', debriefDone: true });
  await api(host, 'startCommitment', { stage: 'screening', lever: 'visibility', days: 90, target: 'Two referrals a month', startedOn: addDays(started, 3) });

  await page.getByTestId('nav-journal').click();
  await expect(page.getByTestId('plan-week-number')).toHaveText('Plan week 5 of 13');
  // Month 2 has no note from month 1 yet: the week focuses on the lever.
  await expect(page.getByTestId('week-focus')).toContainText('Increase visibility: Two referrals a month');
  await page.getByTestId('open-month-review').click();
  await page.waitForURL(/#\/journal\/review\/2$/);
  const screen = page.getByTestId('month-review');
  // Nothing counted in month 2 yet: no response rate, said as such.
  await expect(screen.getByTestId('response-rate')).toHaveText('no applications');
  await expect(screen.getByTestId('month-row-rate')).toHaveText(['25%', 'no applications', 'no applications']);
  await expect(screen.getByTestId('practice-rating')).toHaveText('none rated');

  await screen.getByTestId('month-1').click();
  await expect(screen.getByTestId('response-rate')).toHaveText('25%');
  await expect(screen.getByTestId('response-detail')).toHaveText('2 interviews from 8 applications, 1 offer.');
  await expect(screen.getByTestId('confidence-chart-dot')).toHaveCount(2);
  await expect(screen.getByTestId('confidence-chart-cell')).toHaveText(['2', 'no check-in', '4', 'no check-in']);
  await expect(screen.getByRole('img', { name: /Weekly check-in, 1 to 5/ })).toHaveAccessibleDescription(
    'Rose from 2 to 4 of 5 between weeks 1 and 3. 2 weeks have no check-in.',
  );
  await expect(screen.getByTestId('practice-chart-bar')).toHaveCount(4);
  await expect(screen.getByTestId('month-lever-progress')).toContainText(`Day ${daysBetween(addDays(started, 3), TODAY) + 1} of 90`);

  const note = screen.getByTestId('change-note-text');
  await note.fill('Ask for one referral before each application.');
  await note.press('Control+Enter');
  await expect(screen.getByTestId('change-note-saved')).toHaveText('Saved');
  await screen.getByText('As a table').first().click();
  await snap(page, 'plan-03-month-review');
  await expectAccessible(page, 'monthly review');
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'plan-04-month-review-dark');
  await page.emulateMedia({ colorScheme: null });
  expect((await api(host, 'getPlanReview', { today: TODAY, timeZone: ZONE })).months[0]!.changeNote).toBe('Ask for one referral before each application.');

  // Back in the journal, this week (month 2) focuses on what month 1's review said would change.
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(page.getByTestId('week-focus')).toContainText('Ask for one referral before each application.');
});

test('the monthly review without a plan says so; a plan past its 90 days says so too, and ending it asks first', async ({ page, host }) => {
  await page.goto(`${host.url}#/journal/review`);
  await expect(page.getByTestId('month-review-empty')).toContainText('No 90-day plan running');
  await snap(page, 'plan-05-review-without-plan');
  await expectAccessible(page, 'monthly review without a plan');

  // A plan whose 90 days are up says so in the week view, and points to the review to end it.
  await api(host, 'startPlan', { startedOn: addDays(TODAY, -100), targetRole: 'Designer' });
  await page.getByTestId('nav-journal').click();
  await expect(page.getByTestId('plan-over')).toContainText('Your 90 days are up');
  await expect(page.getByTestId('plan-week')).toContainText('Outside your 90-day plan');
  await expect(page.getByTestId('plan-start')).toHaveCount(0);
  await snap(page, 'plan-06-plan-over');
  await page.getByTestId('open-month-review').click();
  await expect(page.getByTestId('month-review-subtitle')).toContainText('Month 3 of 3');
  await page.getByTestId('plan-end').click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Cancel' }).click();
  expect((await api(host, 'getPlanReview', { today: TODAY, timeZone: ZONE })).plan).not.toBeNull();
  await page.getByTestId('plan-end').click();
  await page.getByTestId('plan-end-confirm').click();
  await page.waitForURL(/#\/journal$/);
  await expect(page.getByTestId('plan-start')).toBeVisible();
  expect((await api(host, 'getPlanReview', { today: TODAY, timeZone: ZONE })).plan).toBeNull();
});
