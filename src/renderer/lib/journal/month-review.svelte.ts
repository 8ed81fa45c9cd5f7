import type { RetakeApi } from '../../../shared/api';
import { COMEBACK_LIMITS, PLAN_MONTHS, type Commitment, type MonthReview, type PlanReview } from '../../../shared/comeback';
import { errorMessage } from '../errors';

type ReviewCalls = Pick<RetakeApi, 'getPlanReview' | 'setMonthNote' | 'endPlan'>;

/**
 * One month of the 90-day plan under review: its figures, the lever's progress, and the
 * "what I will change" note being written. The note is a draft until saved; switching month
 * or reloading keeps an unsaved draft only for the month it was written in.
 */
export class MonthReviewState {
  review = $state<PlanReview | null>(null);
  month = $state(1);
  note = $state('');
  loaded = $state(false);
  loadError = $state<string | null>(null);
  saving = $state(false);
  saveError = $state<string | null>(null);
  /** The month whose note was saved last, for the "Saved" line. */
  savedMonth = $state<number | null>(null);

  constructor(
    private readonly api: ReviewCalls,
    readonly today: () => string,
    readonly timeZone: () => string,
    /** The month asked for in the address; null for the one today is in. */
    private readonly asked: number | null,
  ) {}

  get current(): MonthReview | null {
    return this.review?.months.find((m) => m.month === this.month) ?? null;
  }

  /** The note differs from the one saved for this month. */
  get dirty(): boolean {
    return this.current !== null && this.note.trim() !== this.current.changeNote;
  }

  get tooLong(): boolean {
    return this.note.trim().length > COMEBACK_LIMITS.changeNote;
  }

  /** The levers worth showing: open ones, else the one decided last. */
  get levers(): Commitment[] {
    const all = this.review?.commitments ?? [];
    const open = all.filter((c) => c.verdict === null);
    return open.length > 0 ? open : all.slice(0, 1);
  }

  async load(): Promise<void> {
    try {
      this.review = await this.api.getPlanReview({ today: this.today(), timeZone: this.timeZone() });
      this.loadError = null;
      const plan = this.review.plan;
      if (plan) this.select(this.asked !== null && this.asked >= 1 && this.asked <= PLAN_MONTHS ? this.asked : plan.currentMonth);
    } catch (error) {
      this.loadError = errorMessage(error);
    } finally {
      this.loaded = true;
    }
  }

  select(month: number): void {
    this.month = month;
    this.note = this.current?.changeNote ?? '';
    this.saveError = null;
    this.savedMonth = null;
  }

  /** Another month: a note written and not saved yet is saved first, so switching never loses it. */
  async choose(month: number): Promise<boolean> {
    if (month === this.month) return true;
    if (this.dirty && !(await this.saveNote())) return false;
    this.select(month);
    return true;
  }

  /** Saves the note for the month shown; false, with the reason, when it was refused. */
  async saveNote(): Promise<boolean> {
    const plan = this.review?.plan;
    if (!plan) return false;
    const month = this.month;
    this.saving = true;
    this.saveError = null;
    try {
      await this.api.setMonthNote({ planId: plan.id, month, note: this.note });
      this.review = await this.api.getPlanReview({ today: this.today(), timeZone: this.timeZone() });
      this.note = this.current?.changeNote ?? this.note;
      this.savedMonth = month;
      return true;
    } catch (error) {
      this.saveError = errorMessage(error);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Ends the plan (its months stay in the exports), so a new one can start. */
  async endPlan(): Promise<boolean> {
    const plan = this.review?.plan;
    if (!plan) return false;
    try {
      await this.api.endPlan({ id: plan.id });
      await this.load();
      return true;
    } catch (error) {
      this.saveError = errorMessage(error);
      return false;
    }
  }
}
