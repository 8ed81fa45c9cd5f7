import type { Delivery } from '../../../shared/delivery';
import { describeDelivery } from '../analysis/delivery-figures';
import type { SpeechFigures } from '../analysis/speech-figures';
import { requireReviewable } from '../attempts/reviewable';
import type { AttemptStore } from '../attempts/store';
import type { SectionStore } from './section-store';

/**
 * An answer's delivery as the review and compare views show it, worked out from its stored
 * track and the STAR marks as they stand now. Any view of one attempt's delivery (a mock
 * interview's answers too) reads it here; charts across attempts read the stored whole-answer
 * figures instead (`DeliveryStore.wholeOfPrompt`).
 */
export function createDeliveryReader(deps: { attempts: AttemptStore; sections: SectionStore; speech: SpeechFigures }) {
  const { attempts, sections, speech } = deps;
  return {
    /**
     * The whole answer, each marked section and the lane. Measures an attempt finalised
     * before delivery existed (once); null when its recording cannot be read.
     */
    async of(attemptId: number): Promise<Delivery | null> {
      const attempt = requireReviewable(attempts, attemptId);
      const recorded = await speech.recorded(attempt);
      if (!recorded) return null;
      return describeDelivery(recorded.delivery, recorded.speech, sections.list(attemptId), attempt.durationMs);
    },
  };
}

export type DeliveryReader = ReturnType<typeof createDeliveryReader>;
