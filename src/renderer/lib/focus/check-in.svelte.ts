import type { RetakeBridge } from '../../../shared/api';
import type { CheckInItem, FocusVerdict } from '../../../shared/focus';
import { errorMessage } from '../errors';

export type CheckInBridge = Pick<RetakeBridge, 'getFocusCheckIn' | 'checkInFocusPoint' | 'reopenFocusPoint'>;

/**
 * The review's check-in on open focus points: one verdict each, with a moment in this
 * attempt and a note. A verdict saves at once; the note saves when it is left.
 */
export class CheckInState {
  items = $state.raw<CheckInItem[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);

  readonly #bridge: CheckInBridge;
  readonly #attemptId: number;

  constructor(bridge: CheckInBridge, attemptId: number) {
    this.#bridge = bridge;
    this.#attemptId = attemptId;
  }

  /** Points still waiting for a verdict on this attempt. */
  get unanswered(): number {
    return this.items.filter((i) => i.checkIn === null).length;
  }

  async load(): Promise<void> {
    try {
      this.items = await this.#bridge.getFocusCheckIn({ attemptId: this.#attemptId });
      this.error = null;
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.loaded = true;
    }
  }

  /** Saves a verdict (and keeps the moment and note unless given); returns whether it closed the point. */
  async checkIn(pointId: number, change: { verdict?: FocusVerdict; atMs?: number | null; note?: string }): Promise<boolean> {
    const item = this.items.find((i) => i.point.id === pointId);
    const verdict = change.verdict ?? item?.checkIn?.verdict;
    if (!item || !verdict) return false;
    const point = await this.#bridge.checkInFocusPoint({
      focusPointId: pointId,
      attemptId: this.#attemptId,
      verdict,
      atMs: change.atMs === undefined ? (item.checkIn?.atMs ?? null) : change.atMs,
      note: change.note ?? item.checkIn?.note ?? '',
    });
    const closedNow = point.status === 'closed' && item.point.status === 'open';
    await this.load();
    return closedNow;
  }

  async reopen(pointId: number): Promise<void> {
    await this.#bridge.reopenFocusPoint({ id: pointId });
    await this.load();
  }
}
