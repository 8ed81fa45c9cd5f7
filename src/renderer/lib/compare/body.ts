import type { RetakeBridge } from '../../../shared/api';
import type { BodyLanguage, BodySummary } from '../../../shared/body-language';
import { bodySummary } from '../../../shared/body-language-figures';

/** A finished analysis in a few numbers, as main gives them to progress; null until done. */
export function summaryOf(body: BodyLanguage): BodySummary | null {
  return body.status === 'done' && body.sampleMs !== null ? bodySummary(body.samples, body.sampleMs) : null;
}

/**
 * One side's body language for compare. Asking queues an attempt that predates the analysis;
 * null until it is done, or when it cannot be read (the table then leaves its rows out).
 */
export async function loadBodySummary(bridge: Pick<RetakeBridge, 'getBodyLanguage'>, attemptId: number): Promise<BodySummary | null> {
  try {
    return summaryOf(await bridge.getBodyLanguage({ attemptId }));
  } catch {
    return null;
  }
}

export type SideBodies = readonly [BodySummary | null, BodySummary | null];

/** Both sides' summaries with a changed analysis taken in; the same pair when it is about neither side. */
export function withBody(bodies: SideBodies, attemptIds: readonly [number, number], body: BodyLanguage): SideBodies {
  const index = attemptIds.indexOf(body.attemptId);
  if (index < 0) return bodies;
  return index === 0 ? [summaryOf(body), bodies[1]] : [bodies[0], summaryOf(body)];
}
