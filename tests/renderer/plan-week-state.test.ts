import { beforeEach, describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import { JOURNAL_LIMITS } from '../../src/shared/journal';
import { PlanStarter } from '../../src/renderer/lib/journal/plan-start.svelte';
import { monthOfWeek, planWeekOf, weekFocus } from '../../src/renderer/lib/journal/plan';
import { WeekState } from '../../src/renderer/lib/journal/week.svelte';
import { Toasts } from '../../src/renderer/lib/toasts.svelte';
import { useTestRetake } from '../support/hooks';
import { inProcessBridge } from '../support/in-process-bridge';
import type { TestRetake } from '../support/services';

let t: TestRetake;
let bridge: RetakeBridge;
let notify: Toasts;
useTestRetake((opened) => {
  t = opened;
});
beforeEach(() => {
  bridge = inProcessBridge(t.services);
  notify = new Toasts();
});

/** A Wednesday; its week starts on Monday 2025-03-03. */
const TODAY = '2025-03-05';
const at = { today: TODAY, timeZone: 'Europe/London' };
const review = () => bridge.getPlanReview(at);

describe('PlanStarter', () => {
  it('starts a plan and sets its weekly blocks as the goals of the week it starts in', async () => {
    const starter = new PlanStarter(bridge, () => TODAY);
    expect(starter.startedOn).toBe(TODAY);
    expect(starter.canStart).toBe(false); // no target role yet
    starter.targetRole = 'Product manager';
    starter.goals = { applications: 6, practice: 4, outreach: null };
    expect(starter.canStart).toBe(true);
    expect(await starter.start()).toBe(true);
    const { plan } = await review();
    expect(plan).toMatchObject({ startedOn: TODAY, targetRole: 'Product manager', firstWeek: '2025-03-03', weekNumber: 1 });
    // Goals carry into the weeks after: plan week 5 has the same blocks.
    expect((await bridge.getWeek({ weekOf: '2025-03-31', ...at })).goals).toEqual({ applications: 6, practice: 4, outreach: 0 });
    expect((await bridge.getWeek({ weekOf: '2025-02-24', ...at })).goals).toEqual({ applications: 0, practice: 0, outreach: 0 });
  });

  it('sets the blocks from this week on for a plan dated in the past, from its first week for one in the future', async () => {
    const past = new PlanStarter(bridge, () => TODAY);
    past.startedOn = '2025-02-12';
    past.targetRole = 'Analyst';
    past.goals = { applications: 2, practice: 2, outreach: 2 };
    expect(await past.start()).toBe(true);
    expect((await bridge.getWeek({ weekOf: '2025-02-10', ...at })).goals.applications).toBe(0);
    expect((await bridge.getWeek({ weekOf: TODAY, ...at })).goals.applications).toBe(2);
    await bridge.endPlan({ id: (await review()).plan!.id });

    const future = new PlanStarter(bridge, () => TODAY);
    future.startedOn = '2025-03-20';
    future.targetRole = 'Analyst';
    future.goals = { applications: 9, practice: 2, outreach: 2 };
    expect(await future.start()).toBe(true);
    expect((await bridge.getWeek({ weekOf: TODAY, ...at })).goals.applications).toBe(2);
    expect((await bridge.getWeek({ weekOf: '2025-03-17', ...at })).goals.applications).toBe(9);
  });

  it('keeps the form and says why when a plan is already running or the date is not one', async () => {
    await bridge.startPlan({ startedOn: TODAY, targetRole: 'First' });
    const starter = new PlanStarter(bridge, () => TODAY);
    starter.targetRole = 'Second';
    expect(await starter.start()).toBe(false);
    expect(starter.error).toMatch(/already running/);
    expect(starter.targetRole).toBe('Second');
    expect(starter.busy).toBe(false);

    await bridge.endPlan({ id: (await review()).plan!.id });
    starter.startedOn = '';
    expect(starter.canStart).toBe(false);
    expect(await starter.start()).toBe(false);
    expect(starter.error).toMatch(/startedOn/);
    expect((await review()).plan).toBeNull();
  });
});

describe('WeekState', () => {
  it('checks in once a week, 1 to 5; the same score again clears it', async () => {
    const week = new WeekState(bridge, notify, () => TODAY, () => 'Europe/London');
    await week.load();
    expect(week.week).toMatchObject({ weekStart: '2025-03-03', confidence: null });
    expect(week.isCurrentWeek).toBe(true);
    expect(await week.checkIn(2)).toBe(true);
    expect(week.week?.confidence).toBe(2);
    expect(await week.checkIn(4)).toBe(true);
    expect(week.week?.confidence).toBe(4);
    expect(await week.checkIn(4)).toBe(true);
    expect(week.week?.confidence).toBeNull();

    // A week back is its own week, with its own check-in.
    await week.checkIn(3);
    await week.go(-1);
    expect(week.week).toMatchObject({ weekStart: '2025-02-24', confidence: null });
    expect(week.isCurrentWeek).toBe(false);
    await week.go(1);
    expect(week.week?.confidence).toBe(3);
  });

  it('counts by hand, never below nothing, and saves goals as whole numbers within the limit', async () => {
    const week = new WeekState(bridge, notify, () => TODAY, () => 'Europe/London');
    await week.load();
    await week.count('applications', 1);
    await week.count('applications', 1);
    await week.count('outreach', -1);
    expect(week.week?.done).toMatchObject({ applications: 2, outreach: 0 });
    expect(await week.saveGoals({ practice: 2.6, applications: null, outreach: 1e9 })).toBe(true);
    expect(week.week?.goals).toEqual({ practice: 3, applications: 0, outreach: JOURNAL_LIMITS.weeklyGoal });
  });

  it('shows a refusal as an error and keeps the week as it was', async () => {
    const week = new WeekState(bridge, notify, () => TODAY, () => 'Europe/London');
    await week.load();
    expect(await week.checkIn(9)).toBe(false);
    expect(notify.items.at(-1)).toMatchObject({ kind: 'error' });
    expect(week.week?.confidence).toBeNull();

    const broken = new WeekState(bridge, notify, () => 'not a day', () => 'Europe/London');
    await broken.load();
    expect(broken.week).toBeNull();
    expect(broken.loadError).toMatch(/weekOf/);
  });
});

describe('the plan’s weekly layer', () => {
  it('numbers the plan weeks, knows their month, and is nothing outside the plan', async () => {
    expect(planWeekOf(await review(), '2025-03-03')).toBeNull();
    await bridge.startPlan({ startedOn: TODAY, targetRole: 'PM' });
    const r = await review();
    expect(planWeekOf(r, '2025-02-24')).toBeNull();
    expect(planWeekOf(r, '2025-03-03')).toBe(1);
    expect(planWeekOf(r, '2025-03-31')).toBe(5);
    expect(planWeekOf(r, '2025-05-26')).toBe(13);
    expect(planWeekOf(r, '2025-06-02')).toBeNull();
    expect(monthOfWeek(r, '2025-03-24')?.month).toBe(1);
    expect(monthOfWeek(r, '2025-03-31')?.month).toBe(2);
    expect(monthOfWeek(r, '2025-05-26')?.month).toBe(3);
  });

  it('focuses a week on last month’s “what I will change”, else on the open lever, else on nothing', async () => {
    await bridge.startPlan({ startedOn: TODAY, targetRole: 'PM' });
    let r = await review();
    expect(weekFocus(r, '2025-03-03')).toBeNull();

    await bridge.startCommitment({ stage: 'panel', lever: 'visibility', days: 90, target: 'Two referrals a month', startedOn: TODAY });
    r = await review();
    expect(weekFocus(r, '2025-03-03')).toMatchObject({ kind: 'lever', title: 'Increase visibility', text: 'Two referrals a month' });

    await bridge.setMonthNote({ planId: r.plan!.id, month: 1, note: 'Fewer, better applications' });
    r = await review();
    // Month 1 has no last month; month 2 reads month 1's note, month 3 (no note for 2) the lever.
    expect(weekFocus(r, '2025-03-24')).toMatchObject({ kind: 'lever' });
    expect(weekFocus(r, '2025-03-31')).toEqual({ kind: 'change', month: 1, text: 'Fewer, better applications' });
    expect(weekFocus(r, '2025-04-28')).toMatchObject({ kind: 'lever' });

    const [lever] = await bridge.listCommitments(at);
    await bridge.setCommitmentVerdict({ commitmentId: lever!.id, verdict: 'helped' });
    expect(weekFocus(await review(), '2025-04-28')).toBeNull();
  });
});
