import type { ProgressPoint } from '../../../shared/progress';
import type { DeliveryStore } from '../analysis/delivery-store';
import type { MetricsStore } from '../analysis/metrics-store';
import type { AttemptStore } from '../attempts/store';
import type { BodyLanguageStore } from '../body-language/store';
import type { PromptLibrary } from '../library/prompt-library';
import type { RatingStore } from './ratings';
import type { SectionStore } from './section-store';

/**
 * Every attempt of one question, oldest first, for compare and the progress chart. Reads
 * only: an attempt finalised before speech figures existed shows none until its review is
 * opened once, rather than this call decoding every old recording.
 */
export function createProgress(deps: {
  prompts: PromptLibrary;
  attempts: AttemptStore;
  metrics: MetricsStore;
  delivery: DeliveryStore;
  body: BodyLanguageStore;
  sections: SectionStore;
  ratings: RatingStore;
}) {
  const { prompts, attempts, metrics, delivery, body, sections, ratings } = deps;
  return {
    of(promptId: number): ProgressPoint[] {
      prompts.get(promptId); // not-found for an unknown id
      // One read per table for the whole question, not three per attempt.
      const figures = metrics.ofPrompt(promptId);
      const delivered = delivery.wholeOfPrompt(promptId);
      const measured = body.summariesOfPrompt(promptId);
      const marks = sections.ofPrompt(promptId);
      const rated = ratings.ofPrompt(promptId);
      return attempts
        .list({ promptId })
        .reverse() // listed newest first
        .map((attempt) => ({
          attempt,
          metrics: figures.get(attempt.id) ?? null,
          delivery: delivered.get(attempt.id) ?? null,
          body: measured.get(attempt.id) ?? null,
          sections: marks.get(attempt.id) ?? [],
          ratings: rated.get(attempt.id) ?? {},
        }));
    },
  };
}
