import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/dates';
import { csvTables } from '../support/csv';
import { useTestRetake } from '../support/hooks';
import { interview, ok } from '../support/journal';
import type { TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

/** Rows of a table as records keyed by its header. */
const records = (table: string[][]) => table.slice(1).map((row) => Object.fromEntries(table[0]!.map((name, i) => [name, row[i]])));

/** A plan with a note, two weeks with tallies and check-ins, a lever with an action, a challenge and a win. */
async function comeback() {
  const today = localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  await ok(t, 'startPlan', { startedOn: '2025-03-05', targetRole: 'Product manager, "senior"' });
  const { plan } = await ok(t, 'getPlanReview', { today, timeZone: 'UTC' });
  await ok(t, 'setMonthNote', { planId: plan!.id, month: 1, note: '=Fewer, better applications,\nand one referral a week' });
  await ok(t, 'updateWeek', { weekStart: '2025-03-03', tally: { applications: 4 }, confidence: 2 });
  await ok(t, 'updateWeek', { weekStart: '2025-03-10', confidence: 4 });
  await ok(t, 'createInterview', interview({ date: '2025-03-12', stage: 'screening', outcome: 'waiting' }));
  await ok(t, 'startCommitment', { stage: 'panel', lever: 'visibility', days: 90, target: 'Two referrals a month', startedOn: '2025-03-05' });
  const [lever] = await ok(t, 'listCommitments', { today, timeZone: 'UTC' });
  await ok(t, 'addCommitmentAction', { commitmentId: lever!.id, date: '2025-03-06', text: 'Asked Sam for an intro' });
  await ok(t, 'startChallenge', { startedOn: '2025-03-05' });
  const challenge = await ok(t, 'getChallenge', { today, timeZone: 'UTC' });
  await ok(t, 'setChallengeDay', { challengeId: challenge!.id, day: 1, action: 'resume', done: true });
  await ok(t, 'setChallengeDay', { challengeId: challenge!.id, day: 2, action: 'own', ownText: 'Coffee with Priya' });
  await ok(t, 'addWin', { date: '2025-03-07', text: 'A recruiter called back' });
}

describe('exporting the comeback plan', () => {
  it('writes the plan’s months, the weeks, the lever, the challenge and the wins as CSV that reads back', async () => {
    await comeback();
    const [, wins, weeks, plans, levers, challenges] = csvTables((await ok(t, 'exportJournal', { format: 'csv' })).text.slice(1));
    const months = records(plans!);
    expect(months).toHaveLength(3);
    expect(months[0]).toEqual({
      'Plan started': '2025-03-05',
      'Target role': 'Product manager, "senior"',
      'Plan ended': 'no',
      Month: '1',
      From: '2025-03-03',
      To: '2025-03-30',
      Applications: '4',
      Interviews: '1',
      Offers: '0',
      'Response rate': '0.2500',
      'Practice answers': '0',
      'Average self-rating': '',
      'What I will change': "'=Fewer, better applications,\nand one referral a week",
    });
    // A month without applications has no rate: an empty cell, not 0.
    expect(months[1]!['Response rate']).toBe('');
    expect(records(weeks!).map((w) => [w['Week starting'], w['Applications sent'], w['Confidence (1 to 5)']])).toEqual([
      ['2025-03-10', '0', '4'],
      ['2025-03-03', '4', '2'],
    ]);
    expect(records(levers!)).toEqual([
      expect.objectContaining({ Stage: 'Panel or onsite', Lever: 'Increase visibility', Days: '90', Target: 'Two referrals a month', 'Actions done': '1', Actions: '2025-03-06: Asked Sam for an intro', Verdict: '' }),
    ]);
    const days = records(challenges!);
    expect(days).toHaveLength(10);
    expect(days.slice(0, 3).map((d) => [d.Day, d.Date, d.Action, d.Done])).toEqual([
      ['1', '2025-03-05', 'Update your résumé', 'yes'],
      ['2', '2025-03-06', 'Coffee with Priya', 'no'],
      ['3', '2025-03-07', '', 'no'],
    ]);
    expect(records(wins!)).toEqual([{ 'Win date': '2025-03-07', Win: 'A recruiter called back' }]);
  });

  it('writes them as Markdown sections with tables that read back', async () => {
    await comeback();
    const text = (await ok(t, 'exportJournal', { format: 'markdown' })).text;
    const headings = text.split('\n').filter((line) => /^#{1,3} /.test(line));
    expect(headings).toEqual([
      '# Comeback journal',
      '## Interviews',
      '### Northwind: Product manager',
      '## Patterns',
      '## 90-day plan',
      '### Product manager, "senior", from 2025-03-05',
      '## Levers',
      '### Increase visibility after rejections at Panel or onsite',
      '## Ten-day challenge',
      '### From 2025-03-05',
      '## Weeks',
      '## Wins',
    ]);
    const row = (first: string) =>
      text
        .split('\n')
        .find((line) => line.startsWith(`| ${first} |`))!
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
    expect(row('1')).toEqual(['1', '2025-03-03', '2025-03-30', '4', '1', '0', '25%', '0', 'none rated']);
    expect(row('2')).toEqual(['2', '2025-03-31', '2025-04-27', '0', '0', '0', 'no applications', '0', 'none rated']);
    expect(row('2025-03-03')).toEqual(['2025-03-03', '0', '0', '4', '0', '0', '2']);
    expect(text).toContain('**What I will change in month 1:** \\=Fewer, better applications,\\\nand one referral a week');
    expect(text).toContain('- Day 1, 2025-03-05: Update your résumé (done)');
    expect(text).toContain('- Done 2025-03-06: Asked Sam for an intro');
    expect(text).toContain('- 2025-03-07: A recruiter called back');
  });
});
