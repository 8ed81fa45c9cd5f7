import type { RetakeBridge } from '../../../shared/api';
import type { BodyLanguage } from '../../../shared/body-language';
import { bodyFigures, type BodyFigures } from '../../../shared/body-language-figures';
import type { RetakeEvent } from '../../../shared/events';
import type { SectionMark, StarSection } from '../../../shared/review';
import { errorMessage } from '../../lib/errors';
import { sectionRanges } from '../../lib/review/body-language';

/** What the panel shows. `no-face`: measured, and no face was found in any frame. */
export type BodyView = 'loading' | 'error' | 'analysing' | 'cancelled' | 'failed' | 'no-video' | 'no-face' | 'done';

export type BodyBridge = Pick<RetakeBridge, 'getBodyLanguage' | 'analyseBodyLanguage' | 'cancelBodyLanguage'>;

export interface SectionBody {
  section: StarSection;
  startMs: number;
  endMs: number;
  figures: BodyFigures;
}

/**
 * The review page's body language: the background analysis as it runs (its progress pushed as
 * events), cancelling and starting it again, and once done the figures over the whole answer
 * and per STAR section, worked out here from the samples so a moved mark needs no new analysis.
 * Asking for it queues an attempt that predates the analysis.
 */
export class BodyLanguageState {
  body = $state.raw<BodyLanguage | null>(null);
  progress = $state(0);
  loadError = $state<string | null>(null);
  /** A cancel or a new start on its way. */
  acting = $state(false);
  actionError = $state<string | null>(null);

  readonly #bridge: BodyBridge;
  readonly #attemptId: number;
  /** Bumped by each event about this attempt: a reply older than the last event is dropped. */
  #heard = 0;

  readonly view: BodyView = $derived.by(() => {
    const body = this.body;
    if (!body) return this.loadError ? 'error' : 'loading';
    switch (body.status) {
      case 'queued':
      case 'running':
        return 'analysing';
      case 'done':
        return body.samples.some((s) => s.face !== null) ? 'done' : 'no-face';
      default:
        return body.status;
    }
  });

  /** The whole answer's figures, once done. */
  readonly figures: BodyFigures | null = $derived(
    this.body?.status === 'done' && this.body.sampleMs !== null ? bodyFigures(this.body.samples, this.body.sampleMs) : null,
  );

  constructor(bridge: BodyBridge, attemptId: number) {
    this.#bridge = bridge;
    this.#attemptId = attemptId;
  }

  async load(): Promise<void> {
    const heard = this.#heard;
    try {
      const body = await this.#bridge.getBodyLanguage({ attemptId: this.#attemptId });
      if (heard !== this.#heard) return;
      this.#take(body);
      this.loadError = null;
    } catch (error) {
      if (heard === this.#heard) this.loadError = errorMessage(error);
    }
  }

  /** Follows the analysis: the review page hands on every event. */
  handle(event: RetakeEvent): void {
    if (event.type === 'body-language-updated' && event.bodyLanguage.attemptId === this.#attemptId) {
      this.#heard++;
      this.#take(event.bodyLanguage);
    } else if (event.type === 'body-language-progress' && event.attemptId === this.#attemptId) {
      this.#heard++;
      this.progress = Math.max(this.progress, event.progress);
    }
  }

  cancel(): Promise<void> {
    return this.#act(() => this.#bridge.cancelBodyLanguage({ attemptId: this.#attemptId }));
  }

  /** After a cancel or a failure: queue the analysis again. */
  analyseAgain(): Promise<void> {
    return this.#act(() => this.#bridge.analyseBodyLanguage({ attemptId: this.#attemptId }));
  }

  /** The figures of each marked STAR section, in time order. */
  sections(marks: readonly SectionMark[], durationMs: number): SectionBody[] {
    const body = this.body;
    if (body?.status !== 'done' || body.sampleMs === null) return [];
    const sampleMs = body.sampleMs;
    return sectionRanges(marks, durationMs).map((range) => ({ ...range, figures: bodyFigures(body.samples, sampleMs, range) }));
  }

  async #act(call: () => Promise<BodyLanguage>): Promise<void> {
    if (this.acting) return;
    this.acting = true;
    this.actionError = null;
    const heard = this.#heard;
    try {
      const body = await call();
      if (heard === this.#heard) this.#take(body);
    } catch (error) {
      this.actionError = errorMessage(error);
    } finally {
      this.acting = false;
    }
  }

  #take(body: BodyLanguage): void {
    // A new run starts from nothing; a running one keeps the furthest progress heard.
    this.progress = body.status === 'queued' ? 0 : body.status === 'running' ? Math.max(this.progress, body.progress) : body.progress;
    this.body = body;
  }
}
