import type { RetakeApi } from '../../../shared/api';
import { addDays, mondayOf } from '../../../shared/dates';
import type { JournalWeek, UpdateWeekInput } from '../../../shared/journal';
import { errorMessage } from '../errors';
import type { Notify } from '../toasts.svelte';
import { wholeGoals, type GoalFields } from './goals';

type WeekCalls = Pick<RetakeApi, 'getWeek' | 'updateWeek'>;

/**
 * The week view's state: one week at a time, its goals and hand counts, and the weekly 1 to 5
 * confidence check-in the plan's monthly review charts. `today` and `timeZone` are passed in
 * so tests can pin them; every change is saved, then the week read back.
 */
export class WeekState {
  week = $state<JournalWeek | null>(null);
  loadError = $state<string | null>(null);
  #weekOf: string;

  constructor(
    private readonly api: WeekCalls,
    private readonly notify: Notify,
    readonly today: () => string,
    readonly timeZone: () => string,
  ) {
    this.#weekOf = today();
  }

  /** The week shown is the one today is in (the next-week button stops there). */
  get isCurrentWeek(): boolean {
    return this.week !== null && this.week.weekStart === mondayOf(this.today());
  }

  async load(): Promise<void> {
    try {
      this.week = await this.api.getWeek({ weekOf: this.#weekOf, today: this.today(), timeZone: this.timeZone() });
      this.loadError = null;
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  /** Weeks back (negative) or forward from the one shown. */
  async go(weeks: number): Promise<void> {
    if (!this.week) return;
    this.#weekOf = addDays(this.week.weekStart, weeks * 7);
    await this.load();
  }

  /** Saves a change to the week shown; false (with the reason shown) when it was refused. */
  async update(change: Omit<UpdateWeekInput, 'weekStart'>): Promise<boolean> {
    if (!this.week) return false;
    try {
      await this.api.updateWeek({ weekStart: this.week.weekStart, ...change });
      await this.load();
      return true;
    } catch (error) {
      this.notify.error(errorMessage(error));
      return false;
    }
  }

  count(kind: 'applications' | 'outreach', by: number): Promise<boolean> {
    if (!this.week) return Promise.resolve(false);
    return this.update({ tally: { [kind]: Math.max(0, this.week.done[kind] + by) } });
  }

  /** Goals as typed: an emptied number field reads as null and means no goal. */
  saveGoals(goals: GoalFields): Promise<boolean> {
    return this.update({ goals: wholeGoals(goals) });
  }

  /** The weekly check-in; the same score again clears it. */
  checkIn(confidence: number): Promise<boolean> {
    return this.update({ confidence: this.week?.confidence === confidence ? null : confidence });
  }
}
