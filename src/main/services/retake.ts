import type { z } from 'zod';
import type { MediaKind, RetakeContract } from '../../shared/api';
import type { ContractTable } from '../../shared/contract';
import type { RetakeEvent } from '../../shared/events';
import type { Logger } from './log/logger';
import type { ExportLocation } from './exports/export-files';

/** Who is calling: a window (Electron) or a page (web host), so its recordings can be recovered when it goes. */
export interface CallContext {
  clientId: string;
}

/** One function per method of a contract table; it receives input already validated by the table's schema. */
export type HandlersOf<C extends ContractTable> = {
  [M in keyof C]: (input: z.output<C[M]['input']>, ctx: CallContext) => Promise<z.output<C[M]['output']>> | z.output<C[M]['output']>;
};

export type Handlers = HandlersOf<RetakeContract>;

/** All of Retake's behaviour, with no knowledge of Electron or HTTP. Both hosts bind this. */
export interface RetakeServices {
  readonly handlers: Handlers;
  /** The log every failure reaches; hosts write their own failures here too. */
  readonly log: Logger;
  onEvent(listener: (event: RetakeEvent) => void): () => void;
  /** The file behind an attempt's media, or null when there is none (the host answers 404). */
  mediaPath(attemptId: number, kind: MediaKind): string | null;
  /** Where an export Retake wrote lives (exports/, never media/), or null; takes untrusted ids. */
  exportLocation(id: unknown): ExportLocation | null;
  /** A window or page went away: finalise whatever it was recording, marked recovered. */
  clientGone(clientId: string): Promise<void>;
  /** Wait for running finalise jobs, close the database. */
  close(): Promise<void>;
}
