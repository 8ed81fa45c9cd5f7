import { z } from 'zod';
import { Attempt } from './attempts';
import { BodySummary } from './body-language';
import { DeliveryFigures } from './delivery';
import { Id } from './ids';
import { RatingCriterion, SectionMark, SpeechMetrics } from './review';

/** One attempt of a question as the compare and progress views chart it. */
export const ProgressPoint = z.object({
  attempt: Attempt,
  metrics: SpeechMetrics.nullable(),
  /** The whole answer's delivery; null until measured (its review opened once, for an older attempt). */
  delivery: DeliveryFigures.nullable(),
  /** Body language in a few numbers; null until its analysis is done (or for an audio-only answer). */
  body: BodySummary.nullable(),
  sections: z.array(SectionMark),
  ratings: z.partialRecord(RatingCriterion, z.number().int()),
});
export type ProgressPoint = z.infer<typeof ProgressPoint>;

export const ProgressInput = z.object({ promptId: Id }).strict();
