import type { Challenge, Commitment, PlanReview } from '../../../shared/comeback';
import type { RetakeApi } from '../../../shared/api';
import { errorMessage } from '../errors';

type ComebackCalls = Pick<RetakeApi, 'listCommitments' | 'getPlanReview' | 'getChallenge'>;

/**
 * The comeback plan as the journal screen shows it: levers, the 90-day plan and the ten-day
 * challenge, reloaded together after any change so every panel counts from the same today.
 * `today` and `timeZone` are passed in so tests can pin them.
 */
export class ComebackState {
  commitments = $state<Commitment[]>([]);
  review = $state<PlanReview | null>(null);
  challenge = $state<Challenge | null>(null);
  loaded = $state(false);
  error = $state<string | null>(null);

  constructor(
    private readonly api: ComebackCalls,
    readonly today: () => string,
    readonly timeZone: () => string,
  ) {}

  /** The open lever for a stage, if one is being worked on. */
  openFor(stage: string): Commitment | null {
    return this.commitments.find((c) => c.stage === stage && c.verdict === null) ?? null;
  }

  async load(): Promise<void> {
    const at = { today: this.today(), timeZone: this.timeZone() };
    try {
      [this.commitments, this.review, this.challenge] = await Promise.all([
        this.api.listCommitments(at),
        this.api.getPlanReview(at),
        this.api.getChallenge(at),
      ]);
      this.error = null;
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.loaded = true;
    }
  }
}
