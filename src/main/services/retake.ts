import type { z } from 'zod';
import type { ApiMethod, ApiOutput, MediaKind, apiInputs } from '../../shared/api';
import type { RetakeEvent } from '../../shared/events';

/** Who is calling: a window (Electron) or a page (web host), so its recordings can be recovered when it goes. */
export interface CallContext {
  clientId: string;
}

/** One function per api method; it receives input already validated by `apiInputs`. */
export type Handlers = {
  [M in ApiMethod]: (input: z.output<(typeof apiInputs)[M]>, ctx: CallContext) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

/** All of Retake's behaviour, with no knowledge of Electron or HTTP. Both hosts bind this. */
export interface RetakeServices {
  readonly handlers: Handlers;
  onEvent(listener: (event: RetakeEvent) => void): () => void;
  /** The file behind an attempt's media, or null when there is none (the host answers 404). */
  mediaPath(attemptId: number, kind: MediaKind): string | null;
  /** A window or page went away: finalise whatever it was recording, marked recovered. */
  clientGone(clientId: string): Promise<void>;
  /** Wait for running finalise jobs, close the database. */
  close(): Promise<void>;
}
