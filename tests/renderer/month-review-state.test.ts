import { beforeEach, describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import { COMEBACK_LIMITS, type MonthReview } from '../../src/shared/comeback';
import { barMax, confidenceSummary, practiceSummary, slotX, weekColumns } from '../../src/renderer/lib/journal/month-charts';
import { MonthReviewState } from '../../src/renderer/lib/journal/month-review.svelte';
import { useTestRetake } from '../support/hooks';
import { inProcessBridge } from '../support/in-process-bridge';
import type { TestRetake } from '../support/services';

let t: TestRetake;
let bridge: RetakeBridge;
useTestRetake((opened) => {
  t = opened;
});
beforeEach(() => {
  bridge = inProcessBridge(t.services);
});

/** Plan week 6 (month 2) of a plan started on Wednesday 2025-03-05. */
const TODAY = '2025-04-09';
const ZONE = 'America/New_York';
const review = (month: number | null = null) => new MonthReviewState(bridge, () => TODAY, () => ZONE, month);

describe('MonthReviewState', () => {
  it('opens on the month today is in, or the one asked for, and says when no plan is running', async () => {
    const none = review();
    await none.load();
    expect(none.loaded).toBe(true);
    expect(none.review?.plan).toBeNull();
    expect(none.current).toBeNull();

    await bridge.startPlan({ startedOn: '2025-03-05', targetRole: 'PM' });
    const now = review();
    await now.load();
    expect(now.month).toBe(2);
    expect(now.current).toMatchObject({ month: 2, from: '2025-03-31', to: '2025-04-27' });
    const asked = review(3);
    await asked.load();
    expect(asked.current?.from).toBe('2025-04-28');
    const nonsense = review(7);
    await nonsense.load();
    expect(nonsense.month).toBe(2);
  });

  it('saves the month’s note, keeps each month’s apart, and saves a draft before switching month', async () => {
    await bridge.startPlan({ startedOn: '2025-03-05', targetRole: 'PM' });
    const state = review(1);
    await state.load();
    expect(state.dirty).toBe(false);
    state.note = 'Fewer, better applications';
    expect(state.dirty).toBe(true);
    expect(await state.saveNote()).toBe(true);
    expect(state.dirty).toBe(false);
    expect(state.savedMonth).toBe(1);

    state.note = 'One referral a week';
    expect(await state.choose(2)).toBe(true);
    expect(state.month).toBe(2);
    expect(state.note).toBe('');
    expect(state.savedMonth).toBeNull();

    const again = review(1);
    await again.load();
    expect(again.note).toBe('One referral a week');
    expect(again.review?.months.map((m) => m.changeNote)).toEqual(['One referral a week', '', '']);
  });

  it('keeps a note that is too long, with the reason, and does not switch month', async () => {
    await bridge.startPlan({ startedOn: '2025-03-05', targetRole: 'PM' });
    const state = review(1);
    await state.load();
    state.note = 'x'.repeat(COMEBACK_LIMITS.changeNote + 1);
    expect(state.tooLong).toBe(true);
    expect(await state.choose(3)).toBe(false);
    expect(state.month).toBe(1);
    expect(state.saveError).toMatch(/at most 2000/);
    expect(state.note).toHaveLength(COMEBACK_LIMITS.changeNote + 1);
    expect((await bridge.getPlanReview({ today: TODAY, timeZone: ZONE })).months[0]!.changeNote).toBe('');
  });

  it('shows the open levers, else the one decided last, and ends the plan', async () => {
    await bridge.startPlan({ startedOn: '2025-03-05', targetRole: 'PM' });
    await bridge.startCommitment({ stage: 'technical', lever: 'skill', days: 60, target: 'One certification', startedOn: '2025-03-10' });
    const state = review();
    await state.load();
    expect(state.levers).toHaveLength(1);
    expect(state.levers[0]).toMatchObject({ lever: 'skill', dayNumber: 31, daysLeft: 30 });
    await bridge.setCommitmentVerdict({ commitmentId: state.levers[0]!.id, verdict: 'partly' });
    await state.load();
    expect(state.levers).toMatchObject([{ verdict: 'partly' }]);

    expect(await state.endPlan()).toBe(true);
    expect(state.review?.plan).toBeNull();
    expect(await state.saveNote()).toBe(false);
  });
});

describe('the monthly review’s charts', () => {
  const month = (weeks: [number | null, number][]): MonthReview => ({
    month: 2,
    from: '2025-03-31',
    to: '2025-04-27',
    applications: 0,
    interviews: 0,
    offers: 0,
    responseRate: null,
    practice: weeks.reduce((s, [, p]) => s + p, 0),
    averageRating: null,
    changeNote: '',
    weeks: weeks.map(([confidence, practice], i) => ({ weekStart: ['2025-03-31', '2025-04-07', '2025-04-14', '2025-04-21'][i]!, confidence, practice, applications: 0 })),
  });

  it('numbers the columns by plan week and says what the lines and bars show', () => {
    const columns = weekColumns(month([[2, 1], [null, 0], [4, 6], [3, 2]]), '2025-03-03');
    expect(columns.map((c) => c.planWeek)).toEqual([5, 6, 7, 8]);
    expect(confidenceSummary(columns)).toBe('Rose from 2 to 3 of 5 between weeks 5 and 8. 1 week has no check-in.');
    expect(practiceSummary(columns)).toBe('9 practice answers in 4 weeks; the most, 6, in week 7.');
    const flat = weekColumns(month([[3, 0], [3, 0], [null, 0], [null, 0]]), '2025-03-03');
    expect(confidenceSummary(flat)).toBe('Stayed at 3 of 5 between weeks 5 and 6. 2 weeks have no check-in.');
    expect(practiceSummary(flat)).toBe('No practice answers recorded this month.');
    const none = weekColumns(month([[null, 0]]), '2025-03-03');
    expect(confidenceSummary(none)).toBe('No confidence check-ins this month.');
    expect(confidenceSummary(weekColumns(month([[5, 0], [1, 0]]), '2025-03-03'))).toBe('Fell from 5 to 1 of 5 between weeks 5 and 6.');
  });

  it('puts columns in the middle of equal slots and rounds the bars’ top', () => {
    expect([0, 1, 2, 3].map((i) => slotX(i, 4, 0, 400))).toEqual([50, 150, 250, 350]);
    expect(barMax([])).toBe(4);
    expect(barMax([0, 3])).toBe(4);
    expect(barMax([5])).toBe(6);
    expect(barMax([11])).toBe(15);
  });
});
