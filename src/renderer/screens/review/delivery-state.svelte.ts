import type { RetakeBridge } from '../../../shared/api';
import type { Delivery } from '../../../shared/delivery';

export type DeliveryStatus = 'loading' | 'ready' | 'error';

/**
 * The review page's delivery figures. They depend on the STAR marks, so the page asks again
 * whenever they change; only the latest answer is kept, so a slow early reply never
 * overwrites a newer one. An attempt that predates delivery is measured on the first ask,
 * which can take a few seconds: `status` says so meanwhile.
 */
export class DeliveryState {
  delivery = $state.raw<Delivery | null>(null);
  status = $state<DeliveryStatus>('loading');
  readonly #bridge: Pick<RetakeBridge, 'getDelivery'>;
  readonly #attemptId: number;
  #asked = 0;

  constructor(bridge: Pick<RetakeBridge, 'getDelivery'>, attemptId: number) {
    this.#bridge = bridge;
    this.#attemptId = attemptId;
  }

  async refresh(): Promise<void> {
    const ask = ++this.#asked;
    try {
      const delivery = await this.#bridge.getDelivery({ attemptId: this.#attemptId });
      if (ask !== this.#asked) return;
      this.delivery = delivery;
      this.status = 'ready';
    } catch {
      if (ask !== this.#asked) return;
      // The panel says the figures are missing; the rest of the review is unaffected.
      this.status = 'error';
    }
  }
}
