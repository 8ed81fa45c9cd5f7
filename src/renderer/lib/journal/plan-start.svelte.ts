import type { RetakeApi } from '../../../shared/api';
import { COMEBACK_LIMITS } from '../../../shared/comeback';
import { mondayOf } from '../../../shared/dates';
import { errorMessage } from '../errors';
import { wholeGoals, type GoalFields } from './goals';

type PlanCalls = Pick<RetakeApi, 'startPlan' | 'updateWeek'>;

/**
 * Starting the 90-day plan: a start date, a target role, and the weekly blocks of
 * applications, practice and outreach it asks for. The blocks are the week view's goals,
 * set on the week the plan is first seen in (the later of its first week and this one), and
 * carried into every week after it as goals always are.
 */
export class PlanStarter {
  startedOn = $state('');
  targetRole = $state('');
  goals = $state<GoalFields>({ applications: 5, practice: 3, outreach: 2 });
  busy = $state(false);
  error = $state<string | null>(null);

  constructor(
    private readonly api: PlanCalls,
    private readonly today: () => string,
  ) {
    this.startedOn = today();
  }

  get canStart(): boolean {
    return !this.busy && this.targetRole.trim() !== '' && this.targetRole.length <= COMEBACK_LIMITS.targetRole && this.startedOn !== '';
  }

  /** True once the plan is running; a refusal leaves the form as it was, with the reason. */
  async start(): Promise<boolean> {
    this.busy = true;
    this.error = null;
    try {
      await this.api.startPlan({ startedOn: this.startedOn, targetRole: this.targetRole });
      const first = mondayOf(this.startedOn);
      const current = mondayOf(this.today());
      await this.api.updateWeek({ weekStart: first > current ? first : current, goals: wholeGoals(this.goals) });
      return true;
    } catch (error) {
      this.error = errorMessage(error);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
